package nl.leerlijn.enrolment;

/** What came of an attempt to enrol someone. */
public sealed interface EnrolmentOutcome {

    /** @return the participation, new or existing */
    Participant participant();

    /** The person is now a participant. */
    record Enrolled(Participant participant) implements EnrolmentOutcome {
    }

    /** The person was already in this cohort (perhaps withdrawn: reactivate them instead). Nothing changed. */
    record AlreadyEnrolled(Participant participant) implements EnrolmentOutcome {
    }
}
