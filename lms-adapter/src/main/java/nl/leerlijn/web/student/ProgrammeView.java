package nl.leerlijn.web.student;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.progress.ActivityProgress;
import nl.leerlijn.progress.ParticipantProgress;
import nl.leerlijn.progress.Status;
import nl.leerlijn.web.cohort.ProgressMatrixView;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Option;
import nl.leerlijn.web.render.Dates;

/**
 * "Mijn opleiding": a participant's modules and activities with where they stand, what is next,
 * and what they still need in words.
 */
public record ProgrammeView(long participantId, long cohortId, String cohortName, String programmeTitle, String stillNeeded,
        boolean complete, String attendance, int attended, int sessions, List<ActivityView> next, List<ModuleView> modules,
        List<Option> cohorts, boolean active, String notice) {

    /** A module with its activities. */
    public record ModuleView(String code, String title, String statusKey, String tone, List<String> goals,
            List<ActivityView> activities) {
    }

    /** An activity; {@code when} and {@code location} may be empty; {@code canMarkDone} for own online work. */
    public record ActivityView(String key, String title, String kindKey, String when, String location, String statusKey,
            String tone, boolean canMarkDone, boolean done) {
    }

    static ProgrammeView from(ParticipantProgress progress, List<Option> cohorts, ZoneId zone, Instant now,
            Messages messages, String notice) {
        DateTimeFormatter format = Dates.dayAndTime(messages.locale());
        boolean active = progress.participant().isActive();
        List<ActivityView> all = progress.activities().stream().map(a -> activity(a, format, zone, active)).toList();
        List<ActivityView> next = progress.activities().stream()
                .filter(a -> a.status() == Status.DUE && a.planned().filter(p -> !p.at().isBefore(now)).isPresent())
                .sorted(java.util.Comparator.comparing(a -> a.planned().orElseThrow().at()))
                .limit(4).map(a -> activity(a, format, zone, active)).toList();
        List<ModuleView> modules = progress.programme().modules().stream().map(m -> {
            Status status = progress.modules().get(m.code());
            List<ActivityView> activities = all.stream().filter(v -> m.activities().stream()
                    .anyMatch(a -> a.key().value().equals(v.key()))).toList();
            return new ModuleView(m.code(), m.title(), "progress." + status.name(), ProgressMatrixView.tone(status), m.learningGoals(), activities);
        }).toList();
        return new ProgrammeView(progress.participant().id().value(), progress.cohort().id().value(), progress.cohort().name(),
                progress.programme().title(), StillNeeded.sentence(progress, messages), progress.complete(),
                messages.get("student.attendance", progress.sessionsAttended(), progress.sessions(),
                        progress.programme().completion().minimumAttendancePercent()),
                progress.sessionsAttended(), progress.sessions(), next, modules, cohorts, active, notice);
    }

    private static ActivityView activity(ActivityProgress a, DateTimeFormatter format, ZoneId zone, boolean active) {
        String when = a.planned().map(p -> format.format(p.at().atZone(zone))).orElse("");
        boolean done = a.status() == Status.DONE || a.status() == Status.LATE;
        return new ActivityView(a.activity().key().value(), a.activity().title(), "activity." + a.activity().kind().name(), when,
                a.planned().flatMap(p -> p.location()).orElse(""), "progress." + a.status().name(), ProgressMatrixView.tone(a.status()),
                active && a.activity().kind() == ActivityKind.ONLINE_WORK, done);
    }

}
