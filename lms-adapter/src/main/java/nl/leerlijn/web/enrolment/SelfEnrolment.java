package nl.leerlijn.web.enrolment;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.RegisterNumbers;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.Option;

/**
 * The form with which a person enrols themselves (a learner arriving from a platform's course): the work details
 * Leerlijn needs to form mixed intervisie groups, and an address when the platform did not share one.
 */
public final class SelfEnrolment {
    /** The field of the address, asked only when the platform did not give one. */
    public static final String EMAIL = "email";
    private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private SelfEnrolment() {
    }

    /**
     * @param form what was typed
     * @param name the person's name, as the platform gave it
     * @param givenEmail the person's address, when the platform gave it (then the form's is not read)
     * @return the profile, or empty with the problems on the form
     */
    public static Optional<ParticipantProfile> read(Form form, String name, Optional<String> givenEmail) {
        Optional<String> email = givenEmail.isPresent() ? givenEmail : form.required(EMAIL, 320);
        if (givenEmail.isEmpty()) {
            email.filter(e -> !EMAIL_PATTERN.matcher(e).matches()).ifPresent(e -> form.reject(EMAIL, "form.invalidEmail"));
        }
        Optional<ProfileForm.Profile> profile = ProfileForm.read(form);
        if (form.hasErrors() || profile.isEmpty() || email.isEmpty()) {
            return Optional.empty();
        }
        ProfileForm.Profile p = profile.get();
        return Optional.of(new ParticipantProfile(name, email.get(), p.organisation(), p.function(),
                new RegisterNumbers(p.registerplein(), p.skj()), Optional.empty(), p.otherFunction()));
    }

    /**
     * @param messages the texts
     * @return the kinds of organisation, translated
     */
    public static List<Option> organisationTypes(Messages messages) {
        return Choices.organisationTypes(messages);
    }

    /**
     * @param messages the texts
     * @return the functions, translated
     */
    public static List<Option> functions(Messages messages) {
        return Choices.functions(messages);
    }
}
