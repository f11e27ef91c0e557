package nl.leerlijn.notification;

import nl.leerlijn.LeerlijnException;

/** A {@link Notifier} could not send a mail now (the mail server is down, refused it, timed out); Leerlijn tries again later. */
public class MailNotSentException extends LeerlijnException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param cause the mail library's error
     */
    public MailNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
