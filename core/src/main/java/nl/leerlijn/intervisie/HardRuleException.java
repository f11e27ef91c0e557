package nl.leerlijn.intervisie;

import java.util.List;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.grouping.Violation;

/** A change by hand would break a hard rule of the grouping (a leidinggevende with own staff, a pin, an exclusion, a size). */
public final class HardRuleException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    /** @param violations what the change would break */
    public HardRuleException(List<Violation> violations) {
        super("The change breaks a hard rule: " + violations);
        this.violations = List.copyOf(violations);
    }

    /** @return what the change would break */
    public List<Violation> violations() {
        return violations;
    }
}
