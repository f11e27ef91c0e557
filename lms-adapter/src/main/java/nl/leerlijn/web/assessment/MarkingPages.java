package nl.leerlijn.web.assessment;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.assessment.Agreement;
import nl.leerlijn.assessment.AgreementChangedMeanwhileException;
import nl.leerlijn.assessment.AssessmentState;
import nl.leerlijn.assessment.AssessorRole;
import nl.leerlijn.assessment.AuditRecord;
import nl.leerlijn.assessment.Marking;
import nl.leerlijn.assessment.MarkingChangedMeanwhileException;
import nl.leerlijn.assessment.MarkingQueue;
import nl.leerlijn.assessment.MarkingView;
import nl.leerlijn.assessment.QueueEntry;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.Participant;
import nl.leerlijn.cohort.ScheduleItem;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.Rubric;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Results;
import nl.leerlijn.web.routing.CsvDownload;
import nl.leerlijn.web.routing.Option;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * Assessing handed-in work: the cohort's marking queue, the marking page (document beside the rubric),
 * comparing the two markings and recording the agreed result, releasing results (one or the whole
 * cohort), and the result audit trail as CSV for the examencommissie.
 */
public final class MarkingPages implements RouteGroup {
    private static final Set<String> NOTICES = Set.of("saved", "done", "agreed", "released", "releasedAll");
    private static final String MINE = "mine";
    private static final int MAX_COMMENT = 4_000;
    private static final int MAX_FEEDBACK = 20_000;
    private static final int MAX_REASON = 2_000;

    private final LeerlijnCore core;

    /** @param core the use cases */
    public MarkingPages(LeerlijnCore core) {
        this.core = core;
    }

    /** One handed-in version in the queue. */
    public record QueueRow(long submissionId, String participant, String activity, int version, String submittedAt, boolean late,
            String stateKey, String tone, boolean firstDone, boolean secondDone, boolean waitingForYou) {
    }

