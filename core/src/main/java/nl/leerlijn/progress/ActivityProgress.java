package nl.leerlijn.progress;

import java.util.Optional;
import nl.leerlijn.cohort.ScheduleItem;
import nl.leerlijn.curriculum.Activity;

/**
 * One activity as one participant stands with it.
 *
 * @param activity the activity
 * @param moduleCode its module
 * @param planned its session or deadline in the cohort; empty for self-paced work
 * @param status where the participant stands
 * @param record what was recorded, if anything
 */
public record ActivityProgress(Activity activity, String moduleCode, Optional<ScheduleItem> planned, Status status,
        Optional<ActivityRecord> record) {
}
