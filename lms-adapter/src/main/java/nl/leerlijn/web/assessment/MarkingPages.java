package nl.leerlijn.web.assessment;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.assessment.Agreement;
import nl.leerlijn.assessment.AgreementChangedMeanwhileException;
import nl.leerlijn.assessment.AssessmentService;
import nl.leerlijn.assessment.AssessmentState;
import nl.leerlijn.assessment.AssessorRole;
import nl.leerlijn.assessment.InvalidMarkingException;
import nl.leerlijn.assessment.Marking;
import nl.leerlijn.assessment.MarkingChangedMeanwhileException;
import nl.leerlijn.assessment.MarkingQueue;
import nl.leerlijn.assessment.MarkingView;
import nl.leerlijn.assessment.QueueEntry;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.Rubric;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Results;
import nl.leerlijn.web.routing.ConfirmView;
import nl.leerlijn.web.routing.Link;
import nl.leerlijn.web.routing.Option;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * Assessing handed-in work: the cohort's marking queue, the marking page (document beside the rubric), comparing the two
 * markings and recording the agreed result, and releasing results (one, or the whole cohort; both asked first).
 */
public final class MarkingPages implements RouteGroup {
    private static final Set<String> NOTICES = Set.of("saved", "done", "agreed", "released", "releasedAll");
    private static final String MINE = "mine";

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
    public record QueueView(long cohortId, String roleKey, boolean first, boolean secondAssessor, List<Option> activities,
            List<Option> states, String activity, String state, List<QueueRow> rows, int total, int agreed, String notice) {
    }

    /** The 409 page: what is saved and what the person tried to save, criterion by criterion. Nothing was changed. */
    public record ConflictView(long submissionId, String explain, List<ConflictRow> rows, String savedFeedback, String attemptedFeedback) {
    }

