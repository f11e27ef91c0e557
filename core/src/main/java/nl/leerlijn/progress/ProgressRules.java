package nl.leerlijn.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.cohort.ScheduleItem;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.Module;

/** How records and the calendar make a status. Pure functions. */
public final class ProgressRules {
    private ProgressRules() {
    }

    /**
     * @param activity the activity
     * @param planned its session or deadline in the cohort, if it has one (self-paced work has none)
     * @param record what was recorded for the participant, if anything
     * @param now the moment to judge at
     * @return the participant's status for the activity
     */
    public static Status status(Activity activity, Optional<ScheduleItem> planned, Optional<ActivityRecord> record, Instant now) {
        if (activity.kind().isSession()) {
            return record.map(r -> switch (r.outcome()) {
                case PRESENT, DONE -> Status.DONE;
                case EXCUSED -> Status.EXCUSED;
                case ABSENT -> Status.MISSING;
            }).orElseGet(() -> planned.filter(p -> p.at().isBefore(now)).isPresent() ? Status.MISSING : Status.DUE);
        }
        if (record.filter(r -> r.outcome() == Outcome.DONE).isPresent()) {
            boolean late = planned.filter(p -> record.get().at().isAfter(p.at())).isPresent();
            return late ? Status.LATE : Status.DONE;
        }
        return planned.filter(p -> !p.at().isAfter(now)).isPresent() ? Status.MISSING : Status.DUE;
    }

    /** @return a module's status: the worst of its activities' */
    public static Status moduleStatus(Module module, Map<ActivityKey, Status> byActivity) {
        Status status = Status.DONE;
        for (Activity activity : module.activities()) {
            status = status.worse(byActivity.getOrDefault(activity.key(), Status.DUE));
        }
        return status;
    }

    /**
     * @return how many more sessions must be attended to reach the minimum percentage of all sessions
     */
    public static int sessionsStillNeeded(List<Status> sessionStatuses, int minimumPercent) {
        int required = (int) Math.ceil(sessionStatuses.size() * minimumPercent / 100.0);
        long attended = sessionStatuses.stream().filter(s -> s == Status.DONE).count();
        return (int) Math.max(0, required - attended);
    }
}
