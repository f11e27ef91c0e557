package nl.leerlijn.web.enrolment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.access.UserId;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Form;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a participant list and checks every row as the add form would. Columns may be named in Dutch or English (see
 * {@link ParticipantColumn}), so the list Leerlijn exports reads back in; other columns are ignored. Separator {@code ;} or
 * {@code ,}, whichever the header uses. Kinds of organisation and functions may be written as code or as their Dutch or
 * English label.
 */
final class ParticipantCsv {
    static final int MAX_ROWS = 500;

    /** One data row: its line, what it says, its problems (field to message key), and the participant when valid. */
    record Row(long line, Form form, Optional<NewParticipant> participant, boolean alreadyInCohort, boolean duplicate) {
        boolean importable() {
            return participant.isPresent() && !alreadyInCohort && !duplicate;
        }
    }

    /** The whole file: its rows, or the one problem (a message key) that stops it being read at all. */
    record Result(List<Row> rows, Optional<String> fileProblem, List<ParticipantColumn> missingColumns) {
    }

    private ParticipantCsv() {
    }

    static Result read(String text, Set<UserId> inCohort) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String header = content.lines().findFirst().orElse("");
        if (header.isBlank()) {
            return new Result(List.of(), Optional.of("import.empty"), List.of());
        }
        char separator = header.chars().filter(c -> c == ';').count() >= header.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowDuplicateHeaderNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Map<ParticipantColumn, Integer> columns = columns(parser.getHeaderNames());
            List<ParticipantColumn> missing = java.util.Arrays.stream(ParticipantColumn.values())
                    .filter(c -> c.required() && !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return new Result(List.of(), Optional.of("import.missingColumns"), missing);
            }
            return rows(parser, columns, inCohort);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return new Result(List.of(), Optional.of("import.unreadable"), List.of());
        }
    }

    private static Result rows(CSVParser parser, Map<ParticipantColumn, Integer> columns, Set<UserId> inCohort) {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CSVRecord record : parser) {
            if (rows.size() == MAX_ROWS) {
                return new Result(List.of(), Optional.of("import.tooManyRows"), List.of());
            }
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach((column, index) -> values.put(column.field(), index < record.size() ? record.get(index) : ""));
            values.computeIfPresent(ParticipantForm.ORGANISATION_TYPE, (k, v) -> code(v, OrganisationType.class, "organisationType."));
            values.computeIfPresent(ParticipantForm.FUNCTION, (k, v) -> code(v, JobFunction.class, "function."));
            Form form = Form.initial(values);
            Optional<NewParticipant> participant = ParticipantForm.read(form);
            String user = form.value(ParticipantForm.USER);
            boolean duplicate = !user.isEmpty() && !seen.add(user);
            boolean existing = participant.map(p -> inCohort.contains(p.userId())).orElse(false);
            rows.add(new Row(record.getRecordNumber() + 1, form, participant, existing, duplicate));
        }
        if (rows.isEmpty()) {
            return new Result(List.of(), Optional.of("import.empty"), List.of());
        }
        return new Result(List.copyOf(rows), Optional.empty(), List.of());
    }

    /** @return per column this import knows, the position of the first header that names it */
    private static Map<ParticipantColumn, Integer> columns(List<String> headers) {
        Map<ParticipantColumn, Integer> columns = new EnumMap<>(ParticipantColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            ParticipantColumn.named(headers.get(i)).ifPresent(c -> columns.putIfAbsent(c, index));
        }
        return columns;
    }

    private static <E extends Enum<E>> String code(String written, Class<E> type, String keyPrefix) {
        String wanted = written.strip().toLowerCase(Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(wanted)) {
                return value.name();
            }
            for (Locale locale : Messages.SUPPORTED) {
                if (Messages.of(locale).get(keyPrefix + value.name()).toLowerCase(Locale.ROOT).equals(wanted)) {
                    return value.name();
                }
            }
        }
        return written;
    }
}
