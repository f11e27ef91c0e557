package nl.leerlijn.web.home;

import java.util.List;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/** The start page inside Leerlijn: the signed-in person's cohorts with where they stand, and what is coming up. */
public final class HomePages implements RouteGroup {
    private static final int UPCOMING = 5;

    private final LeerlijnCore core;

    /** @param core the use cases */
    public HomePages(LeerlijnCore core) {
        this.core = core;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/", this::home));
    }

    private WebResult home(WebRequest request) {
        Actor actor = request.actor();
        return WebResult.Page.of("home/my-cohorts.ftlh", "home.title", MyCohortsView.from(core.cohorts().summariesOf(actor),
                core.assessments().openWorkPerCohort(actor), core.progress().ownProgress(actor),
                core.schedule().upcomingFor(actor, core.clock().instant(), UPCOMING), core.access().mayCreateCohorts(actor),
                nl.leerlijn.web.notification.NewForYouView.of(core.notifications().newForYou(actor), core.zone(), request.messages()),
                core.access().mayExamineEveryCohort(actor), core.zone(), request.messages()));
    }
}
