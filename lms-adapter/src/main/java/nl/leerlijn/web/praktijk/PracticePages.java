package nl.leerlijn.web.praktijk;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.assessment.ReleasedResult;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.extension.Extension;
import nl.leerlijn.intervisie.CaseRefusedException;
import nl.leerlijn.praktijk.Measure;
import nl.leerlijn.praktijk.Outcomes;
import nl.leerlijn.praktijk.OutcomesRefusedException;
import nl.leerlijn.praktijk.PracticeWork;
import nl.leerlijn.praktijk.Supervisor;
import nl.leerlijn.praktijk.SupervisorRequest;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.SubmitOutcome;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.submission.VersionExtra;
import nl.leerlijn.submission.WorkItem;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.web.enrolment.Participations;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.ConfirmView;
import nl.leerlijn.web.routing.ErrorView;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.routing.Link;
import nl.leerlijn.web.routing.Option;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;
import nl.leerlijn.web.submission.PaperPages;
import nl.leerlijn.web.submission.PaperView;

/**
 * The participant's praktijkopdrachten: the assignment with its goals, the duo (proposing a partner), the shared plan and
 * report (uploading with outcomes, handing in), the own reflection, and the werkbegeleider (naming them, sending and
 * resending the signed link).
 */
public final class PracticePages implements RouteGroup {
    static final int MEASURE_ROWS = 3;
    private static final Set<String> NOTICES = Set.of("stored", "alreadyStored", "submitted", "alreadySubmitted", "closed",
            "extensionRequested", "partnerProposed", "reflectionSaved", "supervisorSaved", "confirmationSent");
    private static final int MAX_TEXT = 200_000;

    private final LeerlijnCore core;

