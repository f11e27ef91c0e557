package nl.leerlijn.web.cohort;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.cohort.Participant;
import nl.leerlijn.progress.CohortProgress;
import nl.leerlijn.progress.ParticipantProgress;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/** Starting a cohort and the cohort overview. */
public final class CohortPages implements RouteGroup {
    /** Confirmations a redirect may ask the overview to show (message keys after {@code notice.}). */
    static final Set<String> NOTICES = Set.of("created", "added", "alreadyEnrolled", "withdrawn", "reactivated", "imported");

    private final LeerlijnCore core;

    /** @param core the use cases */
    public CohortPages(LeerlijnCore core) {
        this.core = core;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cohorts/new", this::newCohort),
                Route.post("/cohorts", this::create),
                Route.get("/cohorts/{cohortId}", this::overview));
    }

    private WebResult newCohort(WebRequest request) {
        requireMayCreate(request);
        return newCohortPage(Form.initial(Map.of()), 200);
    }

    private WebResult create(WebRequest request) {
        requireMayCreate(request);
        Form form = Form.of(request);
        Optional<NewCohort> cohort = NewCohortForm.read(form, core.programmes());
        if (cohort.isEmpty()) {
            return newCohortPage(form, 400);
        }
        Cohort created = core.cohorts().create(request.actor(), cohort.get());
        return new WebResult.Redirect("/cohorts/" + created.id().value() + "?notice=created");
    }

    private WebResult newCohortPage(Form form, int status) {
        return new WebResult.Page("cohort/new.ftlh", "cohort.new.title",
                Map.of("form", form, "programmes", Choices.programmes(core.programmes())), status);
    }

    private WebResult overview(WebRequest request) {
        return overviewPage(request, new CohortId(request.id("cohortId")), Form.initial(Map.of()), 200);
    }

    /** The overview, also shown again (with status 400) when the add-participant form was refused. */
    WebResult overviewPage(WebRequest request, CohortId id, Form form, int status) {
        CohortProgress progress = core.progress().cohortProgress(request.actor(), id);
        Cohort cohort = progress.cohort();
        Messages messages = Messages.of(request.locale());
        String notice = request.parameter("notice").filter(NOTICES::contains).map(n -> messages.get("notice." + n)).orElse("");
        List<Participant> participants = progress.participants().stream().map(ParticipantProgress::participant).toList();
        CohortOverviewView view = CohortOverviewView.from(cohort, core.cohorts().staff(request.actor(), id), participants,
                request.parameter("organisatie"), core.cohorts().mayManage(request.actor(), id), request.actor().userId(), form, messages,
                notice);
        ProgressMatrixView matrix = ProgressMatrixView.from(progress, request.parameter("organisatie"));
        return new WebResult.Page("cohort/overview.ftlh", "cohort.overview.title",
                Map.of("view", view, "matrix", matrix, "title", cohort.name()), status);
    }

    private void requireMayCreate(WebRequest request) {
        if (!core.cohorts().mayCreateCohorts(request.actor())) {
            throw new NotPermittedException(request.actor().userId(), "create cohorts");
        }
    }
}
