package nl.leerlijn.web.student;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.cohort.CohortRelation;
import nl.leerlijn.cohort.Participant;
import nl.leerlijn.cohort.ParticipantId;
import nl.leerlijn.cohort.RegisterNumbers;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.web.cohort.Choices;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.Option;
import nl.leerlijn.web.routing.PageNotFoundException;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/** The student's own pages: "Mijn opleiding" (programme and progress) and "Mijn gegevens" (profile). */
public final class StudentPages implements RouteGroup {
    private final LeerlijnCore core;

    /** @param core the use cases */
    public StudentPages(LeerlijnCore core) {
        this.core = core;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/programme", this::programme),
                Route.post("/programme/{participantId}/activities/{activity}", this::markDone),
                Route.get("/profile", this::profile),
                Route.post("/profile/{participantId}", this::saveProfile));
    }

    private WebResult programme(WebRequest request) {
        Optional<Participant> chosen = chosen(request);
        if (chosen.isEmpty()) {
            return new WebResult.Page("student/not-enrolled.ftlh", "student.programme.title", Map.of(), 200);
        }
        Messages messages = Messages.of(request.locale());
        String notice = request.parameter("notice").filter(n -> n.equals("done") || n.equals("undone") || n.equals("profile"))
                .map(n -> messages.get("notice." + n)).orElse("");
        ProgrammeView view = ProgrammeView.from(core.progress().participantProgress(request.actor(), chosen.get().id()),
                cohorts(request), core.zone(), core.clock().instant(), messages, notice);
        return WebResult.Page.of("student/programme.ftlh", "student.programme.title", view);
    }

    private WebResult markDone(WebRequest request) {
        ParticipantId id = new ParticipantId(request.id("participantId"));
        String key = request.pathParameters().get("activity");
        if (!ActivityKey.isValid(key)) {
            throw new PageNotFoundException(request.raw().getRequestURI());
        }
        boolean done = request.parameter("done").map("true"::equals).orElse(false);
        core.progress().markDone(request.actor(), id, new ActivityKey(key), done);
        Participant participant = core.enrolment().participant(request.actor(), id);
        return new WebResult.Redirect("/programme?leergang=" + participant.cohortId().value() + "&notice=" + (done ? "done" : "undone")
                + "#activity-" + key);
    }

    private WebResult profile(WebRequest request) {
        Participant participant = chosen(request).orElseThrow(() -> new PageNotFoundException(request.raw().getRequestURI()));
        Map<String, String> values = new HashMap<>();
        values.put(ProfileForm.ORGANISATION, participant.profile().organisation().name());
        values.put(ProfileForm.ORGANISATION_TYPE, participant.profile().organisation().type().name());
        values.put(ProfileForm.FUNCTION, participant.profile().function().name());
        values.put(ProfileForm.REGISTERPLEIN, participant.profile().registerNumbers().registerplein().orElse(""));
        values.put(ProfileForm.SKJ, participant.profile().registerNumbers().skj().orElse(""));
        return profilePage(request, participant, Form.initial(values), 200);
    }

    private WebResult saveProfile(WebRequest request) {
        Participant participant = core.enrolment().participant(request.actor(), new ParticipantId(request.id("participantId")));
        if (!participant.userId().equals(request.actor().userId())) {
            throw new NotPermittedException(request.actor().userId(), "change the profile of participant " + participant.id());
        }
        Form form = Form.of(request);
        Optional<ProfileForm.Profile> profile = ProfileForm.read(form);
        if (profile.isEmpty()) {
            return profilePage(request, participant, form, 400);
        }
        core.enrolment().updateOwnProfile(request.actor(), participant.id(), profile.get().organisation(),
                profile.get().function(), new RegisterNumbers(profile.get().registerplein(), profile.get().skj()));
        return new WebResult.Redirect("/programme?leergang=" + participant.cohortId().value() + "&notice=profile");
    }

    private WebResult profilePage(WebRequest request, Participant participant, Form form, int status) {
        Messages messages = Messages.of(request.locale());
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("participantId", participant.id().value());
        model.put("name", participant.profile().displayName());
        model.put("email", participant.profile().email());
        model.put("organisationTypes", Choices.organisationTypes(messages));
        model.put("functions", Choices.functions(messages));
        return new WebResult.Page("student/profile.ftlh", "student.profile.title", model, status);
    }

    /**
     * The signed-in person's participation the request asks for ({@code ?leergang=}), else their newest
     * active one, else their newest; empty when they follow no cohort.
     */
    public static Optional<Participant> chosen(LeerlijnCore core, WebRequest request) {
        List<Participant> own = core.enrolment().participationsOf(request.actor());
        Optional<String> wanted = request.parameter("leergang");
        return wanted.flatMap(w -> own.stream().filter(p -> Long.toString(p.cohortId().value()).equals(w)).findFirst())
                .or(() -> own.stream().filter(Participant::isActive).findFirst())
                .or(() -> own.stream().findFirst());
    }

    private Optional<Participant> chosen(WebRequest request) {
        return chosen(core, request);
    }

    private List<Option> cohorts(WebRequest request) {
        return core.cohorts().cohortsOf(request.actor()).stream()
                .filter(m -> m.relation() == CohortRelation.PARTICIPANT)
                .map(m -> new Option(Long.toString(m.cohort().id().value()), m.cohort().name()))
                .toList();
    }
}
