package nl.leerlijn.cohort;

import java.util.List;

/**
 * The sessions and deadlines one participant has.
 *
 * @param participant whose schedule
 * @param cohort their cohort
 * @param items in time order
 */
public record ParticipantSchedule(Participant participant, Cohort cohort, List<ScheduleItem> items) {
    public ParticipantSchedule {
        items = List.copyOf(items);
    }
}
