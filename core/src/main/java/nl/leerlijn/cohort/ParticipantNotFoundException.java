package nl.leerlijn.cohort;

import nl.leerlijn.LeerlijnException;

/** No participant with the asked id exists. */
public final class ParticipantNotFoundException extends LeerlijnException {
    private static final long serialVersionUID = 1L;

    /** @param id the participant asked for */
    public ParticipantNotFoundException(ParticipantId id) {
        super("No participant with id " + id);
    }
}
