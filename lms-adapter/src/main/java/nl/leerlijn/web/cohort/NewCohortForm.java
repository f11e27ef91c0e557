package nl.leerlijn.web.cohort;

import java.time.LocalDate;
import java.util.Optional;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.curriculum.ProgrammeCatalog;
import nl.leerlijn.curriculum.ProgrammeId;
import nl.leerlijn.web.routing.Form;

/** Reads the "new cohort" form (also the one an LTI instructor fills in to link a course); problems are recorded on the form, field by field. */
public final class NewCohortForm {
    static final String PROGRAMME = "programme";
    static final String NAME = "name";
    static final String START = "startDate";
    static final String LOCATION = "location";

    private NewCohortForm() {
    }

    /**
     * @param form what was typed: {@code programme}, {@code name}, {@code startDate}, {@code location}
     * @param catalog the programme definitions
     * @return the new cohort, or empty with the problems on the form
     */
    public static Optional<NewCohort> read(Form form, ProgrammeCatalog catalog) {
        Optional<ProgrammeId> programme = form.required(PROGRAMME, 100)
                .filter(ProgrammeId::isValid)
                .map(ProgrammeId::new)
                .filter(id -> catalog.find(id).isPresent());
        if (programme.isEmpty()) {
            form.reject(PROGRAMME, "form.invalidChoice");
        }
        Optional<String> name = form.required(NAME, 200);
        Optional<LocalDate> start = form.date(START);
        Optional<String> location = form.required(LOCATION, 300);
        if (form.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new NewCohort(programme.get(), name.get(), start.get(), location.get()));
    }
}
