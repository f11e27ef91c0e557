package nl.leerlijn.enrolment;

/** What came of withdrawing or reactivating a participant. */
public sealed interface ParticipationChange {

    /** @return the participation after the attempt */
    Participant participant();

    /** The status changed and the change was recorded. */
    record Changed(Participant participant) implements ParticipationChange {
    }

    /** The participant already had that status; nothing changed. */
    record AlreadyInStatus(Participant participant) implements ParticipationChange {
    }
}
