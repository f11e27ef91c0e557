package nl.leerlijn.web.assessment;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.assessment.AssessorRole;
import nl.leerlijn.assessment.AuditRecord;
import nl.leerlijn.assessment.CohortAudit;
import nl.leerlijn.assessment.Marking;
import nl.leerlijn.assessment.ResultRecord;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.Rubric;
import nl.leerlijn.progress.ActivityProgress;
import nl.leerlijn.progress.CohortProgress;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Results;
import nl.leerlijn.web.render.Statuses;
import nl.leerlijn.web.routing.CsvDownload;
import nl.leerlijn.web.routing.Link;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;
import nl.leerlijn.web.submission.PaperView;

/**
 * Tracing results, read-only, for the examencommissie (and administrators and a cohort's kerndocenten): every cohort, a
 * cohort's results per participant, one version's record (the work, both markings, the agreed result and every change to
 * it), and the audit trail as CSV.
 */
public final class ResultPages implements RouteGroup {
    private final LeerlijnCore core;

    /** @param core the use cases */
    public ResultPages(LeerlijnCore core) {
        this.core = core;
    }

    /** One cohort in the examencommissie's list. */
    public record CohortRow(long cohortId, String name, String programme, String startDate) {
    }

    /** Every cohort. */
    public record ResultsView(List<CohortRow> rows) {
    }

    /** A cohort's assessed work per participant. */
    public record CohortResultsView(long cohortId, List<String> activities, List<ParticipantRow> participants) {
    }

    /** A participant with, per assessed activity, where it stands. */
    public record ParticipantRow(long participantId, String name, boolean active, List<WorkCell> work) {
    }

    /** Where one piece of assessed work stands; {@code submissionId} is 0 when nothing was handed in. */
    public record WorkCell(String activity, String status, String tone, String result, long submissionId, int version) {
    }

    /** One version's record. */
    public record RecordView(long submissionId, long cohortId, String participant, String activity, int version, String submittedAt,
            boolean late, List<PaperView.FileView> files, String text, String stateKey, String stateTone, List<CriterionRow> criteria,
            String firstScore, String secondScore, String firstFeedback, String secondFeedback, boolean secondRequired,
            String agreedScore, String agreedFeedback, boolean revisionRequested, String releasedAt, List<HistoryRow> history,
            long compareWith, int compareVersion, nl.leerlijn.web.praktijk.EvidenceView practice) {
    }

    /** A criterion with each finished marking's level and the agreed one (with the comment the student got). */
    public record CriterionRow(String title, String first, String second, String agreed, boolean differs, String agreedComment) {
    }