    /** The marking queue of a cohort, filtered. */
    public record QueueView(long cohortId, String cohortName, String roleKey, boolean first, boolean secondAssessor,
            List<Option> activities, List<Option> states, String activity, String state, List<QueueRow> rows, int total,
            int agreed, String notice) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cohorts/{cohortId}/marking", this::queue),
                Route.post("/cohorts/{cohortId}/marking/release", this::releaseAll),
                Route.get("/cohorts/{cohortId}/results/audit.csv", this::auditCsv),
                Route.get("/results", this::results),
                Route.get("/marking/{submissionId}", this::page),
                Route.post("/marking/{submissionId}", this::save),
                Route.post("/marking/{submissionId}/agreement", this::agree),
                Route.post("/marking/{submissionId}/release", this::release));
    }

    private WebResult queue(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        MarkingQueue queue = core.assessments().queue(request.actor(), id);
        Cohort cohort = core.cohorts().cohort(request.actor(), id);
        Messages messages = Messages.of(request.locale());
        Map<ActivityKey, String> titles = assessedTitles(request, id);
        String activity = request.parameter("onderdeel").filter(a -> titles.containsKey(new ActivityKey(a))).orElse("");
        String state = request.parameter("status").filter(s -> s.equals(MINE) || isState(s)).orElse("");
        DateTimeFormatter format = Dates.dayAndTime(request.locale());
        List<QueueRow> rows = queue.entries().stream()
                .filter(e -> activity.isEmpty() || e.activity().value().equals(activity))
                .filter(e -> state.isEmpty() || (state.equals(MINE) ? waitingFor(queue.role(), e) : e.state().name().equals(state)))
                .map(e -> new QueueRow(e.submission().value(), e.participantName(), titles.getOrDefault(e.activity(), e.activity().value()),
                        e.version(), format.format(e.submittedAt().atZone(core.zone())), e.late(), "marking.state." + e.state().name(),
                        Results.tone(e.state()), e.firstDone(), e.secondDone(), waitingFor(queue.role(), e)))
                .toList();
        List<Option> activities = new ArrayList<>(List.of(new Option("", messages.get("marking.filter.allActivities"))));
        titles.forEach((key, title) -> activities.add(new Option(key.value(), title)));
        List<Option> states = new ArrayList<>(List.of(new Option("", messages.get("marking.filter.allStates")),
                new Option(MINE, messages.get("marking.filter.mine"))));
        for (AssessmentState s : AssessmentState.values()) {
            states.add(new Option(s.name(), messages.get("marking.state." + s.name())));
        }
        int agreed = (int) queue.entries().stream().filter(e -> e.state() == AssessmentState.AGREED).count();
        String notice = notice(request, messages);
        return WebResult.Page.of("assessment/queue.ftlh", "marking.queue.title", new QueueView(id.value(), cohort.name(),
                "marking.role." + queue.role().name(), queue.role() == AssessorRole.FIRST, queue.secondAssessor(), activities, states,
                activity, state, rows, queue.entries().size(), agreed, notice));
    }

    private static boolean isState(String value) {
        return java.util.Arrays.stream(AssessmentState.values()).anyMatch(s -> s.name().equals(value));
    }

    /** Whether the viewer still has to mark (or, as kerndocent, agree or release) this version. */
    private static boolean waitingFor(AssessorRole role, QueueEntry entry) {
        if (role == AssessorRole.SECOND) {
            return !entry.secondDone() && (entry.state() == AssessmentState.NOT_STARTED || entry.state() == AssessmentState.IN_MARKING);
        }
        return entry.state() == AssessmentState.NOT_STARTED || entry.state() == AssessmentState.IN_MARKING && !entry.firstDone()
                || entry.state() == AssessmentState.MARKED || entry.state() == AssessmentState.AGREED;
    }

    /** The titles of the cohort's assessed work (paper milestones, praktijkopdrachten), in schedule order. */
    private Map<ActivityKey, String> assessedTitles(WebRequest request, CohortId cohort) {
        return core.schedule().cohortSchedule(request.actor(), cohort).stream()
                .filter(i -> i.kind() == ActivityKind.PAPER_MILESTONE || i.kind() == ActivityKind.PRACTICE_ASSIGNMENT)
                .collect(Collectors.toMap(ScheduleItem::activity, ScheduleItem::title, (a, b) -> a, LinkedHashMap::new));
    }

    private WebResult releaseAll(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        core.assessments().releaseAll(request.actor(), id);
        return new WebResult.Redirect("/cohorts/" + id.value() + "/marking?notice=releasedAll");
    }

    private WebResult page(WebRequest request) {
        SubmissionId id = new SubmissionId(request.id("submissionId"));
        return markingPage(request, core.assessments().marking(request.actor(), id), Optional.empty(), Optional.empty(), Map.of(), 200);
    }

    private WebResult markingPage(WebRequest request, MarkingView view, Optional<MarkingPage.Typed> typed,
            Optional<MarkingPage.Typed> agreementTyped, Map<String, String> errors, int status) {
        Participant participant = core.enrolment().participant(request.actor(), view.submission().participant());
        Messages messages = Messages.of(request.locale());
        String activity = assessedTitles(request, participant.cohortId()).getOrDefault(view.submission().activity(),
                view.submission().activity().value());
        MarkingPage page = MarkingPage.of(view, participant.cohortId().value(), activity, typed, agreementTyped,
                notice(request, messages), errors, core.zone(), messages);
        Optional<nl.leerlijn.submission.Submission> previousText = view.submission().text().isEmpty() ? Optional.empty()
                : core.submissions().versions(request.actor(), participant.id(), view.submission().activity()).stream()
                        .filter(v -> v.version() < view.submission().version() && v.text().isPresent()).reduce((a, b) -> b);
        Map<String, Object> model = new HashMap<>();
        model.put("view", page);
        model.put("compareWith", previousText.map(v -> v.id().value()).orElse(0L));
        model.put("compareVersion", previousText.map(v -> v.version()).orElse(0));
        model.put("agreementBasedOn", view.version());
        return new WebResult.Page("assessment/marking.ftlh", "marking.title", model, status);
    }

    private WebResult save(WebRequest request) {
        SubmissionId id = new SubmissionId(request.id("submissionId"));
        MarkingView view = core.assessments().marking(request.actor(), id);
        if (view.state() != AssessmentState.NOT_STARTED && view.state() != AssessmentState.IN_MARKING) {
            return closed(request);
        }
        boolean done = request.parameter("action").filter("done"::equals).isPresent();
        Map<String, String> errors = new LinkedHashMap<>();
        MarkingPage.Typed typed = typed(request, view.rubric(), "", errors);
        if (done) {
            view.rubric().criteria().stream().filter(c -> !typed.levels().containsKey(c.key()))
                    .forEach(c -> errors.put("level-" + c.key(), "marking.chooseLevel"));
        }
        if (!errors.isEmpty()) {
            return markingPage(request, view, Optional.of(typed), Optional.empty(), errors, 400);
        }
        int basedOn = request.parameter("basedOn").filter(v -> v.matches("\\d{1,9}")).map(Integer::parseInt).orElse(0);
        try {
            core.assessments().saveMarking(request.actor(), id, typed.levels(), typed.comments(), typed.feedback(), done, basedOn);
        } catch (MarkingChangedMeanwhileException meanwhile) {
            return conflict(request, view, meanwhile);
        }
        return new WebResult.Redirect("/marking/" + id.value() + "?notice=" + (done ? "done" : "saved"));
    }

    /** One side of a conflict: what is saved, or what the person tried to save. */
    private record Side(Map<String, Integer> levels, Map<String, String> comments, String feedback) {
        static final Side NOTHING = new Side(Map.of(), Map.of(), "");
    }

    private WebResult conflict(WebRequest request, MarkingView view, MarkingChangedMeanwhileException meanwhile) {
        Marking saved = meanwhile.saved();
        Marking attempted = meanwhile.attempted();
        String savedAt = Dates.dayAndTime(request.locale()).format(saved.updatedAt().atZone(core.zone()));
        return conflictPage(request, view, "marking.conflict.explain", savedAt,
                new Side(saved.levels(), saved.comments(), saved.feedback()),
                new Side(attempted.levels(), attempted.comments(), attempted.feedback()));
    }

    private WebResult agreementConflict(WebRequest request, MarkingView view, AgreementChangedMeanwhileException meanwhile) {
        Agreement attempted = meanwhile.attempted();
        return conflictPage(request, view, "marking.conflict.agreementExplain", "",
                meanwhile.saved().map(a -> new Side(a.levels(), a.comments(), a.feedback())).orElse(Side.NOTHING),
                new Side(attempted.levels(), attempted.comments(), attempted.feedback()));
    }

    /** The 409 page: what is saved and what the person tried to save, criterion by criterion. Nothing was changed. */
    private WebResult conflictPage(WebRequest request, MarkingView view, String explainKey, String savedAt, Side saved, Side attempted) {
        Messages messages = Messages.of(request.locale());
        List<Map<String, String>> rows = view.rubric().criteria().stream().map(c -> Map.of(
                "title", c.title(),
                "saved", label(c, saved.levels().get(c.key()), messages) + comment(saved.comments().get(c.key())),
                "attempted", label(c, attempted.levels().get(c.key()), messages) + comment(attempted.comments().get(c.key()))))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("submissionId", view.submission().id().value());
        model.put("rows", rows);
        model.put("savedFeedback", saved.feedback());
        model.put("attemptedFeedback", attempted.feedback());
        model.put("savedAt", savedAt);
        model.put("explainKey", explainKey);
        return new WebResult.Page("assessment/conflict.ftlh", "marking.conflict.title", model, 409);
    }

    private static String label(Rubric.Criterion criterion, Integer level, Messages messages) {
        return level == null ? messages.get("marking.noLevel") : criterion.levels().get(level).label();
    }

    private static String comment(String comment) {
        return comment == null || comment.isBlank() ? "" : " – " + comment;
    }

    private WebResult agree(WebRequest request) {
        SubmissionId id = new SubmissionId(request.id("submissionId"));
        MarkingView view = core.assessments().marking(request.actor(), id);
        if (view.role() != AssessorRole.FIRST) {
            throw new nl.leerlijn.access.NotPermittedException(request.actor().userId(), "agree on the result of submission " + id);
        }
        if (!view.allMarked()) {
            return closed(request);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        MarkingPage.Typed typed = typed(request, view.rubric(), "agreed-", errors);
        view.rubric().criteria().stream().filter(c -> !typed.levels().containsKey(c.key()))
                .forEach(c -> errors.put("agreed-level-" + c.key(), "marking.chooseLevel"));
        String reason = typed.reason();
        if (view.agreed().isPresent() && reason.isEmpty()) {
            errors.put("reason", "marking.reasonRequired");
        } else if (reason.length() > MAX_REASON) {
            errors.put("reason", "marking.tooLong");
        }
        if (typed.revision() && view.revisionsLeft() < 1 && !view.agreed().map(a -> a.revisionRequested()).orElse(false)) {
            errors.put("revision", "marking.noRevisionsLeft");
        }
        if (!errors.isEmpty()) {
            return markingPage(request, view, Optional.empty(), Optional.of(typed), errors, 400);
        }
        int basedOn = request.parameter("agreementBasedOn").filter(v -> v.matches("\\d{1,9}")).map(Integer::parseInt).orElse(-1);
        try {
            core.assessments().agree(request.actor(), id, typed.levels(), typed.comments(), typed.feedback(), typed.revision(), reason,
                    basedOn);
        } catch (AgreementChangedMeanwhileException meanwhile) {
            return agreementConflict(request, view, meanwhile);
        }
        return new WebResult.Redirect("/marking/" + id.value() + "?notice=agreed");
    }

    private WebResult release(WebRequest request) {
        SubmissionId id = new SubmissionId(request.id("submissionId"));
        MarkingView view = core.assessments().marking(request.actor(), id);
        if (view.role() != AssessorRole.FIRST) {
            throw new nl.leerlijn.access.NotPermittedException(request.actor().userId(), "release the result of submission " + id);
        }
        if (view.state() != AssessmentState.AGREED) {
            return closed(request);
        }
        core.assessments().release(request.actor(), id);
        return new WebResult.Redirect("/marking/" + id.value() + "?notice=released");
    }

    /** The form a request carries for a rubric: fields {@code <prefix>level-<key>} and {@code <prefix>comment-<key>}. */
    private static MarkingPage.Typed typed(WebRequest request, Rubric rubric, String prefix, Map<String, String> errors) {
        Map<String, Integer> levels = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        for (Rubric.Criterion c : rubric.criteria()) {
            Optional<String> level = request.parameter(prefix + "level-" + c.key()).filter(v -> !v.isBlank());
            if (level.isPresent()) {
                if (level.get().matches("\\d{1,2}") && Integer.parseInt(level.get()) < c.levels().size()) {
                    levels.put(c.key(), Integer.parseInt(level.get()));
                } else {
                    errors.put(prefix + "level-" + c.key(), "marking.chooseLevel");
                }
            }
            String comment = request.parameter(prefix + "comment-" + c.key()).map(String::strip).orElse("");
            if (comment.length() > MAX_COMMENT) {
                errors.put(prefix + "comment-" + c.key(), "marking.tooLong");
            }
            comments.put(c.key(), comment);
        }
        String feedback = request.parameter(prefix + "feedback").map(String::strip).orElse("");
        if (feedback.length() > MAX_FEEDBACK) {
            errors.put(prefix + "feedback", "marking.tooLong");
        }
        return new MarkingPage.Typed(levels, comments, feedback, request.parameter("revision").isPresent(),
                request.parameter("reason").map(String::strip).orElse(""));
    }

    /** The result is agreed (or not yet markable): nothing was changed. */
    private static WebResult closed(WebRequest request) {
        return new WebResult.Page("error.ftlh", "marking.closed.title", Map.of("status", 409, "messageKey", "marking.closed",
                "reference", ""), 409);
    }

    /** One cohort in the examencommissie's list. */
    public record ResultsRow(long cohortId, String name, String programme, String startDate) {
    }

    /** Every cohort, each with its result record, for the examencommissie and administrators. */
    private WebResult results(WebRequest request) {
        DateTimeFormatter day = Dates.day(request.locale());
        List<ResultsRow> rows = core.cohorts().allToExamine(request.actor()).stream()
                .map(c -> new ResultsRow(c.id().value(), c.name(), c.programmeTitle(), day.format(c.startDate()))).toList();
        return new WebResult.Page("assessment/results.ftlh", "results.title", Map.of("rows", rows), 200);
    }

    private WebResult auditCsv(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        List<AuditRecord> trail = core.assessments().auditTrail(request.actor(), id);
        Messages messages = Messages.of(request.locale());
        Map<ActivityKey, String> titles = core.schedule().itemsOf(id).stream()
                .collect(Collectors.toMap(ScheduleItem::activity, ScheduleItem::title, (a, b) -> a));
        DateTimeFormatter at = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        return CsvDownload.of("resultaten-verantwoording-leergang-" + id.value() + ".csv", printer -> {
            printer.printRecord(List.of("audit.csv.at", "audit.csv.participant", "audit.csv.activity", "audit.csv.version",
                    "audit.csv.actor", "audit.csv.actorId", "audit.csv.change", "audit.csv.old", "audit.csv.new", "audit.csv.reason")
                    .stream().map(messages::get).toList());
            for (AuditRecord r : trail) {
                printer.printRecord(at.format(r.entry().at().atZone(core.zone())), safe(r.participantName()),
                        safe(titles.getOrDefault(r.activity(), r.activity().value())), r.version(), safe(r.actorName()),
                        safe(r.entry().actor().value()), messages.get("audit.kind." + kind(r.entry().kind())),
                        r.entry().oldValue().orElse(""), r.entry().newValue().orElse(""), safe(r.entry().reason().orElse("")));
            }
        });
    }

    private static String kind(String kind) {
        return Set.of("MARKING_DONE_FIRST", "MARKING_DONE_SECOND", "RESULT_AGREED", "RELEASED").contains(kind) ? kind : "OTHER";
    }

    private static String safe(String cell) {
        return CsvDownload.safe(cell);
    }

    private static String notice(WebRequest request, Messages messages) {
        return request.parameter("notice").filter(NOTICES::contains).map(n -> messages.get("marking.notice." + n)).orElse("");
    }
}
