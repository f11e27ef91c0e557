package nl.leerlijn.submission;

/** What came of an upload. */
public sealed interface UploadOutcome {

    /** A new version was stored. */
    record Stored(Submission submission) implements UploadOutcome {
    }

    /** The same upload (same idempotency key) was stored before; nothing new was made. */
    record AlreadyStored(Submission submission) implements UploadOutcome {
    }

    /**
     * Nothing was stored; earlier versions are untouched.
     *
     * @param reason why
     * @param fileName the file it concerns, or empty
     */
    record Refused(Refusal reason, String fileName) implements UploadOutcome {
    }

    /** Why an upload or a hand-in was refused. */
    enum Refusal {
        /** A file is larger than the upload policy allows. */
        TOO_LARGE,
        /** A file is not one of the accepted kinds of document. */
        TYPE_NOT_ACCEPTED,
        /** A file is a zip that would unpack too far before it says what it is (a zip bomb, or not a real document). */
        UNPACKS_TOO_LARGE,
        /** Neither a file nor a text. */
        EMPTY,
        /** The milestone no longer takes new versions (handed in, and the deadline has passed). */
        CLOSED
    }
}
