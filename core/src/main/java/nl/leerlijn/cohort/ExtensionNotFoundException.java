package nl.leerlijn.cohort;

import nl.leerlijn.LeerlijnException;

/** No extension with the asked id exists. */
public final class ExtensionNotFoundException extends LeerlijnException {
    private static final long serialVersionUID = 1L;

    /** @param id the extension asked for */
    public ExtensionNotFoundException(ExtensionId id) {
        super("No extension with id " + id);
    }
}
