package nl.leerlijn.praktijk;

import java.util.List;
import nl.leerlijn.InvalidInputException;

/** Outcomes that cannot be stored: a number out of range, a text too long, or a client identifiable in what is quoted. */
public final class OutcomesRefusedException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    /** What was wrong, one line each. */
    private final List<String> problems;

    /** @param problems one message key per problem, e.g. {@code praktijk.outcomes.identifies} */
    public OutcomesRefusedException(List<String> problems) {
        super("Outcomes refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    /** @return one message key per problem */
    public List<String> problems() {
        return problems;
    }
}
