package nl.leerlijn.web.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.schedule.ScheduleChange;
import nl.leerlijn.schedule.ScheduleChangeEffect;
import nl.leerlijn.schedule.ScheduleChangedMeanwhileException;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.schedule.ScheduleItemId;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Places;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.Link;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * A cohort's schedule, and moving a session or changing a deadline: form, effect preview, save. The preview carries the
 * typed values to the confirmation, so no node keeps state in between. An online session's place is its meeting link.
 */
public final class SchedulePages implements RouteGroup {
    static final String DATE = "date";
    static final String TIME = "time";
    static final String LOCATION = "location";
    /** The moment the preview showed as current, so a save after someone else's move is refused. */
    private static final String SEEN = "seen";

    private final LeerlijnCore core;

    /** @param core the use cases */
    public SchedulePages(LeerlijnCore core) {
        this.core = core;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cohorts/{cohortId}/schedule", this::schedule),
                Route.get("/cohorts/{cohortId}/schedule/{itemId}", this::editForm),
                Route.post("/cohorts/{cohortId}/schedule/{itemId}/preview", this::preview),
                Route.post("/cohorts/{cohortId}/schedule/{itemId}", this::save));
    }

    private WebResult schedule(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        Cohort cohort = core.cohorts().cohort(request.actor(), id);
        Messages messages = request.messages();
        List<ScheduleViews.ItemRow> rows = core.schedule().cohortSchedule(request.actor(), id).stream()
                .map(i -> ScheduleViews.row(i, core.zone(), messages)).toList();
        Permissions permissions = core.access().in(id, request.actor());
        ScheduleViews.ScheduleView view = new ScheduleViews.ScheduleView(id.value(), rows, permissions.mayManage(),
                request.notice("notice.", Set.of("moved")));
        return WebResult.Page.of("schedule/schedule.ftlh", "schedule.title", view).trail(Frames.cohort(cohort, messages))
                .in(Frames.cohortMenu(cohort, permissions, "/cohorts/" + id.value() + "/schedule", messages));
    }

    private WebResult editForm(WebRequest request) {
        ScheduleItem item = managedItem(request);
        ZonedDateTime at = item.at().atZone(core.zone());
        Form form = Form.initial(Map.of(DATE, at.toLocalDate().toString(), TIME, at.toLocalTime().toString(),
                LOCATION, item.location().orElse("")));
        return editPage(request, item, form, 200);
    }

    private WebResult preview(WebRequest request) {
        ScheduleItem item = managedItem(request);
        Form form = Form.of(request);
        Optional<ScheduleChange> change = read(form, item);
        if (change.isEmpty()) {
            return editPage(request, item, form, 400);
        }
        ScheduleChangeEffect effect = core.schedule().preview(request.actor(), item.cohortId(), change.get());
        return WebResult.Page.of("schedule/preview.ftlh", "schedule.preview.title",
                ScheduleViews.effect(item.cohortId().value(), effect, core.zone(), request.messages(), form)).trail(trail(request, item));
    }

    private WebResult save(WebRequest request) {
        ScheduleItem item = managedItem(request);
        Form form = Form.of(request);
        Optional<ScheduleChange> change = read(form, item);
        if (change.isEmpty()) {
            return editPage(request, item, form, 400);
        }
        Optional<Instant> seen = request.parameter(SEEN).flatMap(SchedulePages::instant);
        ScheduleChange checked = new ScheduleChange(change.get().item(), change.get().at(), change.get().location(), seen);
        try {
            core.schedule().reschedule(request.actor(), item.cohortId(), checked);
        } catch (ScheduleChangedMeanwhileException meanwhile) {
            Messages messages = request.messages();
            return WebResult.Page.of("schedule/conflict.ftlh", "schedule.conflict.title", new ScheduleViews.ConflictView(
                    item.cohortId().value(), ScheduleViews.row(meanwhile.current(), core.zone(), messages),
                    ScheduleViews.row(meanwhile.attempted(), core.zone(), messages))).status(409).trail(trail(request, item));
        }
        return new WebResult.Redirect("/cohorts/" + item.cohortId().value() + "/schedule?notice=moved");
    }

    private WebResult editPage(WebRequest request, ScheduleItem item, Form form, int status) {
        return WebResult.Page.of("schedule/edit.ftlh", item.isSession() ? "schedule.edit.session" : "schedule.edit.deadline",
                new ScheduleViews.EditView(item.cohortId().value(), ScheduleViews.row(item, core.zone(), request.messages()), form))
                .status(status).trail(trail(request, item));
    }

    private List<Link> trail(WebRequest request, ScheduleItem item) {
        Messages messages = request.messages();
        Cohort cohort = core.cohorts().cohort(request.actor(), item.cohortId());
        return Frames.then(Frames.cohort(cohort, messages),
                new Link(messages.get("schedule.title"), "/cohorts/" + item.cohortId().value() + "/schedule"));
    }

    /** The item the path names, in the cohort the path names, for a kerndocent of that cohort. */
    private ScheduleItem managedItem(WebRequest request) {
        CohortId cohort = new CohortId(request.id("cohortId"));
        ScheduleItemId id = new ScheduleItemId(request.id("itemId"));
        Permissions permissions = core.access().in(cohort, request.actor());
        permissions.require(permissions.mayManage(), "change the schedule of cohort " + cohort);
        return core.schedule().item(request.actor(), cohort, id);
    }

    private Optional<ScheduleChange> read(Form form, ScheduleItem item) {
        Optional<LocalDate> date = form.date(DATE);
        Optional<LocalTime> time = form.required(TIME, 20)
                .flatMap(t -> parse(() -> LocalTime.parse(t, DateTimeFormatter.ofPattern("H:mm")), form, TIME, "form.invalidTime"));
        Optional<String> location = Optional.empty();
        if (item.isOnline()) {
            location = form.optional(LOCATION);
            location.filter(l -> l.length() > 300 || !Places.isMeetingLink(l)).ifPresent(l -> form.reject(LOCATION, "form.invalidLink"));
        } else if (item.isSession()) {
            location = form.required(LOCATION, 300);
        }
        if (form.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new ScheduleChange(item.id(), ZonedDateTime.of(date.get(), time.get(), core.zone()).toInstant(), location));
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static <T> Optional<T> parse(java.util.function.Supplier<T> parser, Form form, String field, String messageKey) {
        try {
            return Optional.of(parser.get());
        } catch (DateTimeParseException e) {
            form.reject(field, messageKey);
            return Optional.empty();
        }
    }
}
