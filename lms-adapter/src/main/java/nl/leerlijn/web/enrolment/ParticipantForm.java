package nl.leerlijn.web.enrolment;

import java.util.Optional;
import java.util.regex.Pattern;
import nl.leerlijn.access.UserId;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Organisation;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.RegisterNumbers;
import nl.leerlijn.web.routing.Form;

/**
 * Reads one participant from a form (or a CSV row put into a form); problems are recorded on the form, field by field.
 * The field names are also the CSV column codes.
 */
final class ParticipantForm {
    static final String USER = "userId";
    static final String NAME = "name";
    static final String EMAIL = "email";
    static final String ORGANISATION = "organisation";
    static final String ORGANISATION_TYPE = "organisationType";
    static final String FUNCTION = "function";
    static final String OTHER_FUNCTION = "otherFunction";
    static final String REGISTERPLEIN = "registerplein";
    static final String SKJ = "skj";

    private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ParticipantForm() {
    }

    static Optional<NewParticipant> read(Form form) {
        Optional<String> user = form.required(USER, 200);
        Optional<String> name = form.required(NAME, 200);
        Optional<String> email = form.required(EMAIL, 320);
        email.filter(e -> !EMAIL_PATTERN.matcher(e).matches()).ifPresent(e -> form.reject(EMAIL, "form.invalidEmail"));
        Optional<String> organisation = form.required(ORGANISATION, 200);
        Optional<OrganisationType> type = form.choice(ORGANISATION_TYPE, OrganisationType.class);
        Optional<JobFunction> function = form.choice(FUNCTION, JobFunction.class);
        Optional<String> otherFunction = otherFunction(form, function);
        Optional<String> registerplein = registerNumber(form, REGISTERPLEIN);
        Optional<String> skj = registerNumber(form, SKJ);
        if (form.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new NewParticipant(new UserId(user.get()), new ParticipantProfile(name.get(), email.get(),
                new Organisation(organisation.get(), type.get()), function.get(), new RegisterNumbers(registerplein, skj),
                Optional.empty(), otherFunction)));
    }

    /** @return for "anders": the function in the person's own words (required, at most 100 characters); else nothing */
    static Optional<String> otherFunction(Form form, Optional<JobFunction> function) {
        if (function.filter(f -> f == JobFunction.OTHER).isEmpty()) {
            return Optional.empty();
        }
        Optional<String> text = form.optional(OTHER_FUNCTION);
        if (text.isEmpty()) {
            form.reject(OTHER_FUNCTION, "form.otherFunctionRequired");
        } else if (text.get().length() > 100) {
            form.reject(OTHER_FUNCTION, "form.tooLong");
            return Optional.empty();
        }
        return text;
    }

    /**
     * @return the register number in the field (spaces removed), empty when the field is blank; records
     *     {@code form.invalidRegisterNumber} when it is not 4 to 12 digits
     */
    static Optional<String> registerNumber(Form form, String field) {
        Optional<String> number = form.optional(field).map(n -> n.replace(" ", ""));
        if (number.isPresent() && !RegisterNumbers.isValid(number.get())) {
            form.reject(field, "form.invalidRegisterNumber");
            return Optional.empty();
        }
        return number;
    }
}
