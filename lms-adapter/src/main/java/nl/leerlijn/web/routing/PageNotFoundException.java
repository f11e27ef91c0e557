package nl.leerlijn.web.routing;

import nl.leerlijn.NotFoundException;

/** The address names something that cannot exist, such as a malformed id. The servlet answers 404. */
public final class PageNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    /** @param path what was asked for */
    public PageNotFoundException(String path) {
        super("No page at " + path);
    }
}
