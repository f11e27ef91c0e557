package nl.leerlijn.praktijk;

import nl.leerlijn.NotNowException;

/** A werkbegeleider can be asked to confirm only a handed-in version, once the participant has named one. */
public final class ConfirmationNotPossibleException extends NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param why what is missing */
    public ConfirmationNotPossibleException(String why) {
        super(why);
    }
}