    /** One change to the result. */
    public record HistoryRow(String at, String actor, String change, String oldValue, String newValue, String reason) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/results", this::results),
                Route.get("/results/{cohortId}", this::cohortResults),
                Route.get("/results/versions/{submissionId}", this::record),
                Route.get("/cohorts/{cohortId}/results/audit.csv", this::auditCsv));
    }

    private WebResult results(WebRequest request) {
        DateTimeFormatter day = Dates.day(request.locale());
        List<CohortRow> rows = core.cohorts().allToExamine(request.actor()).stream()
                .map(c -> new CohortRow(c.id().value(), c.name(), c.programmeTitle(), day.format(c.startDate()))).toList();
        return WebResult.Page.of("assessment/results.ftlh", "results.title", new ResultsView(rows)).trail(Frames.home(request.messages()));
    }

    private WebResult cohortResults(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        Cohort cohort = core.cohorts().cohortToExamine(request.actor(), id);
        CohortProgress progress = core.progress().cohortProgress(request.actor(), id);
        Messages messages = request.messages();
        List<String> activities = progress.programme().activities().stream().filter(a -> a.rubric().isPresent()).map(a -> a.title()).toList();
        List<ParticipantRow> participants = progress.participants().stream().map(p -> new ParticipantRow(p.participant().id().value(),
                p.participant().profile().displayName(), p.participant().isActive(),
                p.activities().stream().filter(a -> a.activity().rubric().isPresent()).map(a -> cell(a, messages)).toList())).toList();
        return WebResult.Page.of("assessment/cohort-results.ftlh", "results.cohort.title", new CohortResultsView(id.value(), activities,
                participants)).titled(messages.get("results.cohort.title", cohort.name()))
                .trail(core.access().mayExamineEveryCohort(request.actor())
                        ? List.of(new Link(messages.get("home.title"), "/"), new Link(messages.get("results.title"), "/results"))
                        : Frames.cohort(cohort, messages))
                .in(Frames.cohortMenu(cohort, core.access().in(id, request.actor()), "/results/" + id.value(), messages));
    }

    private static WorkCell cell(ActivityProgress a, Messages messages) {
        Optional<nl.leerlijn.submission.VersionSummary> latest = a.facts().work().latestHandedIn();
        return new WorkCell(a.activity().title(), messages.get(Statuses.key(a.status())), Statuses.tone(a.status()),
                a.facts().work().released().map(r -> Results.describe(r.score(), messages)).orElse(""),
                latest.map(v -> v.id().value()).orElse(0L), latest.map(v -> v.version()).orElse(0));
    }

    private WebResult record(WebRequest request) {
        ResultRecord record = core.assessments().record(request.actor(), new SubmissionId(request.id("submissionId")));
        Messages messages = request.messages();
        DateTimeFormatter format = Dates.dayAndTime(request.locale());
        Map<AssessorRole, Marking> markings = new EnumMap<>(AssessorRole.class);
        markings.putAll(record.markings());
        List<CriterionRow> criteria = record.rubric().criteria().stream().map(c -> {
            Optional<Integer> first = level(markings.get(AssessorRole.FIRST), c);
            Optional<Integer> second = level(markings.get(AssessorRole.SECOND), c);
            return new CriterionRow(c.title(), label(c, first), label(c, second),
                    label(c, record.agreed().map(a -> a.levels().get(c.key()))), first.isPresent() && second.isPresent() && !first.equals(second),
                    record.agreed().map(a -> a.comments().getOrDefault(c.key(), "")).orElse(""));
        }).toList();
        List<HistoryRow> history = record.history().stream().map(h -> new HistoryRow(format.format(h.at().atZone(core.zone())),
                h.actorName(), messages.get("audit.kind." + kind(h.kind())), shown(h.oldValue().orElse(""), messages),
                shown(h.newValue().orElse(""), messages), h.reason().orElse(""))).toList();
        RecordView view = new RecordView(record.submission().id().value(), record.cohort().value(), record.participantName(),
                record.activity().title(), record.submission().version(),
                record.submission().submittedAt().map(t -> format.format(t.atZone(core.zone()))).orElse(""), record.submission().late(),
                PaperView.files(record.submission().files(), request.locale()), record.submission().text().orElse(""),
                "marking.state." + record.state().name(), Results.tone(record.state()), criteria,
                score(record.rubric(), markings.get(AssessorRole.FIRST), messages), score(record.rubric(), markings.get(AssessorRole.SECOND),
                        messages), Optional.ofNullable(markings.get(AssessorRole.FIRST)).map(Marking::feedback).orElse(""),
                Optional.ofNullable(markings.get(AssessorRole.SECOND)).map(Marking::feedback).orElse(""),
                record.required().contains(AssessorRole.SECOND), record.agreed().map(a -> Results.describe(a.score(), messages)).orElse(""),
                record.agreed().map(a -> a.feedback()).orElse(""), record.agreed().map(a -> a.revisionRequested()).orElse(false),
                record.releasedAt().map(t -> format.format(t.atZone(core.zone()))).orElse(""), history,
                record.previousText().map(v -> v.id().value()).orElse(0L), record.previousText().map(v -> v.version()).orElse(0),
                record.activity().kind() == nl.leerlijn.curriculum.ActivityKind.PRACTICE_ASSIGNMENT
                        ? nl.leerlijn.web.praktijk.EvidenceView.of(core.practice().evidence(request.actor(), record.submission().id()),
                                record.submission().id(), "/results/versions/", core.zone(), messages)
                        : nl.leerlijn.web.praktijk.EvidenceView.NONE);
        Cohort cohort = core.cohorts().cohortToExamine(request.actor(), record.cohort());
        return WebResult.Page.of("assessment/record.ftlh", "record.title", view).trail(Frames.results(cohort, core.access().mayExamineEveryCohort(request.actor()), messages));
    }

    private static Optional<Integer> level(Marking marking, Rubric.Criterion criterion) {
        return Optional.ofNullable(marking).map(m -> m.levels().get(criterion.key()));
    }

    private static String label(Rubric.Criterion criterion, Optional<Integer> level) {
        return level.filter(l -> l >= 0 && l < criterion.levels().size())
                .map(l -> criterion.levels().get(l).label() + " (" + criterion.levels().get(l).points() + ")").orElse("–");
    }

    private static String score(Rubric rubric, Marking marking, Messages messages) {
        return Optional.ofNullable(marking).map(m -> Results.describe(rubric.score(m.levels()), messages)).orElse("");
    }

    private WebResult auditCsv(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        CohortAudit audit = core.assessments().auditTrail(request.actor(), id);
        Messages messages = request.messages();
        Map<String, String> titles = new java.util.HashMap<>();
        audit.programme().activities().forEach(a -> titles.put(a.key().value(), a.title()));
        DateTimeFormatter at = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        return CsvDownload.of(messages.get("csv.audit.file", id.value()), rows -> {
            rows.add(List.of("audit.csv.at", "audit.csv.participant", "audit.csv.activity", "audit.csv.version", "audit.csv.actor",
                    "audit.csv.actorId", "audit.csv.change", "audit.csv.old", "audit.csv.new", "audit.csv.reason").stream()
                    .map(messages::get).toList());
            for (AuditRecord r : audit.records()) {
                rows.add(at.format(r.entry().at().atZone(core.zone())), r.participantName(),
                        titles.getOrDefault(r.activity().value(), r.activity().value()), r.version(), r.entry().actorName(),
                        r.entry().actor().value(), messages.get("audit.kind." + kind(r.entry().kind())), r.entry().oldValue().orElse(""),
                        r.entry().newValue().orElse(""), r.entry().reason().orElse(""));
            }
        });
    }

    private static String kind(String kind) {
        return java.util.Set.of("MARKING_DONE_FIRST", "MARKING_DONE_SECOND", "RESULT_AGREED", "RELEASED").contains(kind) ? kind : "OTHER";
    }

    /** @return a result's value as the reader knows it: a rating in words ("Goed"), a grade with the reader's decimal sign */
    static String shown(String value, Messages messages) {
        if (value.matches("[A-Z_]+") && messages.has("result.rating." + value)) {
            return messages.get("result.rating." + value);
        }
        if (value.matches("[0-9]+\\.[0-9]+")) {
            java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(messages.locale());
            number.setMinimumFractionDigits(value.length() - value.indexOf('.') - 1);
            return number.format(new java.math.BigDecimal(value));
        }
        return value;
    }
}
