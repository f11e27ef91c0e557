package nl.leerlijn.intervisie;

import java.util.List;
import java.util.Map;
import nl.leerlijn.InvalidInputException;

/**
 * A case or notes hold words that look like names: nothing was stored until the author confirms that they are not a
 * client's real name, or changes them. The message names only the places, never the text.
 */
public final class NamesToConfirmException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, List<Finding>> findings;

    /** @param findings per field, the likely names */
    public NamesToConfirmException(Map<String, List<Finding>> findings) {
        super("Likely names to confirm: " + findings.values().stream().mapToInt(List::size).sum());
        this.findings = Map.copyOf(findings);
    }

    /** @return per field, the likely names */
    public Map<String, List<Finding>> findings() {
        return findings;
    }
}
