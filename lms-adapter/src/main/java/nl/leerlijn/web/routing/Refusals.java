package nl.leerlijn.web.routing;

import nl.leerlijn.InvalidInputException;
import nl.leerlijn.LeerlijnException;
import nl.leerlijn.NotFoundException;
import nl.leerlijn.NotNowException;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.web.render.Messages;

/**
 * The one place a refusal becomes an answer: its HTTP status from its family (not permitted 403, not found 404, not now
 * or changed meanwhile 409, invalid input 400) and its text in the user's language, {@code refusal.<ExceptionName>} when
 * the bundle has one, else the family's. Anything else is a bug and answers 500.
 */
public final class Refusals {
    private Refusals() {
    }

    /** An answer to a refusal: the status and the message key of its text. */
    public record Answer(int status, String messageKey) {
        /** @return the key of the page title */
        public String titleKey() {
            return switch (status) {
                case 400 -> "error.badRequest.title";
                case 403 -> "error.forbidden.title";
                case 404 -> "error.notFound.title";
                case 409 -> "error.conflict.title";
                default -> "error.internal.title";
            };
        }
    }

    /**
     * @param e what a use case threw
     * @return whether the exception is a refusal (a 4xx), not a bug
     */
    public static boolean isRefusal(LeerlijnException e) {
        return e instanceof NotPermittedException || e instanceof NotFoundException || e instanceof NotNowException
                || e instanceof InvalidInputException;
    }

    /**
     * @param e the refusal
     * @param messages the texts in the page's language
     * @return how to answer the refusal
     */
    public static Answer answer(LeerlijnException e, Messages messages) {
        int status = e instanceof NotPermittedException ? 403
                : e instanceof NotFoundException ? 404
                : e instanceof NotNowException ? 409
                : e instanceof InvalidInputException ? 400 : 500;
        String own = "refusal." + e.getClass().getSimpleName();
        if (messages.has(own)) {
            return new Answer(status, own);
        }
        return new Answer(status, switch (status) {
            case 400 -> "error.badRequest";
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 409 -> "error.conflict";
            default -> "error.internal";
        });
    }
}
