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
 * @param reflectedAt for an intervisie meeting: when the participant wrote their reflection on it
 */
public record ActivityFacts(Activity activity, Optional<ScheduleItem> planned, Optional<Presence> presence, Optional<Instant> doneAt,
        WorkFacts work, Optional<Instant> reflectedAt) {
    /**
     * Facts without a reflection.
     *
     * @param activity the activity
     * @param planned when it is planned for the participant
     * @param presence for a session: what the kerndocent recorded
     * @param doneAt for online work: when the participant marked it done
     * @param work for assessed work: its versions and results
     */
    public ActivityFacts(Activity activity, Optional<ScheduleItem> planned, Optional<Presence> presence, Optional<Instant> doneAt,
            WorkFacts work) {
        this(activity, planned, presence, doneAt, work, Optional.empty());
    }
}
