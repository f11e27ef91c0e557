package nl.leerlijn.attendance;

import java.util.List;
import java.util.Optional;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.schedule.ScheduleItem;

/**
 * The presence list of one session: every active participant with what is recorded for them.
 *
 * @param session the session
 * @param rows in name order
 */
public record SessionAttendance(ScheduleItem session, List<Row> rows) {
    /**
     * Copies the list.
     *
     * @param session the session
     * @param rows in name order
     */
    public SessionAttendance {
        rows = List.copyOf(rows);
    }

    /** A participant and their presence, empty while nothing is recorded. */
    public record Row(Participant participant, Optional<Presence> presence) {
    }
}
