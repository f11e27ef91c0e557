package nl.leerlijn.curriculum;

import nl.leerlijn.NotFoundException;

/** No programme definition with the asked id is known. */
public final class ProgrammeNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    /** @param id the programme id asked for */
    public ProgrammeNotFoundException(ProgrammeId id) {
        super("No programme definition with id " + id);
    }
}
