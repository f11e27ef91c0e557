package nl.leerlijn.web.extension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.Extension;
import nl.leerlijn.cohort.ExtensionId;
import nl.leerlijn.cohort.ExtensionNotFoundException;
import nl.leerlijn.cohort.Participant;
import nl.leerlijn.cohort.ParticipantId;
import nl.leerlijn.cohort.ScheduleItem;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.PageNotFoundException;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;
import nl.leerlijn.web.render.Dates;

/**
 * Extensions: a student asks for a later deadline (from the paper page); the cohort's kerndocent
 * sees every request and approves or refuses it.
 */
public final class ExtensionPages implements RouteGroup {
    static final String DATE = "date";
    static final String REASON = "reason";

    private final LeerlijnCore core;

    /** @param core the use cases */
    public ExtensionPages(LeerlijnCore core) {
        this.core = core;
    }

    /** One extension as the kerndocent sees it. */
    public record Row(long id, String participant, String activity, String current, String requested, String reason,
            String stateKey, String tone, boolean open) {
    }

    /** The cohort's extensions. */
    public record ExtensionsView(long cohortId, String cohortName, List<Row> rows, String notice) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/paper/{participantId}/milestones/{milestone}/extension", this::request),
                Route.get("/cohorts/{cohortId}/extensions", this::list),
                Route.post("/cohorts/{cohortId}/extensions/{extensionId}/{decision}", this::decide));
    }

    private WebResult request(WebRequest request) {
        Participant participant = core.enrolment().participant(request.actor(), new ParticipantId(request.id("participantId")));
        if (!participant.userId().equals(request.actor().userId())) {
            throw new NotPermittedException(request.actor().userId(), "ask an extension for participant " + participant.id());
        }
        String milestone = request.pathParameters().get("milestone");
        if (!ActivityKey.isValid(milestone)) {
            throw new PageNotFoundException(request.raw().getRequestURI());
        }
        ActivityKey activity = new ActivityKey(milestone);
        Instant current = deadline(participant, activity);
        Form form = Form.of(request);
        Optional<Instant> due = form.required(DATE, 20).flatMap(d -> endOfDay(d, form));
        Optional<String> reason = form.required(REASON, 2000);
        due.filter(d -> !d.isAfter(current)).ifPresent(d -> form.reject(DATE, "extension.notLater"));
        if (form.hasErrors()) {
            return new WebResult.Page("extension/request.ftlh", "extension.request.title", Map.of("form", form,
                    "participantId", participant.id().value(), "milestone", milestone, "current", format(current, request)), 400);
        }
        core.extensions().request(request.actor(), participant.id(), activity, due.get(), reason.get());
        return new WebResult.Redirect("/paper?leergang=" + participant.cohortId().value() + "&notice=extensionRequested#milestone-"
                + milestone);
    }

    private WebResult list(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        Cohort cohort = core.cohorts().cohort(request.actor(), id);
        if (!core.cohorts().mayManage(request.actor(), id)) {
            throw new NotPermittedException(request.actor().userId(), "decide extensions in cohort " + id);
        }
        Map<ParticipantId, Participant> participants = core.enrolment().participantsOf(id).stream()
                .collect(Collectors.toMap(Participant::id, Function.identity()));
        Map<ActivityKey, ScheduleItem> items = core.schedule().itemsOf(id).stream()
                .collect(Collectors.toMap(ScheduleItem::activity, Function.identity()));
        List<Row> rows = core.extensions().inCohort(request.actor(), id).stream().map(e -> row(e, participants, items, request)).toList();
        String notice = request.parameter("notice").filter(n -> n.equals("approved") || n.equals("refused"))
                .map(n -> nl.leerlijn.web.render.Messages.of(request.locale()).get("extension.notice." + n)).orElse("");
        return WebResult.Page.of("extension/list.ftlh", "extension.list.title", new ExtensionsView(id.value(), cohort.name(), rows, notice));
    }

    private Row row(Extension e, Map<ParticipantId, Participant> participants, Map<ActivityKey, ScheduleItem> items, WebRequest request) {
        ScheduleItem item = items.get(e.activity());
        return new Row(e.id().value(), participants.get(e.participant()).profile().displayName(),
                item == null ? e.activity().value() : item.title(), item == null ? "" : format(item.at(), request),
                format(e.dueAt(), request), e.reason(), "extension.state." + e.state().name(),
                e.state().applies() ? "success" : e.state().name().equals("REFUSED") ? "danger" : "warning",
                e.state().name().equals("REQUESTED"));
    }

    private WebResult decide(WebRequest request) {
        CohortId cohort = new CohortId(request.id("cohortId"));
        ExtensionId id = new ExtensionId(request.id("extensionId"));
        String decision = request.pathParameters().get("decision");
        if (!decision.equals("approve") && !decision.equals("refuse")) {
            throw new PageNotFoundException(request.raw().getRequestURI());
        }
        boolean inCohort = core.extensions().inCohort(request.actor(), cohort).stream().anyMatch(e -> e.id().equals(id));
        if (!inCohort) {
            throw new ExtensionNotFoundException(id);
        }
        core.extensions().decide(request.actor(), id, decision.equals("approve"));
        return new WebResult.Redirect("/cohorts/" + cohort.value() + "/extensions?notice=" + (decision.equals("approve") ? "approved" : "refused"));
    }

    private Instant deadline(Participant participant, ActivityKey activity) {
        return core.schedule().itemsFor(participant).stream().filter(i -> i.activity().equals(activity) && !i.isSession())
                .map(ScheduleItem::at).findFirst().orElseThrow(() -> new PageNotFoundException("/paper/" + activity));
    }

    /** A requested date means the end of that day in the cohort's zone, as deadlines are. */
    private Optional<Instant> endOfDay(String text, Form form) {
        try {
            return Optional.of(ZonedDateTime.of(LocalDate.parse(text), LocalTime.of(23, 59), core.zone()).toInstant());
        } catch (DateTimeParseException e) {
            form.reject(DATE, "form.invalidDate");
            return Optional.empty();
        }
    }

    private String format(Instant instant, WebRequest request) {
        return Dates.dayAndTime(request.locale()).format(instant.atZone(core.zone()));
    }
}
