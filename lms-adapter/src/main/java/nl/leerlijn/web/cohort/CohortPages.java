package nl.leerlijn.web.cohort;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.progress.CohortProgress;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.Option;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/** Starting a cohort and the cohort overview: participants, progress per module, and who is behind. */
public final class CohortPages implements RouteGroup {
    /** Confirmations a redirect may ask the overview to show (message keys after {@code notice.}). */
    static final Set<String> NOTICES = Set.of("created", "added", "alreadyEnrolled", "withdrawn", "reactivated", "imported", "linked",
            "alreadyWithdrawn");

    private final LeerlijnCore core;

    /** @param core the use cases */
    public CohortPages(LeerlijnCore core) {
        this.core = core;
    }

    /** The "new cohort" form: what was typed, its problems, and the programmes on offer. */
    public record NewCohortView(Form form, List<Option> programmes) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cohorts/new", this::newCohort),
                Route.post("/cohorts", this::create),
                Route.get("/cohorts/{cohortId}", this::overview));
    }

    private WebResult newCohort(WebRequest request) {
        core.access().requireMayCreateCohorts(request.actor());
        return newCohortPage(request, Form.initial(Map.of()), 200);
    }

    private WebResult create(WebRequest request) {
        core.access().requireMayCreateCohorts(request.actor());
        Form form = Form.of(request);
        Optional<NewCohort> cohort = NewCohortForm.read(form, core.programmes());
        if (cohort.isEmpty()) {
            return newCohortPage(request, form, 400);
        }
        Cohort created = core.cohorts().create(request.actor(), cohort.get());
        return new WebResult.Redirect("/cohorts/" + created.id().value() + "?notice=created");
    }

    private WebResult newCohortPage(WebRequest request, Form form, int status) {
        List<Option> programmes = core.programmes().all().stream()
                .map(d -> new Option(d.programme().id().value(), d.programme().title())).toList();
        return WebResult.Page.of("cohort/new.ftlh", "cohort.new.title", new NewCohortView(form, programmes)).status(status)
                .trail(Frames.home(request.messages()));
    }

    private WebResult overview(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        CohortProgress progress = core.progress().cohortProgress(request.actor(), id);
        Permissions permissions = core.access().in(id, request.actor());
        permissions.require(permissions.mayViewCohort(), "see the overview of cohort " + id);
        Messages messages = request.messages();
        Set<String> organisations = progress.participants().stream().map(p -> p.participant().profile().organisation().name())
                .collect(java.util.stream.Collectors.toSet());
        Optional<String> organisation = request.choice("organisatie", organisations);
        CohortOverviewView view = CohortOverviewView.from(progress, core.cohorts().staff(request.actor(), id), organisation, permissions,
                request.notice("notice.", NOTICES), core.zone(), messages);
        return WebResult.Page.of("cohort/overview.ftlh", "cohort.overview.title", view).titled(progress.cohort().name())
                .trail(Frames.home(messages)).in(Frames.cohortMenu(progress.cohort(), permissions, "/cohorts/" + id.value(), messages));
    }
}
