package nl.leerlijn.schedule;

import java.util.List;
import nl.leerlijn.enrolment.Participant;

/**
 * The sessions and deadlines one participant has: the cohort's, with their own deadlines where an extension applies.
 *
 * @param participant whose schedule
 * @param items in time order
 */
public record ParticipantSchedule(Participant participant, List<ScheduleItem> items) {
    /**
     * Copies the items.
     *
     * @param participant whose schedule
     * @param items in time order
     */
    public ParticipantSchedule {
        items = List.copyOf(items);
    }
}
