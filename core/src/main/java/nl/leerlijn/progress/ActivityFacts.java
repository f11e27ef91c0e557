package nl.leerlijn.progress;

import java.time.Instant;
import java.util.Optional;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.schedule.ScheduleItem;

/**
 * Everything recorded about one activity for one participant: what its status is decided from.
 *
 * @param activity the activity
 * @param planned its session or deadline as it applies to the participant (with an extension); empty for self-paced work
 * @param presence for a session: what the kerndocent recorded
 * @param doneAt for online work: when the participant marked it done
 * @param work for assessed work: its versions, result and herkansing
 */
public record ActivityFacts(Activity activity, Optional<ScheduleItem> planned, Optional<Presence> presence, Optional<Instant> doneAt,
        WorkFacts work) {
}
