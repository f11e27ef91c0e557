package nl.leerlijn.submission;

/** What came of handing a version in. */
public sealed interface SubmitOutcome {

    /** @return the version the outcome concerns */
    Submission submission();

    /** The version is handed in and frozen. */
    record Submitted(Submission submission) implements SubmitOutcome {
    }

    /** It was handed in before; nothing changed. */
    record AlreadySubmitted(Submission submission) implements SubmitOutcome {
    }

    /** The milestone no longer takes versions; nothing changed. */
    record Closed(Submission submission) implements SubmitOutcome {
    }
}
