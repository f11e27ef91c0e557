package nl.leerlijn.web.enrolment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.RegisterNumbers;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.Option;
import nl.leerlijn.web.routing.PageNotFoundException;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/** "Mijn gegevens": a participant keeps their organisation, function and register numbers up to date. */
public final class ProfilePages implements RouteGroup {
    private final LeerlijnCore core;

    /** @param core the use cases */
    public ProfilePages(LeerlijnCore core) {
        this.core = core;
    }

    /** The profile form: who the participant is, what they typed and its problems, and the options of the selects. */
    public record ProfileView(long participantId, long cohortId, String name, String email, Form form, List<Option> organisationTypes,
            List<Option> functions, String notice) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/profile", this::profile),
                Route.post("/profile/{participantId}", this::save));
    }

    private WebResult profile(WebRequest request) {
        Participant participant = Participations.chosen(core, request)
                .orElseThrow(() -> new PageNotFoundException(request.raw().getRequestURI()));
        Map<String, String> values = new HashMap<>();
        // A learner the course roster enrolled has not said where they work yet: they start from empty fields.
        boolean notGiven = participant.profile().organisation().name().equals(nl.leerlijn.lti.LtiService.ORGANISATION_NOT_GIVEN);
        values.put(ProfileForm.ORGANISATION, notGiven ? "" : participant.profile().organisation().name());
        values.put(ProfileForm.ORGANISATION_TYPE, notGiven ? "" : participant.profile().organisation().type().name());
        values.put(ProfileForm.FUNCTION, notGiven ? "" : participant.profile().function().name());
        values.put(ParticipantForm.OTHER_FUNCTION, notGiven ? "" : participant.profile().otherFunction().orElse(""));
        values.put(ProfileForm.REGISTERPLEIN, participant.profile().registerNumbers().registerplein().orElse(""));
        values.put(ProfileForm.SKJ, participant.profile().registerNumbers().skj().orElse(""));
        return profilePage(request, participant, Form.initial(values), 200);
    }

    private WebResult save(WebRequest request) {
        Participant participant = core.enrolment().participant(request.actor(), new ParticipantId(request.id("participantId")));
        Form form = Form.of(request);
        Optional<ProfileForm.Profile> profile = ProfileForm.read(form);
        if (profile.isEmpty()) {
            return profilePage(request, participant, form, 400);
        }
        core.enrolment().updateOwnProfile(request.actor(), participant.id(), profile.get().organisation(), profile.get().function(),
                profile.get().otherFunction(), new RegisterNumbers(profile.get().registerplein(), profile.get().skj()));
        return new WebResult.Redirect("/programme?leergang=" + participant.cohortId().value() + "&notice=profile");
    }

    private WebResult profilePage(WebRequest request, Participant participant, Form form, int status) {
        Messages messages = request.messages();
        // Someone the course roster enrolled chooses from an empty start: no kind of organisation or function is guessed.
        boolean notGiven = participant.profile().organisation().name().equals(nl.leerlijn.lti.LtiService.ORGANISATION_NOT_GIVEN);
        List<Option> types = Choices.organisationTypes(messages);
        List<Option> functions = Choices.functions(messages);
        if (notGiven) {
            types = java.util.stream.Stream.concat(java.util.stream.Stream.of(new Option("", messages.get("form.chooseOne"))), types.stream()).toList();
            functions = java.util.stream.Stream.concat(java.util.stream.Stream.of(new Option("", messages.get("form.chooseOne"))), functions.stream())
                    .toList();
        }
        String notice = notGiven ? messages.get("student.profile.fromCourse") : "";
        ProfileView view = new ProfileView(participant.id().value(), participant.cohortId().value(), participant.profile().displayName(),
                participant.profile().email(), form, types, functions, notice);
        return WebResult.Page.of("enrolment/profile.ftlh", "student.profile.title", view).status(status)
                .trail(Frames.then(Frames.home(messages), new nl.leerlijn.web.routing.Link(messages.get("student.programme.title"),
                        "/programme?leergang=" + participant.cohortId().value())));
    }
}
