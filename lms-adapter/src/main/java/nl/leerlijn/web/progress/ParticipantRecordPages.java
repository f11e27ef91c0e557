package nl.leerlijn.web.progress;

import java.util.List;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.ParticipantNotFoundException;
import nl.leerlijn.progress.ParticipantRecord;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * A participant's page for staff (and, read-only, the examencommissie): profile, attendance per session, every piece
 * of work with its state and result, extensions and what happened to the participation.
 */
public final class ParticipantRecordPages implements RouteGroup {
    private final LeerlijnCore core;

    /** @param core the use cases */
    public ParticipantRecordPages(LeerlijnCore core) {
        this.core = core;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/cohorts/{cohortId}/participants/{participantId}", this::page));
    }

    private WebResult page(WebRequest request) {
        ParticipantId id = new ParticipantId(request.id("participantId"));
        ParticipantRecord record = core.progress().participantRecord(request.actor(), id);
        if (record.cohort().id().value() != request.id("cohortId")) {
            throw new ParticipantNotFoundException(id);
        }
        Messages messages = request.messages();
        ParticipantRecordView view = ParticipantRecordView.from(record, core.zone(), messages);
        WebResult.Page page = WebResult.Page.of("progress/participant.ftlh", "participant.page.title", view)
                .titled(record.progress().participant().profile().displayName());
        if (!record.permissions().mayViewCohort()) {
            return page.trail(Frames.results(record.cohort(), core.access().mayExamineEveryCohort(request.actor()), messages));
        }
        return page.trail(Frames.cohort(record.cohort(), messages))
                .in(Frames.cohortMenu(record.cohort(), record.permissions(), "/cohorts/" + record.cohort().id().value(), messages));
    }
}
