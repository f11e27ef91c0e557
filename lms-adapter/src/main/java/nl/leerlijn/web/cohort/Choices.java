package nl.leerlijn.web.cohort;

import java.util.Arrays;
import java.util.List;
import nl.leerlijn.cohort.JobFunction;
import nl.leerlijn.cohort.OrganisationType;
import nl.leerlijn.curriculum.ProgrammeCatalog;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Option;

/** The options of the participant selects, with translated labels. */
public final class Choices {
    private Choices() {
    }

    /** @return the programmes on offer */
    public static List<Option> programmes(ProgrammeCatalog catalog) {
        return catalog.all().stream()
                .map(d -> new Option(d.programme().id().value(), d.programme().title()))
                .toList();
    }

    /** @return the kinds of organisation */
    public static List<Option> organisationTypes(Messages messages) {
        return Arrays.stream(OrganisationType.values())
                .map(t -> new Option(t.name(), messages.get("organisationType." + t.name())))
                .toList();
    }

    /** @return the functions */
    public static List<Option> functions(Messages messages) {
        return Arrays.stream(JobFunction.values())
                .map(f -> new Option(f.name(), messages.get("function." + f.name())))
                .toList();
    }
}
