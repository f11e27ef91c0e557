package nl.leerlijn.praktijk;

import nl.leerlijn.NotNowException;

/**
 * A version's werkbegeleider has been sent a link often enough, or very recently: Leerlijn sends no more mails for it
 * (so a participant cannot use it to mail anyone, any number of times).
 */
public final class TooManyLinksException extends NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param why how many were sent and when */
    public TooManyLinksException(String why) {
        super(why);
    }
}
