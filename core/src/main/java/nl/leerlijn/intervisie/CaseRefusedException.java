package nl.leerlijn.intervisie;

import java.util.List;
import java.util.Map;
import nl.leerlijn.InvalidInputException;

/**
 * A case or notes held something that identifies a client (a BSN, phone number, e-mail address, postcode with house
 * number, IBAN or date of birth): nothing was stored. The message names only the kinds and places, never the text.
 */
public final class CaseRefusedException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, List<Finding>> findings;

    /** @param findings per field, what the guard found (refused and flagged) */
    public CaseRefusedException(Map<String, List<Finding>> findings) {
        super("Refused a text with identifying data: " + summary(findings));
        this.findings = Map.copyOf(findings);
    }

    /** @return per field, what the guard found, refused and flagged */
    public Map<String, List<Finding>> findings() {
        return findings;
    }

    private static String summary(Map<String, List<Finding>> findings) {
        StringBuilder out = new StringBuilder();
        findings.forEach((field, list) -> list.stream().filter(Finding::refused).forEach(f -> out.append(field).append(':')
                .append(f.identifier()).append('@').append(f.start()).append(' ')));
        return out.toString().strip();
    }
}
