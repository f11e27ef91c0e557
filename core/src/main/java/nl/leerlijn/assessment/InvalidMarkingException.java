package nl.leerlijn.assessment;

import java.util.Map;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.submission.SubmissionId;

/**
 * A marking or an agreed result that cannot be saved as given, with what is wrong per field: a criterion key (no level
 * chosen, or one that does not exist), {@code reason} (a change needs one), {@code revision} (the herkansing policy
 * allows no more) or {@code feedback} (too long). Nothing was saved.
 */
public final class InvalidMarkingException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with one field. */
    public enum Problem {
        /** A criterion needs one of its levels. */
        CHOOSE_LEVEL,
        /** Changing an agreed result needs a reason. */
        REASON_REQUIRED,
        /** The herkansing policy allows no (more) revisions of this work. */
        NO_REVISIONS_LEFT,
        /** The text is longer than allowed. */
        TOO_LONG
    }

    private final transient Map<String, Problem> problems;

    /**
     * @param id the version
     * @param problems per field, what is wrong
     */
    public InvalidMarkingException(SubmissionId id, Map<String, Problem> problems) {
        super("The marking of submission " + id + " cannot be saved: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** @return per field, what is wrong */
    public Map<String, Problem> problems() {
        return problems;
    }
}
