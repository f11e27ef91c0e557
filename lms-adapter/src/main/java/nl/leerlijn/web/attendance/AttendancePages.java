package nl.leerlijn.web.attendance;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.attendance.SessionAttendance;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.schedule.ScheduleItemId;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Places;
import nl.leerlijn.web.routing.Link;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * Recording who attended a session (presentie), by the cohort's kerndocent: first "iedereen aanwezig", then the
 * exceptions. The page prints as a clean presence list.
 */
public final class AttendancePages implements RouteGroup {
    private static final Set<String> NOTICES = Set.of("saved", "allPresent");

    private final LeerlijnCore core;

    /** @param core the use cases */
    public AttendancePages(LeerlijnCore core) {
        this.core = core;
    }

    /** The presence list; {@code recorded} says how many have something recorded. */
    public record AttendanceView(long cohortId, long itemId, String cohortName, String title, String when, Places.Place place,
            List<Row> rows, List<String> choices, int recorded, String notice) {
    }

    /** A participant with what is recorded ({@code recorded} is a presence name or empty). */
    public record Row(long id, String name, String organisation, String recorded) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cohorts/{cohortId}/schedule/{itemId}/attendance", this::form),
                Route.post("/cohorts/{cohortId}/schedule/{itemId}/attendance", this::save),
                Route.post("/cohorts/{cohortId}/schedule/{itemId}/attendance/all-present", this::allPresent));
    }

    private WebResult form(WebRequest request) {
        CohortId cohortId = new CohortId(request.id("cohortId"));
        SessionAttendance session = core.attendance().session(request.actor(), cohortId, new ScheduleItemId(request.id("itemId")));
        Cohort cohort = core.cohorts().cohort(request.actor(), cohortId);
        Messages messages = request.messages();
        List<Row> rows = session.rows().stream().map(r -> new Row(r.participant().id().value(), r.participant().profile().displayName(),
                r.participant().profile().organisation().name(), r.presence().map(Enum::name).orElse(""))).toList();
        DateTimeFormatter format = Dates.dayAndTime(messages.locale());
        AttendanceView view = new AttendanceView(cohortId.value(), session.session().id().value(), cohort.name(), session.session().title(),
                format.format(session.session().at().atZone(core.zone())), Places.of(session.session(), messages), rows,
                List.of(Presence.PRESENT.name(), Presence.ABSENT.name(), Presence.EXCUSED.name()),
                (int) rows.stream().filter(r -> !r.recorded().isEmpty()).count(), request.notice("attendance.notice.", NOTICES));
        return WebResult.Page.of("attendance/attendance.ftlh", "attendance.title", view).trail(Frames.then(Frames.cohort(cohort, messages),
                new Link(messages.get("schedule.title"), "/cohorts/" + cohortId.value() + "/schedule")))
                .in(Frames.cohortMenu(cohort, core.access().in(cohortId, request.actor()), "/cohorts/" + cohortId.value() + "/schedule",
                        messages));
    }

    private WebResult save(WebRequest request) {
        CohortId cohort = new CohortId(request.id("cohortId"));
        ScheduleItemId item = new ScheduleItemId(request.id("itemId"));
        Map<ParticipantId, Presence> presences = new HashMap<>();
        request.raw().getParameterMap().forEach((name, values) -> {
            if (name.matches("p-\\d{1,18}") && values.length > 0) {
                for (Presence presence : Presence.values()) {
                    if (presence.name().equals(values[0])) {
                        presences.put(new ParticipantId(Long.parseLong(name.substring(2))), presence);
                    }
                }
            }
        });
        core.attendance().record(request.actor(), cohort, item, presences);
        return new WebResult.Redirect("/cohorts/" + cohort.value() + "/schedule/" + item.value() + "/attendance?notice=saved");
    }

    private WebResult allPresent(WebRequest request) {
        CohortId cohort = new CohortId(request.id("cohortId"));
        ScheduleItemId item = new ScheduleItemId(request.id("itemId"));
        core.attendance().recordOthersPresent(request.actor(), cohort, item);
        return new WebResult.Redirect("/cohorts/" + cohort.value() + "/schedule/" + item.value() + "/attendance?notice=allPresent");
    }
}
