package nl.leerlijn.web.enrolment;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.Module;
import nl.leerlijn.enrolment.EnrolmentOutcome;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.ParticipantNotFoundException;
import nl.leerlijn.enrolment.ParticipationChange;
import nl.leerlijn.progress.CohortProgress;
import nl.leerlijn.progress.ParticipantProgress;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Profiles;
import nl.leerlijn.web.render.Statuses;
import nl.leerlijn.web.routing.ConfirmView;
import nl.leerlijn.web.routing.CsvDownload;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.Link;
import nl.leerlijn.web.routing.Option;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/** Adding a participant, withdrawing (asked first, with a reason) and reactivating one, and the participant list as CSV. */
public final class ParticipantPages implements RouteGroup {
    private static final int MAX_REASON = 1000;

    private final LeerlijnCore core;

    /** @param core the use cases */
    public ParticipantPages(LeerlijnCore core) {
        this.core = core;
    }

    /** The add form: what was typed, its problems, and the options of the selects. */
    public record AddView(long cohortId, Form form, List<Option> organisationTypes, List<Option> functions) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cohorts/{cohortId}/participants/new", this::addForm),
                Route.post("/cohorts/{cohortId}/participants", this::add),
                Route.get("/cohorts/{cohortId}/participants/{participantId}/withdraw", this::confirmWithdraw),
                Route.post("/cohorts/{cohortId}/participants/{participantId}/withdraw", this::withdraw),
                Route.post("/cohorts/{cohortId}/participants/{participantId}/reactivate", this::reactivate),
                Route.get("/cohorts/{cohortId}/participants.csv", this::export));
    }

    private WebResult addForm(WebRequest request) {
        return addPage(request, managed(request), Form.initial(Map.of()), 200);
    }

    private WebResult add(WebRequest request) {
        Cohort cohort = managed(request);
        Form form = Form.of(request);
        Optional<NewParticipant> person = ParticipantForm.read(form);
        if (person.isEmpty()) {
            return addPage(request, cohort, form, 400);
        }
        EnrolmentOutcome outcome = core.enrolment().enrol(request.actor(), cohort.id(), person.get());
        String notice = outcome instanceof EnrolmentOutcome.Enrolled ? "added" : "alreadyEnrolled";
        return new WebResult.Redirect("/cohorts/" + cohort.id().value() + "?notice=" + notice);
    }

    private WebResult addPage(WebRequest request, Cohort cohort, Form form, int status) {
        Messages messages = request.messages();
        return WebResult.Page.of("enrolment/add.ftlh", "participant.add", new AddView(cohort.id().value(), form,
                Choices.organisationTypes(messages), Choices.functions(messages))).status(status).trail(Frames.cohort(cohort, messages));
    }

    private WebResult confirmWithdraw(WebRequest request) {
        return withdrawPage(request, participantOfPath(request), Form.initial(Map.of()), 200);
    }

    private WebResult withdraw(WebRequest request) {
        Participant participant = participantOfPath(request);
        Form form = Form.of(request);
        Optional<String> reason = form.required("reason", MAX_REASON);
        if (reason.isEmpty()) {
            return withdrawPage(request, participant, form, 400);
        }
        ParticipationChange change = core.enrolment().withdraw(request.actor(), participant.id(), reason);
        String notice = change instanceof ParticipationChange.Changed ? "withdrawn" : "alreadyWithdrawn";
        return new WebResult.Redirect("/cohorts/" + participant.cohortId().value() + "?notice=" + notice);
    }

    private WebResult withdrawPage(WebRequest request, Participant participant, Form form, int status) {
        Messages messages = request.messages();
        Cohort cohort = core.cohorts().cohort(request.actor(), participant.cohortId());
        String path = "/cohorts/" + cohort.id().value() + "/participants/" + participant.id().value();
        ConfirmView view = ConfirmView.of(messages.get("withdraw.question", participant.profile().displayName(), cohort.name()),
                List.of(messages.get("withdraw.keeps"), messages.get("withdraw.undo")), path + "/withdraw",
                messages.get("participant.withdraw"), "/cohorts/" + cohort.id().value())
                .withReason(messages.get("withdraw.reason"), true, messages.get("withdraw.reason.hint"), form).dangerous();
        return WebResult.Page.of("confirm.ftlh", "withdraw.title", view).status(status)
                .trail(Frames.then(Frames.cohort(cohort, messages), new Link(participant.profile().displayName(), path)));
    }

    private WebResult reactivate(WebRequest request) {
        Participant participant = participantOfPath(request);
        core.enrolment().reactivate(request.actor(), participant.id());
        return new WebResult.Redirect("/cohorts/" + participant.cohortId().value() + "?notice=reactivated");
    }

    /** The participant the path names, which must belong to the cohort the path names, for those who manage it. */
    private Participant participantOfPath(WebRequest request) {
        ParticipantId id = new ParticipantId(request.id("participantId"));
        Participant participant = core.enrolment().participant(request.actor(), id);
        if (participant.cohortId().value() != request.id("cohortId")) {
            throw new ParticipantNotFoundException(id);
        }
        Permissions permissions = core.access().in(participant.cohortId(), request.actor());
        permissions.require(permissions.mayManage(), "change the participation of " + id);
        return participant;
    }

    private Cohort managed(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        Cohort cohort = core.cohorts().cohort(request.actor(), id);
        Permissions permissions = core.access().in(id, request.actor());
        permissions.require(permissions.mayManage(), "add participants to cohort " + id);
        return cohort;
    }

    private WebResult export(WebRequest request) {
        CohortId cohort = new CohortId(request.id("cohortId"));
        CohortProgress progress = core.progress().cohortProgress(request.actor(), cohort);
        Permissions permissions = core.access().in(cohort, request.actor());
        permissions.require(permissions.mayViewCohort(), "export the participants of cohort " + cohort);
        Messages messages = request.messages();
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
        List<Module> modules = progress.programme().modules();
        return CsvDownload.of(messages.get("csv.participants.file", cohort.value()), rows -> {
            List<Object> header = new ArrayList<>();
            for (ParticipantColumn column : ParticipantColumn.values()) {
                header.add(column.header(messages));
            }
            header.add(messages.get("csv.status"));
            header.add(messages.get("csv.enrolledOn"));
            modules.forEach(m -> header.add(m.code() + " " + m.title()));
            header.add(messages.get("csv.attended"));
            header.add(messages.get("csv.done"));
            rows.add(header);
            for (ParticipantProgress row : progress.participants()) {
                rows.add(line(row, modules, messages, date));
            }
        });
    }

    private List<Object> line(ParticipantProgress row, List<Module> modules, Messages messages, DateTimeFormatter date) {
        Participant p = row.participant();
        List<Object> values = new ArrayList<>(List.of(p.userId().value(), p.profile().displayName(), p.profile().email(),
                p.profile().organisation().name(), Profiles.organisationType(p.profile(), messages),
                messages.get("function." + p.profile().function().name()), p.profile().otherFunction().orElse(""),
                p.profile().registerNumbers().registerplein().orElse(""), p.profile().registerNumbers().skj().orElse(""),
                messages.get("status." + p.status().name()), date.format(p.enrolledAt().atZone(core.zone()))));
        modules.forEach(m -> values.add(messages.get(Statuses.key(row.modules().get(m.code())))));
        values.add(messages.get("progress.attended", row.attendance().attended(), row.attendance().held()));
        values.add(messages.get("progress.attended", row.done(), row.activities().size()));
        return values;
    }
}
