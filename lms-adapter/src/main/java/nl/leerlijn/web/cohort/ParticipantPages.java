package nl.leerlijn.web.cohort;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.EnrolmentOutcome;
import nl.leerlijn.cohort.NewParticipant;
import nl.leerlijn.cohort.Participant;
import nl.leerlijn.cohort.ParticipantId;
import nl.leerlijn.cohort.ParticipantNotFoundException;
import nl.leerlijn.curriculum.Module;
import nl.leerlijn.progress.CohortProgress;
import nl.leerlijn.progress.ParticipantProgress;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.CsvDownload;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/** Adding, withdrawing and reactivating participants, and the participant list as CSV. */
public final class ParticipantPages implements RouteGroup {
    private final LeerlijnCore core;
    private final CohortPages cohortPages;

    /**
     * @param core the use cases
     * @param cohortPages shows the overview again when a form is refused
     */
    public ParticipantPages(LeerlijnCore core, CohortPages cohortPages) {
        this.core = core;
        this.cohortPages = cohortPages;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/cohorts/{cohortId}/participants", this::add),
                Route.post("/cohorts/{cohortId}/participants/{participantId}/withdraw", this::withdraw),
                Route.post("/cohorts/{cohortId}/participants/{participantId}/reactivate", this::reactivate),
                Route.get("/cohorts/{cohortId}/participants.csv", this::export));
    }

    private WebResult add(WebRequest request) {
        CohortId cohort = new CohortId(request.id("cohortId"));
        core.cohorts().cohort(request.actor(), cohort);
        if (!core.cohorts().mayManage(request.actor(), cohort)) {
            throw new NotPermittedException(request.actor().userId(), "add participants to cohort " + cohort);
        }
        Form form = Form.of(request);
        Optional<NewParticipant> person = ParticipantForm.read(form);
        if (person.isEmpty()) {
            return cohortPages.overviewPage(request, cohort, form, 400);
        }
        EnrolmentOutcome outcome = core.enrolment().enrol(request.actor(), cohort, person.get());
        String notice = outcome instanceof EnrolmentOutcome.Enrolled ? "added" : "alreadyEnrolled";
        return new WebResult.Redirect("/cohorts/" + cohort.value() + "?notice=" + notice);
    }

    private WebResult withdraw(WebRequest request) {
        Participant participant = participantOfPath(request);
        core.enrolment().withdraw(request.actor(), participant.id(), request.parameter("reason"));
        return new WebResult.Redirect("/cohorts/" + participant.cohortId().value() + "?notice=withdrawn");
    }

    private WebResult reactivate(WebRequest request) {
        Participant participant = participantOfPath(request);
        core.enrolment().reactivate(request.actor(), participant.id());
        return new WebResult.Redirect("/cohorts/" + participant.cohortId().value() + "?notice=reactivated");
    }

    /** The participant the path names, which must belong to the cohort the path names. */
    private Participant participantOfPath(WebRequest request) {
        ParticipantId id = new ParticipantId(request.id("participantId"));
        Participant participant = core.enrolment().participant(request.actor(), id);
        if (participant.cohortId().value() != request.id("cohortId")) {
            throw new ParticipantNotFoundException(id);
        }
        return participant;
    }

    private WebResult export(WebRequest request) {
        CohortId cohort = new CohortId(request.id("cohortId"));
        CohortProgress progress = core.progress().cohortProgress(request.actor(), cohort);
        Messages messages = Messages.of(request.locale());
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
        List<Module> modules = progress.programme().modules();
        return CsvDownload.of("deelnemers-leergang-" + cohort.value() + ".csv", printer -> {
            List<String> header = new ArrayList<>(List.of("userId", "name", "email", "organisation", "organisationType", "function",
                    "registerplein", "skj", messages.get("csv.status"), messages.get("csv.enrolledOn")));
            modules.forEach(m -> header.add(m.code() + " " + m.title()));
            header.add(messages.get("csv.attended"));
            printer.printRecord(header);
            for (ParticipantProgress row : progress.participants()) {
                Participant p = row.participant();
                List<Object> values = new ArrayList<>(List.of(p.userId().value(), p.profile().displayName(), p.profile().email(),
                        p.profile().organisation().name(), p.profile().organisation().type().name(),
                        p.profile().function().name(), p.profile().registerNumbers().registerplein().orElse(""),
                        p.profile().registerNumbers().skj().orElse(""), messages.get("status." + p.status().name()),
                        date.format(p.enrolledAt().atZone(core.zone()))));
                modules.forEach(m -> values.add(messages.get("progress." + row.modules().get(m.code()).name())));
                values.add(row.sessionsAttended() + "/" + row.sessions());
                printer.printRecord(values);
            }
        });
    }
}
