package nl.leerlijn.curriculum;

import java.util.Comparator;
import java.util.List;

/**
 * When participants are reminded of a deadline whose work they have not handed in.
 *
 * @param deadlineDaysBefore how many days before a deadline a reminder goes out (largest first); empty for none
 */
public record Reminders(List<Integer> deadlineDaysBefore) {
    /** Three days and one day before. */
    public static final Reminders DEFAULT = new Reminders(List.of(3, 1));

    /**
     * Sorts the days, largest first.
     *
     * @param deadlineDaysBefore the days before a deadline
     */
    public Reminders {
        deadlineDaysBefore = deadlineDaysBefore.stream().sorted(Comparator.reverseOrder()).toList();
    }
}