    /** One criterion on the 409 page. */
    public record ConflictRow(String title, String saved, String attempted) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cohorts/{cohortId}/marking", this::queue),
                Route.get("/cohorts/{cohortId}/marking/release", this::confirmReleaseAll),
                Route.post("/cohorts/{cohortId}/marking/release", this::releaseAll),
                Route.get("/marking/{submissionId}", this::page),
                Route.post("/marking/{submissionId}", this::save),
                Route.post("/marking/{submissionId}/agreement", this::agree),
                Route.get("/marking/{submissionId}/release", this::confirmRelease),
                Route.post("/marking/{submissionId}/release", this::release));
    }

    private WebResult queue(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        MarkingQueue queue = core.assessments().queue(request.actor(), id);
        Messages messages = request.messages();
        Map<String, String> titles = new LinkedHashMap<>();
        queue.assessed().forEach(a -> titles.put(a.key().value(), a.title()));
        String activity = request.choice("onderdeel", titles.keySet()).orElse("");
        Set<String> states = new java.util.HashSet<>(Set.of(MINE));
        for (AssessmentState s : AssessmentState.values()) {
            states.add(s.name());
        }
        String state = request.choice("status", states).orElse("");
        DateTimeFormatter format = Dates.dayAndTime(request.locale());
        List<QueueRow> rows = queue.entries().stream()
                .filter(e -> activity.isEmpty() || e.activity().value().equals(activity))
                .filter(e -> state.isEmpty() || (state.equals(MINE) ? waitingFor(queue.role(), e) : e.state().name().equals(state)))
                .map(e -> new QueueRow(e.submission().value(), e.participantName(), titles.getOrDefault(e.activity().value(),
                        e.activity().value()), e.version(), format.format(e.submittedAt().atZone(core.zone())), e.late(),
                        "marking.state." + e.state().name(), Results.tone(e.state()), e.firstDone(), e.secondDone(),
                        waitingFor(queue.role(), e)))
                .toList();
        List<Option> activities = new ArrayList<>(List.of(new Option("", messages.get("marking.filter.allActivities"))));
        titles.forEach((key, title) -> activities.add(new Option(key, title)));
        List<Option> stateOptions = new ArrayList<>(List.of(new Option("", messages.get("marking.filter.allStates")),
                new Option(MINE, messages.get("marking.filter.mine"))));
        for (AssessmentState s : AssessmentState.values()) {
            stateOptions.add(new Option(s.name(), messages.get("marking.state." + s.name())));
        }
        int agreed = (int) queue.entries().stream().filter(e -> e.state() == AssessmentState.AGREED).count();
        QueueView view = new QueueView(id.value(), "marking.role." + queue.role().name(), queue.role() == AssessorRole.FIRST,
                queue.secondAssessor(), activities, stateOptions, activity, state, rows, queue.entries().size(), agreed,
                request.notice("marking.notice.", NOTICES));
        return WebResult.Page.of("assessment/queue.ftlh", "marking.queue.title", view).trail(Frames.cohort(queue.cohort(), messages))
                .in(Frames.cohortMenu(queue.cohort(), core.access().in(id, request.actor()), "/cohorts/" + id.value() + "/marking",
                        messages));
    }

    /** Whether the viewer still has to mark (or, as kerndocent, agree or release) this version. */
    private static boolean waitingFor(AssessorRole role, QueueEntry entry) {
        if (role == AssessorRole.SECOND) {
            return !entry.secondDone() && (entry.state() == AssessmentState.NOT_STARTED || entry.state() == AssessmentState.IN_MARKING);
        }
        return entry.state() == AssessmentState.NOT_STARTED || entry.state() == AssessmentState.IN_MARKING && !entry.firstDone()
                || entry.state() == AssessmentState.MARKED || entry.state() == AssessmentState.AGREED;
    }

    private WebResult confirmReleaseAll(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        MarkingQueue queue = core.assessments().toReleaseAll(request.actor(), id);
        Messages messages = request.messages();
        long agreed = queue.entries().stream().filter(e -> e.state() == AssessmentState.AGREED).count();
        String path = "/cohorts/" + id.value() + "/marking";
        ConfirmView view = ConfirmView.of(messages.get("release.all.question", agreed, queue.cohort().name()),
                List.of(messages.get("release.effect"), messages.get("release.revision")), path + "/release",
                messages.get("marking.releaseAll", agreed), path);
        return WebResult.Page.of("confirm.ftlh", "marking.releaseAll.heading", view)
                .trail(Frames.then(Frames.cohort(queue.cohort(), messages), new Link(messages.get("marking.queue.title"), path)));
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
        Messages messages = request.messages();
        nl.leerlijn.web.praktijk.EvidenceView practice = view.activity().kind() == nl.leerlijn.curriculum.ActivityKind.PRACTICE_ASSIGNMENT
                ? nl.leerlijn.web.praktijk.EvidenceView.of(core.practice().evidence(request.actor(), view.submission().id()),
                        view.submission().id(), "/marking/", core.zone(), messages)
                : nl.leerlijn.web.praktijk.EvidenceView.NONE;
        MarkingPage page = MarkingPage.of(view, typed, agreementTyped, request.notice("marking.notice.", NOTICES), errors, core.zone(),
                messages, practice);
        return WebResult.Page.of("assessment/marking.ftlh", "marking.title", page).status(status).trail(trail(request, view));
    }

    private List<Link> trail(WebRequest request, MarkingView view) {
        Messages messages = request.messages();
        Cohort cohort = core.cohorts().cohort(request.actor(), view.cohort());
        return Frames.then(Frames.cohort(cohort, messages),
                new Link(messages.get("marking.queue.title"), "/cohorts/" + view.cohort().value() + "/marking"));
    }

    private WebResult save(WebRequest request) {
        SubmissionId id = new SubmissionId(request.id("submissionId"));
        boolean done = request.parameter("action").filter("done"::equals).isPresent();
        Map<String, String> errors = new LinkedHashMap<>();
        MarkingPage.Typed typed = typed(request, "", errors);
        int basedOn = request.parameter("basedOn").filter(v -> v.matches("\\d{1,9}")).map(Integer::parseInt).orElse(0);
        try {
            if (errors.isEmpty()) {
                core.assessments().saveMarking(request.actor(), id, typed.levels(), typed.comments(), typed.feedback(), done, basedOn);
                return new WebResult.Redirect("/marking/" + id.value() + "?notice=" + (done ? "done" : "saved"));
            }
        } catch (InvalidMarkingException refused) {
            errors.putAll(fields(refused, ""));
        } catch (MarkingChangedMeanwhileException meanwhile) {
            return conflict(request, core.assessments().marking(request.actor(), id), meanwhile);
        }
        return markingPage(request, core.assessments().marking(request.actor(), id), Optional.of(typed), Optional.empty(), errors, 400);
    }

    private WebResult agree(WebRequest request) {
        SubmissionId id = new SubmissionId(request.id("submissionId"));
        Map<String, String> errors = new LinkedHashMap<>();
        MarkingPage.Typed typed = typed(request, "agreed-", errors);
        int basedOn = request.parameter("agreementBasedOn").filter(v -> v.matches("\\d{1,9}")).map(Integer::parseInt).orElse(-1);
        try {
            if (errors.isEmpty()) {
                core.assessments().agree(request.actor(), id, typed.levels(), typed.comments(), typed.feedback(), typed.revision(),
                        typed.reason(), basedOn);
                return new WebResult.Redirect("/marking/" + id.value() + "?notice=agreed");
            }
        } catch (InvalidMarkingException refused) {
            errors.putAll(fields(refused, "agreed-"));
        } catch (AgreementChangedMeanwhileException meanwhile) {
            return agreementConflict(request, core.assessments().marking(request.actor(), id), meanwhile);
        }
        return markingPage(request, core.assessments().marking(request.actor(), id), Optional.empty(), Optional.of(typed), errors, 400);
    }

    /** The problems core found, as the form's fields and their messages. */
    private static Map<String, String> fields(InvalidMarkingException refused, String prefix) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.problems().forEach((field, problem) -> {
            String name = field.equals("reason") || field.equals("revision") ? field
                    : field.equals("feedback") || field.startsWith("comment-") ? prefix + field : prefix + "level-" + field;
            errors.put(name, switch (problem) {
                case CHOOSE_LEVEL -> "marking.chooseLevel";
                case REASON_REQUIRED -> "marking.reasonRequired";
                case NO_REVISIONS_LEFT -> "marking.noRevisionsLeft";
                case TOO_LONG -> "marking.tooLong";
            });
        });
        return errors;
    }

    /** One side of a conflict: what is saved, or what the person tried to save. */
    private record Side(Map<String, Integer> levels, Map<String, String> comments, String feedback) {
        static final Side NOTHING = new Side(Map.of(), Map.of(), "");
    }

    private WebResult conflict(WebRequest request, MarkingView view, MarkingChangedMeanwhileException meanwhile) {
        Marking saved = meanwhile.saved();
        Marking attempted = meanwhile.attempted();
        String savedAt = Dates.dayAndTime(request.locale()).format(saved.updatedAt().atZone(core.zone()));
        return conflictPage(request, view, request.messages().get("marking.conflict.explain", savedAt),
                new Side(saved.levels(), saved.comments(), saved.feedback()), new Side(attempted.levels(), attempted.comments(),
                        attempted.feedback()));
    }

    private WebResult agreementConflict(WebRequest request, MarkingView view, AgreementChangedMeanwhileException meanwhile) {
        Agreement attempted = meanwhile.attempted();
        return conflictPage(request, view, request.messages().get("marking.conflict.agreementExplain"),
                meanwhile.saved().map(a -> new Side(a.levels(), a.comments(), a.feedback())).orElse(Side.NOTHING),
                new Side(attempted.levels(), attempted.comments(), attempted.feedback()));
    }

    private WebResult conflictPage(WebRequest request, MarkingView view, String explain, Side saved, Side attempted) {
        Messages messages = request.messages();
        List<ConflictRow> rows = view.rubric().criteria().stream().map(c -> new ConflictRow(c.title(),
                label(c, saved.levels().get(c.key()), messages) + comment(saved.comments().get(c.key())),
                label(c, attempted.levels().get(c.key()), messages) + comment(attempted.comments().get(c.key())))).toList();
        return WebResult.Page.of("assessment/conflict.ftlh", "marking.conflict.title", new ConflictView(view.submission().id().value(),
                explain, rows, saved.feedback(), attempted.feedback())).status(409).trail(trail(request, view));
    }

    private static String label(Rubric.Criterion criterion, Integer level, Messages messages) {
        return level == null || level < 0 || level >= criterion.levels().size() ? messages.get("marking.noLevel")
                : criterion.levels().get(level).label();
    }

    private static String comment(String comment) {
        return comment == null || comment.isBlank() ? "" : " – " + comment;
    }

    private WebResult confirmRelease(WebRequest request) {
        SubmissionId id = new SubmissionId(request.id("submissionId"));
        MarkingView view = core.assessments().toRelease(request.actor(), id);
        Messages messages = request.messages();
        String path = "/marking/" + id.value();
        List<String> details = new ArrayList<>(List.of(messages.get("release.effect")));
        view.agreed().filter(Agreement::revisionRequested).ifPresent(a -> details.add(messages.get("release.revision")));
        ConfirmView confirm = ConfirmView.of(messages.get("release.question", view.participantName(), view.activity().title(),
                view.submission().version(), view.agreed().map(a -> Results.describe(a.score(), messages)).orElse("")), details,
                path + "/release", messages.get("marking.release"), path);
        return WebResult.Page.of("confirm.ftlh", "release.title", confirm)
                .trail(Frames.then(trail(request, view), new Link(messages.get("marking.title"), path)));
    }

    private WebResult release(WebRequest request) {
        SubmissionId id = new SubmissionId(request.id("submissionId"));
        core.assessments().release(request.actor(), id);
        return new WebResult.Redirect("/marking/" + id.value() + "?notice=released");
    }

    /**
     * The rubric form a request carries: fields {@code <prefix>level-<key>} and {@code <prefix>comment-<key>}, whatever
     * criteria they name (core checks them against the rubric); a level that is not a number is a problem here already.
     */
    private static MarkingPage.Typed typed(WebRequest request, String prefix, Map<String, String> errors) {
        Map<String, Integer> levels = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        request.raw().getParameterMap().forEach((name, values) -> {
            String value = values.length == 0 ? "" : values[0].strip();
            if (name.startsWith(prefix + "level-") && !value.isEmpty()) {
                String key = name.substring((prefix + "level-").length());
                if (value.matches("\\d{1,2}")) {
                    levels.put(key, Integer.parseInt(value));
                } else {
                    errors.put(name, "marking.chooseLevel");
                }
            } else if (name.startsWith(prefix + "comment-")) {
                comments.put(name.substring((prefix + "comment-").length()), value);
            }
        });
        String feedback = request.parameter(prefix + "feedback").map(String::strip).orElse("");
        String reason = request.parameter("reason").map(String::strip).orElse("");
        if (reason.length() > AssessmentService.MAX_REASON) {
            errors.put("reason", "marking.tooLong");
        }
        return new MarkingPage.Typed(levels, comments, feedback, request.parameter("revision").isPresent(), reason);
    }
}
