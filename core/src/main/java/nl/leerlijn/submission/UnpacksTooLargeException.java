package nl.leerlijn.submission;

import java.io.IOException;

/**
 * A zip (a Word or OpenDocument file, or something pretending to be one) that would have to be unpacked too far to tell
 * what it is. Uploads refuse it with {@link UploadOutcome.Refusal#UNPACKS_TOO_LARGE}.
 */
public final class UnpacksTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    UnpacksTooLargeException() {
        super("The document unpacks to more than " + DocumentType.MAX_UNPACKED_BYTES + " bytes or "
                + DocumentType.MAX_ENTRIES + " entries before it says what it is");
    }
}
