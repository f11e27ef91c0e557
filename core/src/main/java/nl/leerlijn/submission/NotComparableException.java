package nl.leerlijn.submission;

import nl.leerlijn.InvalidInputException;

/** Two versions can be compared word by word only when they are of the same work and both have a text. */
public final class NotComparableException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param from the earlier version asked for
     * @param to the later one
     */
    public NotComparableException(SubmissionId from, SubmissionId to) {
        super("Versions " + from + " and " + to + " are not two texts of the same work");
    }
}
