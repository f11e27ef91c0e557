package nl.leerlijn.web.cohort;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.curriculum.ProgrammeCatalog;
import nl.leerlijn.curriculum.ProgrammeId;
import nl.leerlijn.web.routing.Form;

/** Reads the "new cohort" form; problems are recorded on the form, field by field. */
final class NewCohortForm {
    static final String PROGRAMME = "programme";
    static final String NAME = "name";
    static final String START = "startDate";
    static final String LOCATION = "location";

    private NewCohortForm() {
    }

    static Optional<NewCohort> read(Form form, ProgrammeCatalog catalog) {
        Optional<ProgrammeId> programme = form.required(PROGRAMME, 100)
                .filter(ProgrammeId::isValid)
                .map(ProgrammeId::new)
                .filter(id -> catalog.find(id).isPresent());
        if (programme.isEmpty()) {
            form.reject(PROGRAMME, "form.invalidChoice");
        }
        Optional<String> name = form.required(NAME, 200);
        Optional<LocalDate> start = date(form, START);
        Optional<String> location = form.required(LOCATION, 300);
        if (form.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new NewCohort(programme.get(), name.get(), start.get(), location.get()));
    }

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

    /**
     * @return the date written as yyyy-MM-dd (what a date input sends) or d-M-yyyy (what a person
     *     types where the browser has no date picker), else records a problem
     */
    static Optional<LocalDate> date(Form form, String field) {
        Optional<String> text = form.required(field, 10);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, DUTCH}) {
            try {
                return Optional.of(LocalDate.parse(text.get(), format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        form.reject(field, "form.invalidDate");
        return Optional.empty();
    }
}
