package nl.leerlijn.web.home;

import java.util.List;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebResult;

/** The start page inside Leerlijn: the signed-in person's cohorts and what is coming up. */
public final class HomePages implements RouteGroup {
    private static final int UPCOMING = 5;

    private final LeerlijnCore core;

    /** @param core the use cases */
    public HomePages(LeerlijnCore core) {
        this.core = core;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/", request -> WebResult.Page.of("home/my-cohorts.ftlh", "home.title",
                MyCohortsView.from(core.cohorts().summariesOf(request.actor()), core.assessments().openWorkPerCohort(request.actor()),
                        core.schedule().upcomingFor(request.actor(), core.clock().instant(), UPCOMING),
                        core.cohorts().mayCreateCohorts(request.actor()),
                        request.actor().isAdministrator() || request.actor().has(nl.leerlijn.access.Role.EXAM_COMMITTEE), core.zone(),
                        request.locale()))));
    }
}
