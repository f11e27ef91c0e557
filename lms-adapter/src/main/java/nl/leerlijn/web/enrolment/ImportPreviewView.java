package nl.leerlijn.web.enrolment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Option;

/**
 * What an import would do, before anything is saved.
 *
 * @param cohortId the cohort
 * @param cohortName its name
 * @param rows every data row with what would happen to it
 * @param importable how many rows would be enrolled
 * @param existing how many are in the cohort already
 * @param refused how many have problems
 * @param csv the file's text, sent back with the confirmation (nothing is kept on the server)
 * @param fileProblem a sentence when the file could not be read at all, else empty
 */
public record ImportPreviewView(long cohortId, String cohortName, List<RowView> rows, int importable, int existing,
        int refused, String csv, String fileProblem) {

    /** A row as shown: {@code statusKey} and {@code tone} for its badge, {@code problems} in words, each with the value. */
    public record RowView(long line, String name, String email, String organisation, String statusKey, String tone,
            List<String> problems) {
    }

    static ImportPreviewView from(long cohortId, String cohortName, ParticipantCsv.Result result, String csv, Messages messages) {
        List<RowView> rows = result.rows().stream().map(row -> row(row, messages)).toList();
        String problem = result.fileProblem()
                .map(key -> messages.get(key, String.join(", ", result.missingColumns().stream().map(c -> c.header(messages)).toList()),
                        ParticipantCsv.MAX_ROWS))
                .orElse("");
        return new ImportPreviewView(cohortId, cohortName, rows,
                (int) result.rows().stream().filter(ParticipantCsv.Row::importable).count(),
                (int) result.rows().stream().filter(ParticipantCsv.Row::alreadyInCohort).count(),
                (int) result.rows().stream().filter(r -> r.participant().isEmpty() || r.duplicate()).count(),
                csv, problem);
    }

    private static RowView row(ParticipantCsv.Row row, Messages messages) {
        String status = row.duplicate() ? "import.row.duplicate"
                : row.participant().isEmpty() ? "import.row.refused"
                : row.alreadyInCohort() ? "import.row.existing" : "import.row.ok";
        String tone = row.importable() ? "success" : row.alreadyInCohort() && !row.duplicate() ? "neutral" : "danger";
        List<String> problems = row.form().getErrors().entrySet().stream()
                .map((Map.Entry<String, String> e) -> problem(e.getKey(), e.getValue(), row.form().value(e.getKey()), messages))
                .toList();
        return new RowView(row.line(), row.form().value(ParticipantForm.NAME), row.form().value(ParticipantForm.EMAIL),
                row.form().value(ParticipantForm.ORGANISATION), status, tone, problems);
    }

    /** E.g. "Functie: 'teamleider' is geen van de mogelijkheden. Kies uit: klantmanager, …". */
    private static String problem(String field, String messageKey, String value, Messages messages) {
        String column = messages.get("column." + field);
        String what = messages.get(messageKey);
        String sentence = value.isEmpty() ? messages.get("import.problem.empty", column, what)
                : messages.get("import.problem", column, value, what);
        return allowed(field, messageKey, messages).map(a -> sentence + " " + messages.get("import.problem.allowed", a)).orElse(sentence);
    }

    private static Optional<String> allowed(String field, String messageKey, Messages messages) {
        if (!messageKey.equals("form.invalidChoice")) {
            return Optional.empty();
        }
        List<Option> options = field.equals(ParticipantForm.FUNCTION) ? Choices.functions(messages)
                : field.equals(ParticipantForm.ORGANISATION_TYPE) ? Choices.organisationTypes(messages) : List.of();
        return options.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", options.stream().map(Option::label).toList()));
    }
}
