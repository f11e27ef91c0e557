package nl.leerlijn.web.cohort;

import java.util.List;
import java.util.Map;
import nl.leerlijn.web.render.Messages;

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

    /** A row as shown: {@code statusKey} and {@code tone} for its badge, {@code problems} already translated. */
    public record RowView(long line, String name, String email, String organisation, String statusKey, String tone,
            List<String> problems) {
    }

    static ImportPreviewView from(long cohortId, String cohortName, ParticipantCsv.Result result, String csv, Messages messages) {
        List<RowView> rows = result.rows().stream().map(row -> row(row, messages)).toList();
        String problem = result.fileProblem()
                .map(key -> messages.get(key, String.join(", ", result.missingColumns()), ParticipantCsv.MAX_ROWS))
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
                .map((Map.Entry<String, String> e) -> messages.get("import.column", e.getKey(), messages.get(e.getValue())))
                .toList();
        return new RowView(row.line(), row.form().value(ParticipantForm.NAME), row.form().value(ParticipantForm.EMAIL),
                row.form().value(ParticipantForm.ORGANISATION), status, tone, problems);
    }
}
