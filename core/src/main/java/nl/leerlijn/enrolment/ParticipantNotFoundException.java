package nl.leerlijn.enrolment;

import nl.leerlijn.NotFoundException;

/** No participant with the asked id exists. */
public final class ParticipantNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    /** @param id the participant asked for */
    public ParticipantNotFoundException(ParticipantId id) {
        super("No participant with id " + id);
    }
}
