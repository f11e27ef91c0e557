package nl.leerlijn.web.enrolment;

import java.util.Arrays;
import java.util.List;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Option;

/** The options of the participant selects, with translated labels. */
final class Choices {
    private Choices() {
    }

    /** @return the kinds of organisation */
    static List<Option> organisationTypes(Messages messages) {
        return Arrays.stream(OrganisationType.values())
                .map(t -> new Option(t.name(), messages.get("organisationType." + t.name())))
                .toList();
    }

    /** @return the functions */
    static List<Option> functions(Messages messages) {
        return Arrays.stream(JobFunction.values())
                .map(f -> new Option(f.name(), messages.get("function." + f.name())))
                .toList();
    }
}
