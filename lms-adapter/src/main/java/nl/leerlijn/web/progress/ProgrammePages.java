package nl.leerlijn.web.progress;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.web.enrolment.Participations;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.routing.ErrorView;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/** "Mijn opleiding": a participant's programme and where they stand, and marking online work done. */
public final class ProgrammePages implements RouteGroup {
    private static final Set<String> NOTICES = Set.of("done", "undone", "profile", "enrolled");

    private final LeerlijnCore core;

    /** @param core the use cases */
    public ProgrammePages(LeerlijnCore core) {
        this.core = core;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/programme", this::programme),
                Route.post("/programme/{participantId}/activities/{activity}", this::markDone));
    }

    private WebResult programme(WebRequest request) {
        Optional<Participant> chosen = Participations.chosen(core, request);
        if (chosen.isEmpty()) {
            return WebResult.Page.of("error.ftlh", "student.programme.title", new ErrorView(200, "home.noCohorts", ""))
                    .trail(Frames.home(request.messages()));
        }
        ProgrammeView view = ProgrammeView.from(core.progress().participantProgress(request.actor(), chosen.get().id()),
                Participations.cohorts(core, request), core.zone(), core.clock().instant(), request.messages(),
                request.notice("notice.", NOTICES));
        return WebResult.Page.of("progress/programme.ftlh", "student.programme.title", view).trail(Frames.home(request.messages()));
    }

    private WebResult markDone(WebRequest request) {
        ParticipantId id = new ParticipantId(request.id("participantId"));
        boolean done = request.parameter("done").map("true"::equals).orElse(false);
        core.progress().markDone(request.actor(), id, request.activity("activity"), done);
        Participant participant = core.enrolment().participant(request.actor(), id);
        return new WebResult.Redirect("/programme?leergang=" + participant.cohortId().value() + "&notice=" + (done ? "done" : "undone")
                + "#activity-" + request.activity("activity").value());
    }
}
