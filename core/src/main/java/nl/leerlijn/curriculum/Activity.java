package nl.leerlijn.curriculum;

import java.util.Optional;

/**
 * One thing to do in a module.
 *
 * @param key unique within the programme
 * @param kind what sort of activity it is
 * @param title the title participants see
 * @param description may be empty, never {@code null}
 * @param studyHours estimated study load, zero or more
 * @param timing when it happens or is due
 * @param milestone the paper milestone, present exactly for {@link ActivityKind#PAPER_MILESTONE}
 * @param method the intervisie method the meeting follows, resolved from the programme's methods; only an
 *     {@link ActivityKind#INTERVISION_MEETING} has one, and it may have none
 * @param duo whether a praktijkopdracht is done by two participants from different disciplines
 * @param rubric the id of the programme's rubric this work is assessed with, if it is assessed
 */
public record Activity(
        ActivityKey key,
        ActivityKind kind,
        String title,
        String description,
        int studyHours,
        Timing timing,
        Optional<PaperMilestone> milestone,
        Optional<IntervisionMethod> method,
        boolean duo,
        Optional<String> rubric) {

    /**
     * Checks the values.
     *
     * @param key unique within the programme
     * @param kind what sort of activity it is
     * @param title the title participants see
     * @param description may be empty, never {@code null}
     * @param studyHours estimated study load, zero or more
     * @param timing when it happens or is due
     * @param milestone the paper milestone, present exactly for {@link ActivityKind#PAPER_MILESTONE}
     * @param method the intervisie method the meeting follows, resolved from the programme's methods; only an
 *     {@link ActivityKind#INTERVISION_MEETING} has one, and it may have none
     * @param duo whether a praktijkopdracht is done by two participants from different disciplines
     * @param rubric the id of the programme's rubric this work is assessed with, if it is assessed
     * @throws IllegalArgumentException when a value is missing, the study hours are negative, or a milestone is named
     *     by anything but a paper milestone (or missing from one), or anything but an intervisie meeting names a method
     */
    public Activity {
        if (key == null || kind == null || title == null || title.isBlank() || description == null || timing == null) {
            throw new IllegalArgumentException("An activity needs a key, kind, title, description and timing: " + key);
        }
        if (studyHours < 0) {
            throw new IllegalArgumentException("Study hours cannot be negative: " + key);
        }
        if (milestone.isPresent() != (kind == ActivityKind.PAPER_MILESTONE)) {
            throw new IllegalArgumentException("Exactly the paper milestones name a milestone: " + key);
        }
        if (method.isPresent() && kind != ActivityKind.INTERVISION_MEETING) {
            throw new IllegalArgumentException("Only an intervisie meeting follows an intervisie method: " + key);
        }
    }
}
