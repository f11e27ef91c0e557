package nl.leerlijn.spi;

import nl.leerlijn.LeerlijnException;

/** Content went over the allowed size while it was being stored; nothing of it was kept. */
public final class FileTooLargeException extends LeerlijnException {
    private static final long serialVersionUID = 1L;

    /** The allowed size in bytes. */
    private final long limit;

    /** @param limit the allowed size in bytes */
    public FileTooLargeException(long limit) {
        super("Content is larger than the allowed " + limit + " bytes");
        this.limit = limit;
    }

    /** @return the allowed size in bytes */
    public long limit() {
        return limit;
    }
}
