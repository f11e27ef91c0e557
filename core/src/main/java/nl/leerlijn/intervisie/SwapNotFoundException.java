package nl.leerlijn.intervisie;

import nl.leerlijn.NotFoundException;

/** No request to swap turns has this id. */
public final class SwapNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    /** @param id the request asked for */
    public SwapNotFoundException(long id) {
        super("No swap request " + id);
    }
}
