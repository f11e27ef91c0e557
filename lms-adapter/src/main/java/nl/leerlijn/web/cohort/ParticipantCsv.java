package nl.leerlijn.web.cohort;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.JobFunction;
import nl.leerlijn.cohort.NewParticipant;
import nl.leerlijn.cohort.OrganisationType;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Form;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a participant list (the columns of the export: userId, name, email, organisation,
 * organisationType, function, registerplein, skj) and checks every row as the add form would.
 * Separator {@code ;} or {@code ,}, whichever the header uses. Kinds of organisation and functions
 * may be written as code or as their Dutch or English label.
 */
final class ParticipantCsv {
    static final List<String> REQUIRED = List.of(ParticipantForm.USER, ParticipantForm.NAME, ParticipantForm.EMAIL,
            ParticipantForm.ORGANISATION, ParticipantForm.ORGANISATION_TYPE, ParticipantForm.FUNCTION);
    static final List<String> OPTIONAL = List.of(ParticipantForm.REGISTERPLEIN, ParticipantForm.SKJ);
    static final int MAX_ROWS = 500;

    /** One data row: its line, what it says, its problems (field to message key), and the participant when valid. */
    record Row(long line, Form form, Optional<NewParticipant> participant, boolean alreadyInCohort, boolean duplicate) {
        boolean importable() {
            return participant.isPresent() && !alreadyInCohort && !duplicate;
        }
    }

    /** The whole file: its rows, or the one problem (a message key) that stops it being read at all. */
    record Result(List<Row> rows, Optional<String> fileProblem, List<String> missingColumns) {
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
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Map<String, String> columns = columnNames(parser.getHeaderNames());
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return new Result(List.of(), Optional.of("import.missingColumns"), missing);
            }
            return rows(parser, columns, inCohort);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return new Result(List.of(), Optional.of("import.unreadable"), List.of());
        }
    }

    private static Result rows(CSVParser parser, Map<String, String> columns, Set<UserId> inCohort) {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CSVRecord record : parser) {
            if (rows.size() == MAX_ROWS) {
                return new Result(List.of(), Optional.of("import.tooManyRows"), List.of());
            }
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach((field, column) -> values.put(field, record.isMapped(column) && record.isSet(column) ? record.get(column) : ""));
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

    /** @return field name to the header as written, for the columns this import knows */
    private static Map<String, String> columnNames(List<String> headers) {
        Map<String, String> columns = new HashMap<>();
        for (String header : headers) {
            for (String field : concat(REQUIRED, OPTIONAL)) {
                if (field.equalsIgnoreCase(header.strip())) {
                    columns.put(field, header);
                }
            }
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

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
