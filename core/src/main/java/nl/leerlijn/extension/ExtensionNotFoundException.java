package nl.leerlijn.extension;

import nl.leerlijn.NotFoundException;

/** No extension with the asked id exists. */
public final class ExtensionNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    /** @param id the extension asked for */
    public ExtensionNotFoundException(ExtensionId id) {
        super("No extension with id " + id);
    }
}
