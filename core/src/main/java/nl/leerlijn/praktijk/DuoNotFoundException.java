package nl.leerlijn.praktijk;

import nl.leerlijn.NotFoundException;

/** There is no such duo (in this cohort). */
public final class DuoNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    /** @param id the duo asked for */
    public DuoNotFoundException(DuoId id) {
        super("Duo " + id.value() + " does not exist");
    }
}
