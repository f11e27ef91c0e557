package nl.leerlijn.intervisie;

import nl.leerlijn.NotFoundException;

/** No intervisie meeting has this id. */
public final class MeetingNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    /** @param id the meeting asked for */
    public MeetingNotFoundException(MeetingId id) {
        super("No intervisie meeting " + id);
    }
}
