package nl.leerlijn.intervisie;

import nl.leerlijn.NotNowException;

/** Presence is confirmed on the meeting's day, and a reflection or the kerndocent's confirmation once it has started. */
public final class MeetingNotTodayException extends NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param id the meeting */
    public MeetingNotTodayException(MeetingId id) {
        super("Not now for intervisie meeting " + id);
    }
}
