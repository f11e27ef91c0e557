package nl.leerlijn.progress;

import java.time.Instant;
import java.util.Map;
import nl.leerlijn.assessment.Agreement;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.Module;

/** How the records of an activity make its status: the one rule every page and export uses. Pure functions. */
public final class ProgressRules {
    private ProgressRules() {
    }

    /**
     * @param facts what is recorded for the participant and the activity
     * @param now the moment to judge at
     * @return the participant's status for the activity
     */
    public static Status status(ActivityFacts facts, Instant now) {
        ActivityKind kind = facts.activity().kind();
        if (kind.isSession()) {
            return facts.presence().map(p -> switch (p) {
                case PRESENT -> Status.DONE;
                case EXCUSED -> Status.EXCUSED;
                case ABSENT -> Status.MISSING;
            }).orElseGet(() -> passed(facts, now) ? Status.MISSING : Status.DUE);
        }
        if (kind == ActivityKind.PAPER_MILESTONE || kind == ActivityKind.PRACTICE_ASSIGNMENT) {
            return assessedWork(facts, now);
        }
        if (facts.doneAt().isPresent()) {
            boolean late = facts.planned().filter(p -> facts.doneAt().get().isAfter(p.at())).isPresent();
            return late ? Status.LATE : Status.DONE;
        }
        return passed(facts, now) ? Status.MISSING : Status.DUE;
    }

    /**
     * Handed in and waiting for its result; klaar once released as at least voldoende; a herkansing while one is open;
     * onvoldoende when released so with none open; missing when the deadline passed with nothing handed in.
     */
    private static Status assessedWork(ActivityFacts facts, Instant now) {
        WorkFacts work = facts.work();
        if (work.latestHandedIn().isEmpty()) {
            return passed(facts, now) ? Status.MISSING : Status.DUE;
        }
        if (work.released().isEmpty()) {
            return Status.HANDED_IN;
        }
        if (work.revisionUntil().filter(now::isBefore).isPresent()) {
            return Status.REVISION;
        }
        Agreement result = work.released().get();
        return result.score().passed() ? Status.DONE : Status.FAILED;
    }

    private static boolean passed(ActivityFacts facts, Instant now) {
        // A session counts as passed once it has ended (one under way is not missed yet); work once its deadline passed.
        return facts.planned().filter(p -> !p.endsAt().orElse(p.at()).isAfter(now)).isPresent();
    }

    /**
     * A module's status, in the order a kerndocent acts on it: the worst problem among its activities (te laat, herkansing,
     * ontbreekt, onvoldoende) if there is one; klaar (or afgemeld) when every activity is; otherwise ingeleverd when some work waits
     * for its result; otherwise open.
     *
     * @param module the module
     * @param byActivity the participant's status per activity
     * @return the module's status
     */
    public static Status moduleStatus(Module module, Map<ActivityKey, Status> byActivity) {
        Status worst = Status.DONE;
        boolean waiting = false;
        for (Activity activity : module.activities()) {
            Status status = byActivity.getOrDefault(activity.key(), Status.DUE);
            worst = worst.worse(status);
            waiting |= status == Status.HANDED_IN;
        }
        if (worst.isProblem() || worst == Status.DONE || worst == Status.EXCUSED) {
            return worst;
        }
        return waiting ? Status.HANDED_IN : Status.DUE;
    }
}
