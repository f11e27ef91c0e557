package nl.leerlijn.progress;

import java.util.Optional;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.schedule.ScheduleItem;

/**
 * One activity as one participant stands with it.
 *
 * @param moduleCode its module
 * @param status where the participant stands, decided by {@link ProgressRules#status}
 * @param facts what is recorded, the status was decided from
 */
public record ActivityProgress(String moduleCode, Status status, ActivityFacts facts) {

    /** @return the activity */
    public Activity activity() {
        return facts.activity();
    }

    /** @return its session or deadline as it applies to the participant; empty for self-paced work */
    public Optional<ScheduleItem> planned() {
        return facts.planned();
    }

    /**
     * @return whether this is an intervisie meeting the participant attended without writing a reflection on it
     */
    public boolean owesReflection() {
        return facts.activity().kind() == nl.leerlijn.curriculum.ActivityKind.INTERVISION_MEETING
                && facts.presence().filter(p -> p == nl.leerlijn.attendance.Presence.PRESENT).isPresent() && facts.reflectedAt().isEmpty();
    }

    /** @return whether this is assessed work (a paper milestone or a praktijkopdracht) */
    public boolean assessed() {
        return facts.activity().kind() == nl.leerlijn.curriculum.ActivityKind.PAPER_MILESTONE
                || facts.activity().kind() == nl.leerlijn.curriculum.ActivityKind.PRACTICE_ASSIGNMENT;
    }
}
