package nl.leerlijn.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKind;

/**
 * Why a participant needs the kerndocent's attention ("wie loopt achter"), most urgent first.
 *
 * @param progress where the participant stands
 * @param reasons what is behind, most urgent first; never empty
 */
public record Attention(ParticipantProgress progress, List<Reason> reasons) {

    /** What is behind, by urgency: the first ones can no longer be put right by the participant alone. */
    public enum Kind {
        /** The minimum attendance can no longer be reached. */
        ATTENDANCE_OUT_OF_REACH(3),
        /** Assessed work released as onvoldoende, no herkansing open. */
        FAILED_WORK(3),
        /** One more missed session and the minimum attendance is out of reach. */
        ATTENDANCE_AT_RISK(2),
        /** Fewer sessions attended so far than the minimum asks. */
        ATTENDANCE_BELOW_MINIMUM(2),
        /** Assessed work whose deadline passed with nothing handed in. */
        MISSING_WORK(2),
        /** Online work whose deadline passed without it being done. */
        MISSING_ONLINE_WORK(1);

        private final int urgency;

        Kind(int urgency) {
            this.urgency = urgency;
        }

        /** @return 3 (most urgent) to 1 */
        public int urgency() {
            return urgency;
        }
    }

    /** One thing behind; {@code activity} for work, empty for attendance. */
    public record Reason(Kind kind, Optional<Activity> activity) {
    }

    /**
     * Copies the reasons.
     *
     * @param progress where the participant stands
     * @param reasons what is behind, most urgent first; never empty
     */
    public Attention {
        reasons = List.copyOf(reasons);
    }

    /** @return the most urgent reason's urgency */
    public int urgency() {
        return reasons.get(0).kind().urgency();
    }

    /**
     * @param progress where the participant stands
     * @return what needs attention for an active participant, if anything
     */
    public static Optional<Attention> of(ParticipantProgress progress) {
        if (!progress.participant().isActive()) {
            return Optional.empty();
        }
        List<Reason> reasons = new ArrayList<>();
        AttendanceStanding attendance = progress.attendance();
        if (attendance.outOfReach()) {
            reasons.add(new Reason(Kind.ATTENDANCE_OUT_OF_REACH, Optional.empty()));
        } else if (attendance.atRisk()) {
            reasons.add(new Reason(Kind.ATTENDANCE_AT_RISK, Optional.empty()));
        } else if (attendance.belowThreshold()) {
            reasons.add(new Reason(Kind.ATTENDANCE_BELOW_MINIMUM, Optional.empty()));
        }
        for (ActivityProgress a : progress.activities()) {
            if (a.status() == Status.FAILED) {
                reasons.add(new Reason(Kind.FAILED_WORK, Optional.of(a.activity())));
            } else if (a.status() == Status.MISSING && a.assessed()) {
                reasons.add(new Reason(Kind.MISSING_WORK, Optional.of(a.activity())));
            } else if (a.status() == Status.MISSING && a.activity().kind() == ActivityKind.ONLINE_WORK) {
                reasons.add(new Reason(Kind.MISSING_ONLINE_WORK, Optional.of(a.activity())));
            }
        }
        reasons.sort(Comparator.comparingInt((Reason r) -> -r.kind().urgency()));
        return reasons.isEmpty() ? Optional.empty() : Optional.of(new Attention(progress, reasons));
    }

    /**
     * @param participants where each participant of a cohort stands
     * @return the participants who need attention, most urgent first (then the most reasons, then by name)
     */
    public static List<Attention> among(List<ParticipantProgress> participants) {
        return participants.stream().map(Attention::of).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(Attention::urgency).reversed()
                        .thenComparing(Comparator.comparingInt((Attention a) -> a.reasons().size()).reversed())
                        .thenComparing(a -> a.progress().participant().profile().displayName()))
                .toList();
    }
}
