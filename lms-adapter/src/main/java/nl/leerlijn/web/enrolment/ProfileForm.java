package nl.leerlijn.web.enrolment;

import java.util.Optional;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.Organisation;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.web.routing.Form;

/** Reads "Mijn gegevens"; problems are recorded on the form, field by field. */
final class ProfileForm {
    static final String ORGANISATION = "organisation";
    static final String ORGANISATION_TYPE = "organisationType";
    static final String FUNCTION = "function";
    static final String REGISTERPLEIN = "registerplein";
    static final String SKJ = "skj";

    /** What was filled in. */
    record Profile(Organisation organisation, JobFunction function, Optional<String> otherFunction, Optional<String> registerplein,
            Optional<String> skj) {
    }

    private ProfileForm() {
    }

    static Optional<Profile> read(Form form) {
        Optional<String> organisation = form.required(ORGANISATION, 200);
        Optional<OrganisationType> type = form.choice(ORGANISATION_TYPE, OrganisationType.class);
        Optional<JobFunction> function = form.choice(FUNCTION, JobFunction.class);
        Optional<String> otherFunction = ParticipantForm.otherFunction(form, function);
        Optional<String> registerplein = ParticipantForm.registerNumber(form, REGISTERPLEIN);
        Optional<String> skj = ParticipantForm.registerNumber(form, SKJ);
        if (form.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Profile(new Organisation(organisation.get(), type.get()), function.get(), otherFunction, registerplein,
                skj));
    }
}
