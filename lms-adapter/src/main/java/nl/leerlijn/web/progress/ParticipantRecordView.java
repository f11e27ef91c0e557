package nl.leerlijn.web.progress;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.leerlijn.assessment.AssessmentSummary;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.extension.Extension;
import nl.leerlijn.progress.ActivityProgress;
import nl.leerlijn.progress.ParticipantProgress;
import nl.leerlijn.progress.ParticipantRecord;
import nl.leerlijn.submission.VersionSummary;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Profiles;
import nl.leerlijn.web.render.Results;
import nl.leerlijn.web.render.Statuses;

/**
 * Everything about one participant for staff: who they are, attendance per session, each module's work with its state,
 * every handed-in version with where its assessment stands, extensions and history.
 *
 * @param canManage whether the viewer manages the cohort (withdraw, reactivate, grant an extension)
 * @param marks whether the viewer assesses (versions link to the marking page; otherwise to the read-only record)
 */
public record ParticipantRecordView(long cohortId, long participantId, List<Fact> profile, boolean active, String attendance,
        String attendanceWarning, List<SessionRow> sessions, List<ModuleRow> modules, List<VersionRow> versions,
        List<ExtensionRow> extensions, List<HistoryRow> history, boolean canManage, boolean marks) {

    /** A labelled fact about the participant. */
    public record Fact(String label, String value) {
    }

    /** A session with what was recorded; {@code tone} colours the presence. */
    public record SessionRow(String when, String title, String presence, String tone) {
    }

    /**
     * A module and the state of each of its activities, sessions included: the module's state is its worst problem, else
     * work waiting for a result, else open or klaar (see {@code ProgressRules.moduleStatus}), and
     * the overview's matrix links each cell here by the module's code.
     */
    public record ModuleRow(String code, String title, String status, String tone, List<ActivityRow> activities) {
    }

    /** An activity's state, with what it means for handed-in work. */
    public record ActivityRow(String title, String kindKey, String when, String status, String tone, String detail) {
    }

    /** A handed-in version and where its assessment stands. */
    public record VersionRow(long submissionId, String activity, int version, String handedIn, boolean late, String state,
            String tone, String result) {
    }

    /** An extension: for what, until when, its state and reason. */
    public record ExtensionRow(String activity, String until, String state, String tone, String reason, String asked) {
    }

    /** What happened to the participation. */
    public record HistoryRow(String when, String event, String reason, String by) {
    }

    static ParticipantRecordView from(ParticipantRecord record, ZoneId zone, Messages messages) {
        ParticipantProgress progress = record.progress();
        Participant participant = progress.participant();
        DateTimeFormatter format = Dates.dayAndTime(messages.locale());
        Map<String, String> titles = progress.programme().activities().stream()
                .collect(Collectors.toMap(a -> a.key().value(), a -> a.title()));
        List<SessionRow> sessions = progress.activities().stream().filter(a -> a.activity().kind().isSession())
                .map(a -> new SessionRow(a.planned().map(p -> format.format(p.at().atZone(zone))).orElse(""), a.activity().title(),
                        messages.get(Statuses.key(a)), Statuses.tone(a.status()))).toList();
        List<ModuleRow> modules = progress.programme().modules().stream().map(m -> new ModuleRow(m.code(), m.title(),
                messages.get(Statuses.key(progress.modules().get(m.code()))), Statuses.tone(progress.modules().get(m.code())),
                progress.activities().stream().filter(a -> a.moduleCode().equals(m.code()))
                        .map(a -> activity(a, format, zone, messages, progress.programme().intervision().reflectionDays())).toList())).toList();
        List<VersionRow> versions = record.handedIn().stream().map(v -> version(v, titles, record.assessments(), format, zone, messages))
                .toList();
        List<ExtensionRow> extensions = record.extensions().stream().map(e -> extension(e, titles, format, zone, messages)).toList();
        List<HistoryRow> history = record.history().stream().map(h -> new HistoryRow(format.format(h.at().atZone(zone)),
                messages.get("history." + h.event().name()), h.reason().orElse(""), h.actorName())).toList();
        return new ParticipantRecordView(record.cohort().id().value(), participant.id().value(), profile(participant, messages, zone),
                participant.isActive(), messages.get("record.attendance", progress.attendance().counted(), progress.attendance().held(),
                        progress.attendance().sessions(), progress.attendance().minimumPercent()),
                Describe.attendanceWarningAbout(participant.profile().displayName(), progress.attendance(), messages), sessions, modules, versions, extensions, history,
                record.permissions().mayManage(), record.permissions().mayMark());
    }

    private static List<Fact> profile(Participant participant, Messages messages, ZoneId zone) {
        ParticipantProfile p = participant.profile();
        return List.of(new Fact(messages.get("participant.email"), p.email()),
                new Fact(messages.get("participant.userId"), participant.userId().value()),
                new Fact(messages.get("participant.organisation"), p.organisation().name() + " (" + Profiles.organisationType(p, messages) + ")"),
                new Fact(messages.get("participant.function"), Profiles.function(p, messages)),
                new Fact(messages.get("participant.registerplein"), p.registerNumbers().registerplein().orElse("–")),
                new Fact(messages.get("participant.skj"), p.registerNumbers().skj().orElse("–")),
                new Fact(messages.get("participant.status"), messages.get("status." + participant.status().name())),
                new Fact(messages.get("participant.enrolledOn"), Dates.day(messages.locale()).format(participant.enrolledAt().atZone(zone))));
    }

    private static ActivityRow activity(ActivityProgress a, DateTimeFormatter format, ZoneId zone, Messages messages, int reflectionDays) {
        return new ActivityRow(a.activity().title(), "activity." + a.activity().kind().name(),
                a.planned().map(p -> format.format(p.at().atZone(zone))).orElse(""), messages.get(Statuses.key(a)),
                Statuses.tone(a.status()), Describe.detail(a, reflectionDays, zone, messages));
    }

    private static VersionRow version(VersionSummary v, Map<String, String> titles, Map<nl.leerlijn.submission.SubmissionId,
            AssessmentSummary> assessments, DateTimeFormatter format, ZoneId zone, Messages messages) {
        Optional<AssessmentSummary> assessment = Optional.ofNullable(assessments.get(v.id()));
        nl.leerlijn.assessment.AssessmentState state = assessment.map(AssessmentSummary::state)
                .orElse(nl.leerlijn.assessment.AssessmentState.NOT_STARTED);
        return new VersionRow(v.id().value(), titles.getOrDefault(v.activity().value(), v.activity().value()), v.version(),
                v.submittedAt().map(t -> format.format(t.atZone(zone))).orElse(""), v.late(), messages.get("marking.state." + state.name()),
                Results.tone(state), assessment.flatMap(AssessmentSummary::agreed).map(a -> Results.describe(a.score(), messages)).orElse(""));
    }

    private static ExtensionRow extension(Extension e, Map<String, String> titles, DateTimeFormatter format, ZoneId zone, Messages messages) {
        String tone = e.state().applies() ? "success" : e.state() == nl.leerlijn.extension.ExtensionState.REFUSED ? "danger" : "warning";
        return new ExtensionRow(titles.getOrDefault(e.activity().value(), e.activity().value()), format.format(e.dueAt().atZone(zone)),
                messages.get("extension.state." + e.state().name()), tone, e.reason(), format.format(e.requestedAt().atZone(zone)));
    }
}
