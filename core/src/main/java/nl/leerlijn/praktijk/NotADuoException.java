package nl.leerlijn.praktijk;

import nl.leerlijn.InvalidInputException;

/** A duo is two (or three) different active participants of the cohort, none of them already in a confirmed duo. */
public final class NotADuoException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /** @param why what is wrong with the proposed members */
    public NotADuoException(String why) {
        super(why);
    }
}
