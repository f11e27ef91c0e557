package nl.leerlijn.web.extension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.ParticipantNotFoundException;
import nl.leerlijn.extension.Extension;
import nl.leerlijn.extension.ExtensionId;
import nl.leerlijn.extension.ExtensionNotFoundException;
import nl.leerlijn.extension.ExtensionState;
import nl.leerlijn.schedule.ParticipantSchedule;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.ConfirmView;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.Link;
import nl.leerlijn.web.routing.Option;
import nl.leerlijn.web.routing.PageNotFoundException;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * Extensions: a student asks for a later deadline (from the paper page); the cohort's kerndocent sees every request and
 * approves or refuses it, or grants one from the participant's page. Approving and granting ask first.
 */
public final class ExtensionPages implements RouteGroup {
    static final String ACTIVITY = "activity";
    static final String DATE = "date";
    static final String REASON = "reason";
    private static final Set<String> NOTICES = Set.of("approved", "refused", "granted", "alreadyDecided");

    private final LeerlijnCore core;

    /** @param core the use cases */
    public ExtensionPages(LeerlijnCore core) {
        this.core = core;
    }

    /** One extension as the kerndocent sees it. */
    public record Row(long id, long participantId, String participant, String activity, String current, String requested,
            String reason, String stateKey, String tone, boolean open) {
    }

    /** The cohort's extensions. */
    public record ExtensionsView(long cohortId, List<Row> rows, String notice) {
    }

    /** The student's request form, sent back with its problems. */
    public record RequestView(long participantId, String milestone, String current, Form form) {
    }

