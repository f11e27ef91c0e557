package nl.leerlijn.web.progress;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.progress.ActivityProgress;
import nl.leerlijn.progress.ParticipantProgress;
import nl.leerlijn.progress.Status;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Places;
import nl.leerlijn.web.render.Statuses;
import nl.leerlijn.web.routing.Option;

/**
 * "Mijn opleiding": a participant's modules and activities with where they stand, what is next, what they still need in
 * words, and a warning when their attendance is below the minimum.
 *
 * @param attendanceWarning what low attendance means for them, or empty
 */
public record ProgrammeView(long participantId, long cohortId, String cohortName, String programmeTitle, String stillNeeded,
        String waiting, boolean complete, String attendance, int attended, int sessions, String attendanceWarning,
        boolean attendanceOutOfReach, List<ActivityView> next, List<ModuleView> modules, List<Option> cohorts, boolean active,
        String notice) {

    /** A module with its activities. */
    public record ModuleView(String code, String title, String status, String tone, List<String> goals, List<ActivityView> activities) {
    }

    /**
     * An activity; {@code when} and {@code place} may be empty; {@code canMarkDone} for own online work; {@code detail}
     * says more about handed-in work ("wacht op de beoordeling", the result); {@code paper} links it to the paper page,
     * {@code praktijk} to the praktijk page.
     */
    public record ActivityView(String key, String title, String kindKey, String when, Places.Place place, String status,
            String tone, String detail, boolean canMarkDone, boolean done, boolean paper, boolean praktijk) {
    }

    static ProgrammeView from(ParticipantProgress progress, List<Option> cohorts, ZoneId zone, Instant now, Messages messages,
            String notice) {
        DateTimeFormatter format = Dates.dayAndTime(messages.locale());
        boolean active = progress.participant().isActive();
        List<ActivityView> all = progress.activities().stream().map(a -> activity(a, format, zone, active, messages, progress.programme().intervision().reflectionDays())).toList();
        List<ActivityView> next = progress.activities().stream()
                .filter(a -> a.status() == Status.DUE && a.planned().filter(p -> !p.at().isBefore(now)).isPresent())
                .sorted(Comparator.comparing(a -> a.planned().orElseThrow().at()))
                .limit(4).map(a -> activity(a, format, zone, active, messages, progress.programme().intervision().reflectionDays())).toList();
        List<ModuleView> modules = progress.programme().modules().stream().map(m -> {
            Status status = progress.modules().get(m.code());
            List<ActivityView> activities = all.stream().filter(v -> m.activities().stream()
                    .anyMatch(a -> a.key().value().equals(v.key()))).toList();
            return new ModuleView(m.code(), m.title(), messages.get(Statuses.key(status)), Statuses.tone(status), m.learningGoals(),
                    activities);
        }).toList();
        return new ProgrammeView(progress.participant().id().value(), progress.participant().cohortId().value(), progress.cohortName(),
                progress.programme().title(), StillNeeded.sentence(progress, messages), StillNeeded.waiting(progress, messages),
                progress.complete(), messages.get("student.attendance", progress.attendance().attended(), progress.attendance().sessions(),
                        progress.attendance().minimumPercent()),
                progress.attendance().attended(), progress.attendance().sessions(), Describe.attendanceWarning(progress.attendance(), messages),
                progress.attendance().outOfReach(), next, modules, cohorts, active, notice);
    }

    private static ActivityView activity(ActivityProgress a, DateTimeFormatter format, ZoneId zone, boolean active, Messages messages, int reflectionDays) {
        String when = a.planned().map(p -> format.format(p.at().atZone(zone))).orElse("");
        boolean done = a.status() == Status.DONE || a.status() == Status.LATE;
        return new ActivityView(a.activity().key().value(), a.activity().title(), "activity." + a.activity().kind().name(), when,
                a.planned().map(p -> Places.of(p, messages)).orElse(Places.Place.NONE), messages.get(Statuses.key(a)),
                Statuses.tone(a.status()), Describe.detail(a, reflectionDays, zone, messages),
                active && a.activity().kind() == ActivityKind.ONLINE_WORK, done, a.activity().kind() == ActivityKind.PAPER_MILESTONE,
                a.activity().kind() == ActivityKind.PRACTICE_ASSIGNMENT);
    }
}
