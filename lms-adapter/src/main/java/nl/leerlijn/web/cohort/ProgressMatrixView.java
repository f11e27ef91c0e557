package nl.leerlijn.web.cohort;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.progress.Attention;
import nl.leerlijn.progress.CohortProgress;
import nl.leerlijn.progress.ParticipantProgress;
import nl.leerlijn.progress.Status;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Statuses;

/**
 * The progress matrix: participant by module, each cell a status word with its colour and how many of the module's activities
 * are klaar, linking to the participant; plus counts of activities per status and who needs attention as the written summary.
 *
 * @param modules the columns
 * @param rows one per active participant shown
 * @param summary counts of activities per status over the participants shown, in words
 * @param attention who needs attention, in words; empty when nobody does
 */
public record ProgressMatrixView(List<Column> modules, List<Row> rows, String summary, String attention) {

    /** A module column: its code and its name. */
    public record Column(String code, String title) {
    }

    /** A participant's row; {@code attendance} reads like "3 van 4", of the sessions held so far. */
    public record Row(long participantId, String name, List<Cell> cells, String attendance, boolean attendanceWarning) {
    }

    /**
     * A cell: the status in words and its colour, and the module's activities klaar as a short fraction ("1/3") and in words;
     * {@code moduleCode} anchors the link into the participant's page.
     */
    public record Cell(String moduleCode, String moduleTitle, String status, String tone, String settled, String settledInWords) {
    }

    static ProgressMatrixView from(CohortProgress progress, Optional<String> organisation, Messages messages) {
        List<Column> modules = progress.programme().modules().stream().map(m -> new Column(m.code(), m.title())).toList();
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        List<ParticipantProgress> shown = progress.participants().stream()
                .filter(p -> p.participant().isActive())
                .filter(p -> organisation.isEmpty() || p.participant().profile().organisation().name().equals(organisation.get()))
                .toList();
        List<Row> rows = shown.stream().map(p -> row(p, progress.programme(), counts, messages)).toList();
        String summary = messages.get("progress.summary", counts.getOrDefault(Status.DONE, 0), counts.getOrDefault(Status.HANDED_IN, 0),
                counts.getOrDefault(Status.DUE, 0), counts.getOrDefault(Status.LATE, 0) + counts.getOrDefault(Status.MISSING, 0),
                counts.getOrDefault(Status.REVISION, 0) + counts.getOrDefault(Status.FAILED, 0), counts.getOrDefault(Status.EXCUSED, 0));
        List<String> names = progress.behind().stream().filter(a -> shown.contains(a.progress()))
                .map((Attention a) -> a.progress().participant().profile().displayName()).toList();
        return new ProgressMatrixView(modules, rows, summary, attention(names, messages));
    }

    private static String attention(List<String> names, Messages messages) {
        if (names.isEmpty()) {
            return messages.get("progress.nobodyBehind");
        }
        List<String> first = names.subList(0, Math.min(3, names.size()));
        String listed = first.size() == 1 ? first.get(0)
                : String.join(", ", first.subList(0, first.size() - 1)) + messages.get("words.and") + first.get(first.size() - 1);
        return names.size() > first.size() ? messages.get("progress.behindMore", listed, names.size() - first.size())
                : messages.get("progress.behind", listed, names.size());
    }

    private static Row row(ParticipantProgress p, Programme programme, Map<Status, Integer> counts, Messages messages) {
        p.activities().forEach(a -> counts.merge(a.status(), 1, Integer::sum));
        List<Cell> cells = programme.modules().stream().map(m -> {
            Status status = p.modules().get(m.code());
            long settled = p.settledIn(m);
            int size = m.activities().size();
            return new Cell(m.code(), m.title(), messages.get(Statuses.key(status)), Statuses.tone(status), settled + "/" + size,
                    messages.get("progress.settled", settled, size));
        }).toList();
        return new Row(p.participant().id().value(), p.participant().profile().displayName(), cells,
                messages.get("progress.attended", p.attendance().counted(), p.attendance().held()),
                p.attendance().belowThreshold() || p.attendance().outOfReach());
    }
}
