package nl.leerlijn.curriculum;

import java.util.List;

/**
 * A theme of the programme with its learning goals and activities.
 *
 * @param code short code, unique within the programme (e.g. {@code M1})
 * @param title the title participants see
 * @param learningGoals may be empty
 * @param activities at least one, in the order participants meet them
 */
public record Module(String code, String title, List<String> learningGoals, List<Activity> activities) {
    /**
     * Checks the values; the lists are copied.
     *
     * @param code short code, unique within the programme (e.g. {@code M1})
     * @param title the title participants see
     * @param learningGoals may be empty
     * @param activities at least one, in the order participants meet them
     * @throws IllegalArgumentException when the code or the title is blank, or there are no activities
     */
    public Module {
        if (code == null || code.isBlank() || title == null || title.isBlank()) {
            throw new IllegalArgumentException("A module needs a code and a title: " + code);
        }
        learningGoals = List.copyOf(learningGoals);
        activities = List.copyOf(activities);
        if (activities.isEmpty()) {
            throw new IllegalArgumentException("A module has at least one activity: " + code);
        }
    }
}
