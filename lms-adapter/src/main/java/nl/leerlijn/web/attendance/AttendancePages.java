package nl.leerlijn.web.attendance;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.Participant;
import nl.leerlijn.cohort.ParticipantId;
import nl.leerlijn.cohort.ScheduleItem;
import nl.leerlijn.cohort.ScheduleItemId;
import nl.leerlijn.cohort.ScheduleItemNotFoundException;
import nl.leerlijn.progress.Outcome;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;
import nl.leerlijn.web.render.Dates;

/** Recording who attended a session (presentie), by the cohort's kerndocent. */
public final class AttendancePages implements RouteGroup {
    private static final List<Outcome> CHOICES = List.of(Outcome.PRESENT, Outcome.ABSENT, Outcome.EXCUSED);

    private final LeerlijnCore core;

    /** @param core the use cases */
    public AttendancePages(LeerlijnCore core) {
        this.core = core;
    }

    /** The attendance form. */
    public record AttendanceView(long cohortId, long itemId, String title, String when, List<Row> rows, List<String> choices,
            boolean saved) {
    }

    /** A participant with what is recorded ({@code recorded} is an outcome name or empty). */
    public record Row(long id, String name, String organisation, String recorded) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cohorts/{cohortId}/schedule/{itemId}/attendance", this::form),
                Route.post("/cohorts/{cohortId}/schedule/{itemId}/attendance", this::save));
    }

    private WebResult form(WebRequest request) {
        CohortId cohort = new CohortId(request.id("cohortId"));
        ScheduleItem session = session(request, cohort);
        Map<ParticipantId, Outcome> recorded = core.progress().attendance(request.actor(), cohort, session.id());
        List<Row> rows = core.enrolment().participants(request.actor(), cohort).stream().filter(Participant::isActive)
                .map(p -> new Row(p.id().value(), p.profile().displayName(), p.profile().organisation().name(),
                        Optional.ofNullable(recorded.get(p.id())).map(Enum::name).orElse("")))
                .toList();
        DateTimeFormatter format = Dates.dayAndTime(request.locale());
        return WebResult.Page.of("attendance/attendance.ftlh", "attendance.title", new AttendanceView(cohort.value(),
                session.id().value(), session.title(), format.format(session.at().atZone(core.zone())), rows,
                CHOICES.stream().map(Enum::name).toList(), request.parameter("notice").isPresent()));
    }

    private WebResult save(WebRequest request) {
        CohortId cohort = new CohortId(request.id("cohortId"));
        ScheduleItem session = session(request, cohort);
        Map<ParticipantId, Outcome> outcomes = new HashMap<>();
        for (Participant p : core.enrolment().participants(request.actor(), cohort)) {
            request.parameter("p-" + p.id().value())
                    .flatMap(v -> CHOICES.stream().filter(c -> c.name().equals(v)).findFirst())
                    .ifPresent(outcome -> outcomes.put(p.id(), outcome));
        }
        core.progress().recordAttendance(request.actor(), cohort, session.id(), outcomes);
        return new WebResult.Redirect("/cohorts/" + cohort.value() + "/schedule/" + session.id().value() + "/attendance?notice=saved");
    }

    private ScheduleItem session(WebRequest request, CohortId cohort) {
        if (!core.cohorts().mayManage(request.actor(), cohort)) {
            throw new NotPermittedException(request.actor().userId(), "record attendance in cohort " + cohort);
        }
        ScheduleItemId id = new ScheduleItemId(request.id("itemId"));
        ScheduleItem item = core.schedule().item(request.actor(), cohort, id);
        if (!item.isSession()) {
            throw new ScheduleItemNotFoundException(cohort, id);
        }
        return item;
    }
}
