package nl.leerlijn.curriculum;

import java.util.List;
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
 * @param goals what a praktijkopdracht asks the participant to reach, in order; may be empty
 * @param steps the thinking steps that guide the plan of a praktijkopdracht (e.g. doelgroep, doel, aanpak); may be empty
 * @param planOf for the plan of a praktijkopdracht: the praktijkopdracht (its report) it prepares; the plan is shared by
 *     the same duo
 * @param replacement for a session: the vervangende opdracht a participant who missed it gets; empty when missing it has
 *     no replacement
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
        Optional<String> rubric,
        List<String> goals,
        List<String> steps,
        Optional<ActivityKey> planOf,
        Optional<Replacement> replacement) {

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
     * @param goals what a praktijkopdracht asks the participant to reach, in order; may be empty
     * @param steps the thinking steps that guide the plan of a praktijkopdracht; may be empty
     * @param planOf for the plan of a praktijkopdracht: the praktijkopdracht it prepares
     * @param replacement for a session: the vervangende opdracht for a participant who missed it
     * @throws IllegalArgumentException when a value is missing, the study hours are negative, or a milestone is named
     *     by anything but a paper milestone (or missing from one), or anything but an intervisie meeting names a method,
     *     or anything but a session has a replacement
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
        if (planOf.isPresent() && kind != ActivityKind.PRACTICE_ASSIGNMENT) {
            throw new IllegalArgumentException("Only a praktijkopdracht has a plan: " + key);
        }
        if (replacement.isPresent() && !kind.isSession()) {
            throw new IllegalArgumentException("Only a session has a replacement assignment: " + key);
        }
        goals = List.copyOf(goals);
        steps = List.copyOf(steps);
    }

    /**
     * Checks the values; an activity without a replacement assignment.
     *
     * @param key unique within the programme
     * @param kind what sort of activity it is
     * @param title the title participants see
     * @param description may be empty, never {@code null}
     * @param studyHours estimated study load, zero or more
     * @param timing when it happens or is due
     * @param milestone the paper milestone, present exactly for {@link ActivityKind#PAPER_MILESTONE}
     * @param method the intervisie method an {@link ActivityKind#INTERVISION_MEETING} follows, if any
     * @param duo whether a praktijkopdracht is done by two participants from different disciplines
     * @param rubric the id of the programme's rubric this work is assessed with, if it is assessed
     * @param goals what a praktijkopdracht asks the participant to reach, in order; may be empty
     * @param steps the thinking steps that guide the plan of a praktijkopdracht; may be empty
     * @param planOf for the plan of a praktijkopdracht: the praktijkopdracht it prepares
     */
    public Activity(ActivityKey key, ActivityKind kind, String title, String description, int studyHours, Timing timing,
            Optional<PaperMilestone> milestone, Optional<IntervisionMethod> method, boolean duo, Optional<String> rubric,
            List<String> goals, List<String> steps, Optional<ActivityKey> planOf) {
        this(key, kind, title, description, studyHours, timing, milestone, method, duo, rubric, goals, steps, planOf, Optional.empty());
    }

    /**
     * Checks the values; an activity without goals, thinking steps or plan.
     *
     * @param key unique within the programme
     * @param kind what sort of activity it is
     * @param title the title participants see
     * @param description may be empty, never {@code null}
     * @param studyHours estimated study load, zero or more
     * @param timing when it happens or is due
     * @param milestone the paper milestone, present exactly for {@link ActivityKind#PAPER_MILESTONE}
     * @param method the intervisie method an {@link ActivityKind#INTERVISION_MEETING} follows, if any
     * @param duo whether a praktijkopdracht is done by two participants from different disciplines
     * @param rubric the id of the programme's rubric this work is assessed with, if it is assessed
     */
    public Activity(ActivityKey key, ActivityKind kind, String title, String description, int studyHours, Timing timing,
            Optional<PaperMilestone> milestone, Optional<IntervisionMethod> method, boolean duo, Optional<String> rubric) {
        this(key, kind, title, description, studyHours, timing, milestone, method, duo, rubric, List.of(), List.of(), Optional.empty(),
                Optional.empty());
    }

    /** @return for a session, its length in minutes (the net contact time it counts for); 0 for anything else */
    public int contactMinutes() {
        return timing instanceof Timing.Session session ? (int) session.duration().toMinutes() : 0;
    }

    /** @return the key of the praktijkopdracht whose duo does this work: the one it is the plan of, or itself */
    public ActivityKey workKey() {
        return planOf.orElse(key);
    }
}
