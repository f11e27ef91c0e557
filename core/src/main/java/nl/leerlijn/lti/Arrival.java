package nl.leerlijn.lti;

import java.util.Optional;
import nl.leerlijn.cohort.CohortId;

/**
 * Where a launch takes the person, after Leerlijn gave them what their course role entitles them to.
 *
 * @param kind what happened
 * @param cohort the cohort of the course, when it is linked to one
 */
public record Arrival(Kind kind, Optional<CohortId> cohort) {
    /** What a launch comes to. */
    public enum Kind {
        /** An instructor or teaching assistant of a linked course: on the cohort's team (added now if they were not). */
        STAFF,
        /** A learner of a linked course who is a participant of its cohort. */
        PARTICIPANT,
        /** A learner the course roster enrolled, who has not said yet where they work: they complete their profile. */
        COMPLETE_PROFILE,
        /** A learner of a linked course who is not a participant yet: they complete their enrolment. */
        ENROL,
        /** An instructor of a course not linked to a cohort yet: they link it. */
        LINK_COURSE,
        /** A learner or assistant of a course not linked to a cohort yet: nothing to show until the instructor links it. */
        NOT_LINKED,
        /** An instructor or assistant the cohort's kerndocent removed from its team: a launch does not bring them back. */
        REMOVED,
        /** A teaching assistant of a course whose kerndocent has not made assistants tweede beoordelaar. */
        ASSISTANTS_NOT_ALLOWED,
        /** A launch outside a course, or with no role Leerlijn knows: only the person's own pages. */
        NO_COURSE
    }
}
