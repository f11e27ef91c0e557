package nl.leerlijn.web.progress;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.leerlijn.progress.ActivityProgress;
import nl.leerlijn.progress.AttendanceStanding;
import nl.leerlijn.progress.WorkFacts;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Results;

/** Progress in words: what a status means for this activity, and where someone stands with attendance. */
public final class Describe {
    private Describe() {
    }

    /** @return e.g. "Ingeleverd op dinsdag 6 oktober 2026, 14:02; wacht op de beoordeling" or "Voldoende (18 van 30 punten)" */
    /** @return for assessed work its state in words, for an intervisie meeting its reflection, else nothing */
    static String detail(ActivityProgress activity, int reflectionDays, ZoneId zone, Messages messages) {
        if (activity.assessed()) {
            return work(activity, zone, messages);
        }
        if (activity.activity().kind() != nl.leerlijn.curriculum.ActivityKind.INTERVISION_MEETING) {
            return "";
        }
        DateTimeFormatter format = Dates.dayAndTime(messages.locale());
        if (activity.facts().reflectedAt().isPresent()) {
            return messages.get("progress.reflection.written", format.format(activity.facts().reflectedAt().get().atZone(zone)));
        }
        if (!activity.owesReflection()) {
            return "";
        }
        java.time.Instant due = activity.planned().orElseThrow().at().atZone(zone).toLocalDate().plusDays(reflectionDays)
                .atTime(23, 59).atZone(zone).toInstant();
        return messages.get("progress.reflection.due", format.format(due.atZone(zone)));
    }

    static String work(ActivityProgress activity, ZoneId zone, Messages messages) {
        WorkFacts work = activity.facts().work();
        DateTimeFormatter format = Dates.dayAndTime(messages.locale());
        return switch (activity.status()) {
            case HANDED_IN -> messages.get(work.latestHandedIn().orElseThrow().late() ? "work.handedInLate" : "work.handedIn",
                    format.format(work.latestHandedIn().orElseThrow().submittedAt().orElseThrow().atZone(zone)));
            case REVISION -> messages.get("work.revision", format.format(work.revisionUntil().orElseThrow().atZone(zone)));
            case DONE, FAILED -> work.released().map(r -> messages.get("work.result", Results.describe(r.score(), messages))).orElse("");
            case MISSING -> messages.get("work.missing");
            default -> work.draft() ? messages.get("work.draft") : "";
        };
    }

    /** @return a warning about attendance in words, or empty when the participant is on track */
    /** @return the same warning as {@link #attendanceWarning}, told to staff about the participant; empty when all is well */
    static String attendanceWarningAbout(String name, AttendanceStanding attendance, Messages messages) {
        if (attendance.outOfReach()) {
            return messages.get("attendance.about.outOfReach", name, attendance.counted(), attendance.held(), attendance.minimumPercent(),
                    attendance.required(), attendance.sessions());
        }
        if (attendance.belowThreshold()) {
            return messages.get("attendance.about.below", name, attendance.counted(), attendance.held(), attendance.percentSoFar(),
                    attendance.minimumPercent(), attendance.required(), attendance.sessions(), Math.max(0, attendance.missesLeft() + attendance.replaceable()));
        }
        return "";
    }

    /**
     * @param attendance where the participant stands
     * @param messages the reader's language
     * @return the participant's warning about attendance, or empty when they are on track
     */
    public static String attendanceWarning(AttendanceStanding attendance, Messages messages) {
        if (attendance.outOfReach()) {
            return messages.get("attendance.warning.outOfReach", attendance.counted(), attendance.held(), attendance.minimumPercent(),
                    attendance.required(), attendance.sessions());
        }
        if (attendance.belowThreshold()) {
            return messages.get("attendance.warning.below", attendance.counted(), attendance.held(), attendance.percentSoFar(),
                    attendance.minimumPercent(), attendance.required(), attendance.sessions(),
                    Math.max(0, attendance.missesLeft() + attendance.replaceable()));
        }
        return "";
    }
}