    /** @param core the use cases */
    public PracticePages(LeerlijnCore core) {
        this.core = core;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/praktijk", this::page),
                Route.streamingPost("/praktijk/{participantId}/{activity}/versions", this::upload),
                Route.get("/praktijk/versions/{submissionId}/submit", this::confirmSubmit),
                Route.post("/praktijk/versions/{submissionId}/submit", this::submit),
                Route.post("/praktijk/versions/{submissionId}/confirmation", this::requestConfirmation),
                Route.post("/praktijk/{participantId}/{activity}/partner", this::proposePartner),
                Route.post("/praktijk/{participantId}/{activity}/reflection", this::saveReflection),
                Route.post("/praktijk/{participantId}/{activity}/werkbegeleider", this::nameSupervisor));
    }

    private WebResult page(WebRequest request) {
        return practicePage(request, Participations.chosen(core, request), "", "", Optional.empty(), Map.of(), 200);
    }

    private WebResult practicePage(WebRequest request, Optional<Participant> participant, String problem, Optional<ActivityKey> typedFor,
            Map<String, String> typed, int status) {
        return practicePage(request, participant, problem, "", typedFor, typed, status);
    }

    private WebResult practicePage(WebRequest request, Optional<Participant> participant, String problem, String problemField,
            Optional<ActivityKey> typedFor, Map<String, String> typed, int status) {
        Messages messages = request.messages();
        if (participant.isEmpty()) {
            return WebResult.Page.of("error.ftlh", "praktijk.title", new ErrorView(200, "home.noCohorts", "")).trail(Frames.home(messages));
        }
        Participant p = participant.get();
        DateTimeFormatter format = Dates.dayAndTime(request.locale());
        Map<ActivityKey, List<PaperView.ExtensionView>> extensions = core.extensions().ofParticipant(request.actor(), p.id()).stream()
                .collect(Collectors.groupingBy(Extension::activity, Collectors.mapping(e -> new PaperView.ExtensionView(
                        format.format(e.dueAt().atZone(core.zone())), "extension.state." + e.state().name()), Collectors.toList())));
        Map<SubmissionId, ReleasedResult> results = core.assessments().releasedResults(request.actor(), p.id());
        Function<Submission, PaperView.ResultView> resultOf = s -> Optional.ofNullable(results.get(s.id()))
                .map(r -> PaperPages.result(r, messages, format, core.zone())).orElse(PaperView.ResultView.NONE);
        Map<ActivityKey, WorkItem> work = core.submissions().work(request.actor(), p.id(), ActivityKind.PRACTICE_ASSIGNMENT).stream()
                .collect(Collectors.toMap(w -> w.activity().key(), w -> w));
        List<PracticeWork> practice = core.practice().work(request.actor(), p.id());
        Map<ParticipantId, String> names = new LinkedHashMap<>();
        names.put(p.id(), p.profile().displayName());
        practice.forEach(w -> w.partners().forEach(partner -> names.put(partner.id(), partner.profile().displayName())));
        Function<Submission, String> uploader = s -> s.uploadedBy().map(id -> names.getOrDefault(id, "")).orElse("");
        List<PracticeView.AssignmentView> assignments = practice.stream().map(w -> {
            boolean confirmed = w.duo().filter(d -> d.confirmed()).isPresent();
            boolean canUpload = p.isActive() && (!w.sharedByDuo() || confirmed);
            Function<WorkItem, PaperView.MilestoneView> milestone = item -> PaperView.milestone(item.activity().key().value(),
                    item.activity().title(), item.deadline().orElse(Instant.EPOCH), item.open() && canUpload, item.versions(),
                    extensions.getOrDefault(item.activity().key(), List.of()), item.revisionUntil(), resultOf, uploader, core.zone(),
                    request.locale());
            WorkItem report = work.get(w.assignment().key());
            Optional<WorkItem> plan = w.plan().map(a -> work.get(a.key()));
            Map<String, PracticeView.OutcomeView> outcomes = new LinkedHashMap<>();
            report.versions().forEach(v -> Optional.ofNullable(w.outcomes().get(v.sharedKey()))
                    .ifPresent(o -> outcomes.put(Long.toString(v.id().value()), outcome(o))));
            Optional<Submission> newest = report.versions().stream().filter(Submission::handedIn).reduce((a, b) -> b);
            long confirmable = newest.map(v -> v.id().value()).orElse(0L);
            boolean newestConfirmed = newest.flatMap(v -> w.requests().stream().filter(r -> r.shared().equals(v.sharedKey()))
                    .reduce((a, b) -> b)).filter(r -> r.decision().filter(nl.leerlijn.praktijk.Decision.CONFIRMED::equals).isPresent())
                    .isPresent();
            String duoState = !w.sharedByDuo() ? "" : "praktijk.duo." + (w.duo().isEmpty() ? "NONE" : confirmed ? "CONFIRMED" : "PROPOSED");
            List<PracticeView.RequestView> requests = new ArrayList<>(w.requests().stream().map(r -> request(r, report, format, messages)).toList());
            java.util.Collections.reverse(requests);
            return new PracticeView.AssignmentView(w.assignment().key().value(), w.assignment().title(), w.assignment().description(),
                    w.assignment().goals(), w.sharedByDuo(), duoState,
                    w.partners().stream().map(x -> x.profile().displayName()).collect(Collectors.joining(" " + messages.get("praktijk.and") + " ")),
                    w.candidates().stream().map(c -> new Option(Long.toString(c.id().value()), c.profile().displayName() + " ("
                            + c.profile().organisation().name() + ")")).toList(),
                    canUpload, plan.map(milestone).orElse(null), plan.isPresent(), w.plan().map(Activity::steps).orElse(List.of()),
                    milestone.apply(report), outcomes, w.reflection(),
                    w.reflectionOpen(),
                    w.supervisor().map(s -> new PracticeView.SupervisorForm(true, s.name(), s.email(), s.organisation(), s.function()))
                            .orElse(new PracticeView.SupervisorForm(false, "", "", "", "")),
                    requests, confirmable, newestConfirmed, typedFor.filter(w.assignment().key()::equals).isPresent()
                            || typedFor.filter(k -> w.plan().map(Activity::key).filter(k::equals).isPresent()).isPresent() ? typed : Map.of());
        }).toList();
        return WebResult.Page.of("praktijk/praktijk.ftlh", "praktijk.title", new PracticeView(p.id().value(), p.cohortId().value(),
                p.isActive(), assignments, request.notice("praktijk.notice.", NOTICES), problem, problemField)).status(status)
                .trail(Frames.home(messages));
    }

    static PracticeView.OutcomeView outcome(Outcomes o) {
        return new PracticeView.OutcomeView(o.targetGroup(), o.sessions().isPresent() ? Integer.toString(o.sessions().getAsInt()) : "",
                o.participantsReached().isPresent() ? Integer.toString(o.participantsReached().getAsInt()) : "",
                o.measures().stream().map(m -> new PracticeView.MeasureView(m.name(), m.value())).toList(), o.clientVoices());
    }

    private PracticeView.RequestView request(SupervisorRequest r, WorkItem report, DateTimeFormatter format, Messages messages) {
        SupervisorRequest.State state = r.state(core.clock().instant());
        int version = report.versions().stream().filter(v -> v.id().equals(r.submission()) || v.sharedKey().equals(r.shared()))
                .map(Submission::version).findFirst().orElse(0);
        String tone = switch (state) {
            case CONFIRMED -> "success";
            case DECLINED, EXPIRED -> "warning";
            case OPEN -> "info";
            case REPLACED -> "neutral";
        };
        return new PracticeView.RequestView(version, r.supervisor().name() + " (" + r.supervisor().email() + ")",
                format.format(r.createdAt().atZone(core.zone())), "praktijk.request.state." + state.name(), tone,
                format.format(r.expiresAt().atZone(core.zone())), r.remark(),
                r.decidedAt().map(t -> format.format(t.atZone(core.zone()))).orElse(""));
    }

    private WebResult upload(WebRequest request) {
        ParticipantId id = new ParticipantId(request.id("participantId"));
        ActivityKey activity = request.activity("activity");
        String key = request.parameter("key").filter(k -> k.length() <= 100).orElse(UUID.randomUUID().toString());
        Optional<String> text = request.parameter("text").map(t -> t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t);
        Map<String, String> typed = typed(request);
        Participant participant = core.enrolment().participant(request.actor(), id);
        VersionExtra extra;
        try {
            extra = core.practice().outcomes(request.actor(), id, activity, outcomes(typed), text);
        } catch (CaseRefusedException refused) {
            Messages messages = request.messages();
            String where = refused.findings().keySet().stream().map(field -> messages.get(switch (field) {
                case "targetGroup" -> "praktijk.outcomes.targetGroup";
                case "clientVoices" -> "praktijk.outcomes.clientVoices";
                default -> "praktijk.report.text";
            })).distinct().map(label -> "\u201c" + label + "\u201d").collect(Collectors.joining(", "));
            String field = refused.findings().keySet().stream().findFirst().map(f -> switch (f) {
                case "targetGroup" -> "target-";
                case "clientVoices" -> "voices-";
                default -> "text-";
            }).orElse("text-") + activity.value();
            String title = core.submissions().work(request.actor(), id, ActivityKind.PRACTICE_ASSIGNMENT).stream()
                    .filter(w -> w.activity().key().equals(activity)).findFirst().map(w -> w.activity().title()).orElse(activity.value());
            return practicePage(request, Optional.of(participant), messages.get("praktijk.refused.identifiesIn", where, title), field,
                    Optional.of(activity), typed, 400);
        } catch (OutcomesRefusedException refused) {
            String problem = refused.problems().stream().map(request.messages()::get).collect(Collectors.joining(" "));
            return practicePage(request, Optional.of(participant), problem, Optional.of(activity), typed, 400);
        } catch (NumberFormatException notANumber) {
            return practicePage(request, Optional.of(participant), request.messages().get("praktijk.outcomes.number"),
                    Optional.of(activity), typed, 400);
        }
        UploadOutcome outcome = core.submissions().upload(request.actor(), id, activity, key, PaperPages.uploads(request), text, extra);
        if (outcome instanceof UploadOutcome.Refused refused) {
            String problem = request.messages().get("paper.refused." + refused.reason().name(), refused.fileName(),
                    PaperView.size(core.submissions().policy().maxBytes(), request.locale()));
            return practicePage(request, Optional.of(participant), problem, Optional.of(activity), typed,
                    refused.reason() == UploadOutcome.Refusal.TOO_LARGE ? 413 : 400);
        }
        String notice = outcome instanceof UploadOutcome.Stored ? "stored" : "alreadyStored";
        return back(participant, notice, activity);
    }

    private static Map<String, String> typed(WebRequest request) {
        Map<String, String> typed = new LinkedHashMap<>();
        List<String> fields = new ArrayList<>(List.of("text", "targetGroup", "sessions", "reached", "clientVoices"));
        for (int i = 1; i <= MEASURE_ROWS; i++) {
            fields.add("measureName" + i);
            fields.add("measureValue" + i);
        }
        for (String field : fields) {
            typed.put(field, request.parameter(field).map(String::strip).map(v -> v.length() > MAX_TEXT ? v.substring(0, MAX_TEXT) : v)
                    .orElse(""));
        }
        return typed;
    }

    /** @throws NumberFormatException when a count is not a whole number */
    private static Outcomes outcomes(Map<String, String> typed) {
        List<Measure> measures = new ArrayList<>();
        for (int i = 1; i <= MEASURE_ROWS; i++) {
            String name = typed.get("measureName" + i);
            String value = typed.get("measureValue" + i);
            if (!name.isEmpty() || !value.isEmpty()) {
                measures.add(new Measure(name, value));
            }
        }
        return new Outcomes(typed.get("targetGroup"), count(typed.get("sessions")), count(typed.get("reached")), measures,
                typed.get("clientVoices"));
    }

    private static OptionalInt count(String value) {
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!value.matches("\\d{1,6}")) {
            throw new NumberFormatException(value);
        }
        return OptionalInt.of(Integer.parseInt(value));
    }

    private WebResult confirmSubmit(WebRequest request) {
        Submission version = core.submissions().ownVersion(request.actor(), new SubmissionId(request.id("submissionId")));
        Participant participant = core.enrolment().participant(request.actor(), version.participant());
        Messages messages = request.messages();
        String title = core.submissions().work(request.actor(), participant.id(), ActivityKind.PRACTICE_ASSIGNMENT).stream()
                .filter(w -> w.activity().key().equals(version.activity())).findFirst().map(w -> w.activity().title())
                .orElseThrow(() -> new nl.leerlijn.submission.SubmissionNotFoundException(version.id()));
        String back = "/praktijk?leergang=" + participant.cohortId().value() + "#work-" + version.activity().value();
        List<String> effects = new ArrayList<>(List.of(messages.get("submit.frozen"), messages.get("submit.assessors")));
        if (version.shared().isPresent()) {
            effects.add(messages.get("praktijk.submit.forBoth"));
        }
        ConfirmView view = ConfirmView.of(messages.get("submit.question", version.version(), title), effects,
                "/praktijk/versions/" + version.id().value() + "/submit", messages.get("paper.submit", version.version()), back);
        return WebResult.Page.of("confirm.ftlh", "submit.title", view)
                .trail(Frames.then(Frames.home(messages), new Link(messages.get("praktijk.title"), "/praktijk?leergang="
                        + participant.cohortId().value())));
    }

    private WebResult submit(WebRequest request) {
        SubmitOutcome outcome = core.submissions().submit(request.actor(), new SubmissionId(request.id("submissionId")));
        Participant participant = core.enrolment().participant(request.actor(), outcome.submission().participant());
        String notice = outcome instanceof SubmitOutcome.Submitted ? "submitted"
                : outcome instanceof SubmitOutcome.AlreadySubmitted ? "alreadySubmitted" : "closed";
        return back(participant, notice, outcome.submission().activity());
    }

    private WebResult requestConfirmation(WebRequest request) {
        SupervisorRequest sent = core.practice().requestConfirmation(request.actor(), new SubmissionId(request.id("submissionId")));
        Submission version = core.submissions().submission(request.actor(), sent.submission());
        return back(core.enrolment().participant(request.actor(), version.participant()), "confirmationSent", version.activity());
    }

    private WebResult proposePartner(WebRequest request) {
        ParticipantId id = new ParticipantId(request.id("participantId"));
        ActivityKey activity = request.activity("activity");
        Participant participant = core.enrolment().participant(request.actor(), id);
        Optional<Long> partner = request.parameter("partner").filter(v -> v.matches("\\d{1,18}")).map(Long::parseLong).filter(v -> v > 0);
        if (partner.isEmpty()) {
            return practicePage(request, Optional.of(participant), request.messages().get("praktijk.partner.choose"), Optional.empty(),
                    Map.of(), 400);
        }
        core.practice().proposePartner(request.actor(), id, activity, new ParticipantId(partner.get()));
        return back(participant, "partnerProposed", activity);
    }

    private WebResult saveReflection(WebRequest request) {
        ParticipantId id = new ParticipantId(request.id("participantId"));
        ActivityKey activity = request.activity("activity");
        Participant participant = core.enrolment().participant(request.actor(), id);
        String text = request.parameter("reflection").orElse("");
        if (text.isBlank() || text.length() > nl.leerlijn.praktijk.PracticeService.MAX_REFLECTION) {
            return practicePage(request, Optional.of(participant), request.messages().get("praktijk.reflection.required"),
                    Optional.of(activity), Map.of("reflection", text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text), 400);
        }
        try {
            core.practice().saveReflection(request.actor(), id, activity, text);
        } catch (CaseRefusedException refused) {
            return practicePage(request, Optional.of(participant), request.messages().get("praktijk.refused.identifies"),
                    Optional.of(activity), Map.of("reflection", text), 400);
        }
        return back(participant, "reflectionSaved", activity);
    }

    private WebResult nameSupervisor(WebRequest request) {
        ParticipantId id = new ParticipantId(request.id("participantId"));
        ActivityKey activity = request.activity("activity");
        Participant participant = core.enrolment().participant(request.actor(), id);
        Form form = Form.of(request);
        Optional<String> name = form.required("name", nl.leerlijn.praktijk.PracticeService.MAX_SUPERVISOR_NAME);
        Optional<String> email = form.required("email", 320);
        Optional<String> organisation = form.required("organisation", 200);
        Optional<String> function = form.required("function", 200);
        email.filter(e -> !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")).ifPresent(e -> form.reject("email", "form.invalidEmail"));
        for (String field : List.of("name", "organisation", "function")) {
            form.optional(field).filter(nl.leerlijn.praktijk.PracticeService::looksLikeALink)
                    .ifPresent(v -> form.reject(field, "praktijk.supervisor.noLinks"));
        }
        if (form.hasErrors()) {
            String problem = form.getErrors().values().stream().distinct().map(request.messages()::get).collect(Collectors.joining(" "));
            return practicePage(request, Optional.of(participant), problem, Optional.of(activity), form.getValues(), 400);
        }
        core.practice().nameSupervisor(request.actor(), id, activity, new Supervisor(name.get(), email.get(), organisation.get(),
                function.get()));
        return back(participant, "supervisorSaved", activity);
    }

    private static WebResult back(Participant participant, String notice, ActivityKey activity) {
        return new WebResult.Redirect("/praktijk?leergang=" + participant.cohortId().value() + "&notice=" + notice + "#work-"
                + activity.value());
    }
}
