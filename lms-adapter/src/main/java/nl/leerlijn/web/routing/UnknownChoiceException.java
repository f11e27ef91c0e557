package nl.leerlijn.web.routing;

import nl.leerlijn.InvalidInputException;

/** A query parameter holds a value the page does not offer (a filter on an unknown part, say). The servlet answers 400. */
public final class UnknownChoiceException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param parameter the query parameter
     * @param value what it held
     */
    public UnknownChoiceException(String parameter, String value) {
        super("Unknown value for " + parameter + ": " + value);
    }
}
