package nl.leerlijn.intervisie;

import java.util.Map;
import java.util.Objects;

/**
 * The inbrenger's case, in four thinking steps; only the question to the group is required.
 *
 * @param question vraagverheldering: the question behind the question
 * @param lifeDomains what plays on the client's leefgebieden
 * @param tried what has been tried so far
 * @param groupQuestion the question to the group
 */
public record CaseText(String question, String lifeDomains, String tried, String groupQuestion) {
    /** Longest text of one step, in characters. */
    public static final int MAX_STEP = 8000;
    /** Longest question to the group, in characters. */
    public static final int MAX_GROUP_QUESTION = 4000;

    /**
     * Trims the steps; an absent step is empty.
     *
     * @param question vraagverheldering
     * @param lifeDomains the leefgebieden
     * @param tried what has been tried
     * @param groupQuestion the question to the group
     */
    public CaseText {
        question = Objects.requireNonNullElse(question, "").strip();
        lifeDomains = Objects.requireNonNullElse(lifeDomains, "").strip();
        tried = Objects.requireNonNullElse(tried, "").strip();
        groupQuestion = Objects.requireNonNullElse(groupQuestion, "").strip();
    }

    /** @return the steps by field name ({@code question}, {@code lifeDomains}, {@code tried}, {@code groupQuestion}), in order */
    public Map<String, String> steps() {
        java.util.LinkedHashMap<String, String> steps = new java.util.LinkedHashMap<>();
        steps.put("question", question);
        steps.put("lifeDomains", lifeDomains);
        steps.put("tried", tried);
        steps.put("groupQuestion", groupQuestion);
        return steps;
    }
}
