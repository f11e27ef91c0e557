package nl.leerlijn.web.cohort;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.progress.CohortProgress;
import nl.leerlijn.progress.ParticipantProgress;
import nl.leerlijn.progress.Status;

/**
 * The progress matrix: participant by module, each cell a status word with its colour, plus counts
 * per status as the text alternative.
 *
 * @param modules the columns
 * @param rows one per active participant shown
 * @param counts how many module cells have each status (message key of the status to count)
 */
public record ProgressMatrixView(List<Column> modules, List<Row> rows, Map<String, Integer> counts) {

    /** A module column. */
    public record Column(String code, String title) {
    }

    /** A participant's row; {@code attendance} reads like "3 van 12". */
    public record Row(long participantId, String name, List<Cell> cells, int attended, int sessions, int stillNeeded) {
    }

    /** A cell: {@code statusKey} is a message key, {@code tone} the badge colour. */
    public record Cell(String moduleTitle, String statusKey, String tone) {
    }

    static ProgressMatrixView from(CohortProgress progress, Optional<String> organisation) {
        List<Column> modules = progress.programme().modules().stream().map(m -> new Column(m.code(), m.title())).toList();
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        List<Row> rows = progress.participants().stream()
                .filter(p -> p.participant().isActive())
                .filter(p -> organisation.isEmpty() || p.participant().profile().organisation().name().equals(organisation.get()))
                .map(p -> row(p, modules, counts))
                .toList();
        Map<String, Integer> byKey = new java.util.LinkedHashMap<>();
        for (Status status : Status.values()) {
            byKey.put(key(status), counts.getOrDefault(status, 0));
        }
        return new ProgressMatrixView(modules, rows, byKey);
    }

    private static Row row(ParticipantProgress p, List<Column> modules, Map<Status, Integer> counts) {
        List<Cell> cells = modules.stream().map(m -> {
            Status status = p.modules().get(m.code());
            counts.merge(status, 1, Integer::sum);
            return new Cell(m.title(), key(status), tone(status));
        }).toList();
        return new Row(p.participant().id().value(), p.participant().profile().displayName(), cells, p.sessionsAttended(),
                p.sessions(), p.sessionsStillNeeded());
    }

    static String key(Status status) {
        return "progress." + status.name();
    }

    /** @return the badge colour of a status, the same wherever progress is shown */
    public static String tone(Status status) {
        return switch (status) {
            case DONE -> "success";
            case EXCUSED, DUE -> "neutral";
            case LATE -> "warning";
            case MISSING -> "danger";
        };
    }
}