    /** The kerndocent's form to grant an extension: the participant's deadlines to choose from. */
    public record GrantView(long cohortId, long participantId, String participant, List<Option> deadlines, Form form) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/paper/{participantId}/milestones/{milestone}/extension", this::request),
                Route.get("/cohorts/{cohortId}/extensions", this::list),
                Route.get("/cohorts/{cohortId}/extensions/{extensionId}/{decision}", this::confirmDecision),
                Route.post("/cohorts/{cohortId}/extensions/{extensionId}/{decision}", this::decide),
                Route.get("/cohorts/{cohortId}/participants/{participantId}/extension", this::grantForm),
                Route.post("/cohorts/{cohortId}/participants/{participantId}/extension", this::confirmGrant),
                Route.post("/cohorts/{cohortId}/participants/{participantId}/extension/grant", this::grant));
    }

    private WebResult request(WebRequest request) {
        ParticipantId id = new ParticipantId(request.id("participantId"));
        ActivityKey activity = request.activity("milestone");
        ParticipantSchedule schedule = core.schedule().participantSchedule(request.actor(), id);
        Instant current = deadline(schedule, activity);
        boolean praktijk = request.parameter("from").filter("praktijk"::equals).isPresent();
        String place = praktijk ? "/praktijk" : "/paper";
        Form form = Form.of(request);
        Optional<Instant> due = form.date(DATE).map(this::endOfDay);
        Optional<String> reason = form.required(REASON, 2000);
        due.filter(d -> !d.isAfter(current)).ifPresent(d -> form.reject(DATE, "extension.notLater"));
        if (form.hasErrors()) {
            return WebResult.Page.of("extension/request.ftlh", "extension.request.title", new RequestView(id.value(), activity.value(),
                    format(current, request), form)).status(400).trail(Frames.then(Frames.home(request.messages()),
                    new Link(request.messages().get(praktijk ? "praktijk.title" : "paper.title"), place + "?leergang="
                            + schedule.participant().cohortId().value())));
        }
        core.extensions().request(request.actor(), id, activity, due.get(), reason.get());
        return new WebResult.Redirect(place + "?leergang=" + schedule.participant().cohortId().value()
                + "&notice=extensionRequested#" + (praktijk ? "work-" : "milestone-") + activity.value());
    }

    private WebResult list(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        List<Extension> extensions = core.extensions().inCohort(request.actor(), id);
        Cohort cohort = core.cohorts().cohort(request.actor(), id);
        Map<ParticipantId, Participant> participants = core.enrolment().participants(request.actor(), id).stream()
                .collect(Collectors.toMap(Participant::id, Function.identity()));
        Map<ActivityKey, ScheduleItem> items = core.schedule().cohortSchedule(request.actor(), id).stream()
                .collect(Collectors.toMap(ScheduleItem::activity, Function.identity()));
        List<Row> rows = extensions.stream().map(e -> row(e, participants, items, request)).toList();
        Messages messages = request.messages();
        return WebResult.Page.of("extension/list.ftlh", "extension.list.title", new ExtensionsView(id.value(), rows,
                request.notice("extension.notice.", NOTICES))).trail(Frames.cohort(cohort, messages))
                .in(Frames.cohortMenu(cohort, core.access().in(id, request.actor()), "/cohorts/" + id.value() + "/extensions", messages));
    }

    private Row row(Extension e, Map<ParticipantId, Participant> participants, Map<ActivityKey, ScheduleItem> items, WebRequest request) {
        ScheduleItem item = items.get(e.activity());
        return new Row(e.id().value(), e.participant().value(), participants.get(e.participant()).profile().displayName(),
                item == null ? e.activity().value() : item.title(), item == null ? "" : format(item.at(), request),
                format(e.dueAt(), request), e.reason(), "extension.state." + e.state().name(),
                e.state().applies() ? "success" : e.state() == ExtensionState.REFUSED ? "danger" : "warning",
                e.state() == ExtensionState.REQUESTED);
    }

    private WebResult confirmDecision(WebRequest request) {
        CohortId cohort = new CohortId(request.id("cohortId"));
        boolean approve = decision(request);
        Extension extension = extensionInCohort(request, cohort);
        Participant participant = core.enrolment().participant(request.actor(), extension.participant());
        Messages messages = request.messages();
        String activity = core.schedule().participantSchedule(request.actor(), participant.id()).items().stream()
                .filter(i -> i.activity().equals(extension.activity())).findFirst().map(ScheduleItem::title)
                .orElse(extension.activity().value());
        String path = "/cohorts/" + cohort.value() + "/extensions";
        ConfirmView view = ConfirmView.of(messages.get(approve ? "extension.approve.question" : "extension.refuse.question",
                participant.profile().displayName(), activity, format(extension.dueAt(), request)),
                List.of(messages.get("extension.reasonGiven", extension.reason()),
                        messages.get(approve ? "extension.approve.effect" : "extension.refuse.effect")),
                path + "/" + extension.id().value() + "/" + (approve ? "approve" : "refuse"),
                messages.get(approve ? "extension.approve" : "extension.refuse"), path);
        return WebResult.Page.of("confirm.ftlh", approve ? "extension.approve.title" : "extension.refuse.title", approve ? view
                : view.dangerous()).trail(Frames.then(Frames.cohort(core.cohorts().cohort(request.actor(), cohort), messages),
                new Link(messages.get("extension.list.title"), path)));
    }

    private WebResult decide(WebRequest request) {
        CohortId cohort = new CohortId(request.id("cohortId"));
        boolean approve = decision(request);
        Extension extension = extensionInCohort(request, cohort);
        Extension decided = core.extensions().decide(request.actor(), extension.id(), approve);
        String notice = decided.state().applies() != approve ? "alreadyDecided" : approve ? "approved" : "refused";
        return new WebResult.Redirect("/cohorts/" + cohort.value() + "/extensions?notice=" + notice);
    }

    private WebResult grantForm(WebRequest request) {
        return grantPage(request, participantOfPath(request), Form.initial(Map.of()), 200);
    }

    private WebResult confirmGrant(WebRequest request) {
        Participant participant = participantOfPath(request);
        Form form = Form.of(request);
        Optional<Grant> grant = readGrant(request, participant, form);
        if (grant.isEmpty()) {
            return grantPage(request, participant, form, 400);
        }
        Messages messages = request.messages();
        String base = "/cohorts/" + participant.cohortId().value() + "/participants/" + participant.id().value();
        ConfirmView view = ConfirmView.of(messages.get("extension.grant.question", participant.profile().displayName(), grant.get().title(),
                format(grant.get().due(), request)), List.of(messages.get("extension.grant.from", format(grant.get().current(), request)),
                messages.get("extension.reasonGiven", grant.get().reason()), messages.get("extension.approve.effect")),
                base + "/extension/grant", messages.get("extension.grant"), base)
                .carrying(List.of(new ConfirmView.Hidden(ACTIVITY, form.value(ACTIVITY)), new ConfirmView.Hidden(DATE, form.value(DATE)),
                        new ConfirmView.Hidden(REASON, form.value(REASON))));
        return WebResult.Page.of("confirm.ftlh", "extension.grant.title", view).trail(trail(request, participant));
    }

    private WebResult grant(WebRequest request) {
        Participant participant = participantOfPath(request);
        Form form = Form.of(request);
        Optional<Grant> grant = readGrant(request, participant, form);
        if (grant.isEmpty()) {
            return grantPage(request, participant, form, 400);
        }
        core.extensions().grant(request.actor(), participant.id(), grant.get().activity(), grant.get().due(), grant.get().reason());
        return new WebResult.Redirect("/cohorts/" + participant.cohortId().value() + "/participants/" + participant.id().value());
    }

    /** What a kerndocent filled in to grant an extension, checked against the participant's deadlines. */
    private record Grant(ActivityKey activity, String title, Instant current, Instant due, String reason) {
    }

    private Optional<Grant> readGrant(WebRequest request, Participant participant, Form form) {
        List<ScheduleItem> deadlines = deadlines(request, participant);
        Optional<ScheduleItem> item = form.required(ACTIVITY, 100)
                .flatMap(a -> deadlines.stream().filter(i -> i.activity().value().equals(a)).findFirst());
        if (item.isEmpty()) {
            form.reject(ACTIVITY, "form.invalidChoice");
        }
        Optional<Instant> due = form.date(DATE).map(this::endOfDay);
        Optional<String> reason = form.required(REASON, 2000);
        if (item.isPresent() && due.filter(d -> !d.isAfter(item.get().at())).isPresent()) {
            form.reject(DATE, "extension.notLater");
        }
        if (form.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Grant(item.get().activity(), item.get().title(), item.get().at(), due.get(), reason.get()));
    }

    private WebResult grantPage(WebRequest request, Participant participant, Form form, int status) {
        List<Option> deadlines = deadlines(request, participant).stream()
                .map(i -> new Option(i.activity().value(), i.title() + " (" + format(i.at(), request) + ")")).toList();
        return WebResult.Page.of("extension/grant.ftlh", "extension.grant.title", new GrantView(participant.cohortId().value(),
                participant.id().value(), participant.profile().displayName(), deadlines, form)).status(status)
                .trail(trail(request, participant));
    }

    private List<ScheduleItem> deadlines(WebRequest request, Participant participant) {
        return core.schedule().participantSchedule(request.actor(), participant.id()).items().stream()
                .filter(i -> !i.isSession()).toList();
    }

    private List<Link> trail(WebRequest request, Participant participant) {
        Cohort cohort = core.cohorts().cohort(request.actor(), participant.cohortId());
        return Frames.then(Frames.cohort(cohort, request.messages()), new Link(participant.profile().displayName(),
                "/cohorts/" + cohort.id().value() + "/participants/" + participant.id().value()));
    }

    /** The participant the path names, in the cohort the path names, for those who manage it. */
    private Participant participantOfPath(WebRequest request) {
        ParticipantId id = new ParticipantId(request.id("participantId"));
        Participant participant = core.enrolment().participant(request.actor(), id);
        if (participant.cohortId().value() != request.id("cohortId")) {
            throw new ParticipantNotFoundException(id);
        }
        Permissions permissions = core.access().in(participant.cohortId(), request.actor());
        permissions.require(permissions.mayManage(), "grant an extension to participant " + id);
        return participant;
    }

    private Extension extensionInCohort(WebRequest request, CohortId cohort) {
        ExtensionId id = new ExtensionId(request.id("extensionId"));
        Extension extension = core.extensions().extension(request.actor(), id);
        Participant participant = core.enrolment().participant(request.actor(), extension.participant());
        if (!participant.cohortId().equals(cohort)) {
            throw new ExtensionNotFoundException(id);
        }
        return extension;
    }

    private static boolean decision(WebRequest request) {
        String decision = request.pathParameters().get("decision");
        if (!decision.equals("approve") && !decision.equals("refuse")) {
            throw new PageNotFoundException(request.raw().getRequestURI());
        }
        return decision.equals("approve");
    }

    private static Instant deadline(ParticipantSchedule schedule, ActivityKey activity) {
        return schedule.items().stream().filter(i -> i.activity().equals(activity) && !i.isSession())
                .map(ScheduleItem::at).findFirst().orElseThrow(() -> new PageNotFoundException("/paper/" + activity));
    }

    /** A requested date means the end of that day in the cohort's zone, as deadlines are. */
    private Instant endOfDay(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(23, 59), core.zone()).toInstant();
    }

    private String format(Instant instant, WebRequest request) {
        return Dates.dayAndTime(request.locale()).format(instant.atZone(core.zone()));
    }
}
