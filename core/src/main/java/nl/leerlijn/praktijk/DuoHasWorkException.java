package nl.leerlijn.praktijk;

import nl.leerlijn.NotNowException;

/** A duo that has shared work already cannot be split or changed: its members would lose their common history. */
public final class DuoHasWorkException extends NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param id the duo with work */
    public DuoHasWorkException(DuoId id) {
        super("Duo " + id.value() + " has shared work and cannot be changed");
    }
}
