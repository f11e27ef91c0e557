package nl.leerlijn.web.routing;

/**
 * An error page: what went wrong in the user's language, and for a bug the reference under which it was logged.
 *
 * @param status the HTTP status
 * @param messageKey the text to show
 * @param reference the log reference of an unexpected failure, or empty
 */
public record ErrorView(int status, String messageKey, String reference) {

    /**
     * @param status the HTTP status
     * @param messageKey the text to show
     * @param titleKey the message key of the page title
     * @return the page for a refusal or a known error
     */
    public static WebResult.Page page(int status, String messageKey, String titleKey) {
        return WebResult.Page.of("error.ftlh", titleKey, new ErrorView(status, messageKey, "")).status(status);
    }
}
