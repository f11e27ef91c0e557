package nl.leerlijn.grouping;

import java.util.List;
import java.util.stream.Collectors;
import nl.leerlijn.InvalidInputException;

/** The request cannot be met without breaking a hard rule; {@link #reasons()} says which, as values. */
public final class ImpossibleGroupingException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> reasons;

    /** @param reasons why, at least one */
    public ImpossibleGroupingException(List<Violation> reasons) {
        super("No grouping keeps every rule: " + reasons.stream().map(Violation::describe).collect(Collectors.joining("; ")));
        this.reasons = List.copyOf(reasons);
    }

    /** @return why the request cannot be met */
    public List<Violation> reasons() {
        return reasons;
    }
}
