package nl.leerlijn.intervisie;

import java.util.Objects;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.enrolment.ParticipantId;

/**
 * A kerndocent's pin or exclusion for two participants of a cohort; the lower id comes first.
 *
 * @param first one participant
 * @param second the other participant
 * @param kind together or apart
 */
public record GroupRule(ParticipantId first, ParticipantId second, RuleKind kind) {
    /**
     * Orders the two participants.
     *
     * @param first one participant
     * @param second the other participant
     * @param kind together or apart
     * @throws InvalidInputException when both are the same person
     */
    public GroupRule {
        Objects.requireNonNull(kind, "kind");
        if (first.equals(second)) {
            throw new InvalidInputException("A rule is about two different participants: " + first);
        }
        if (first.value() > second.value()) {
            ParticipantId swap = first;
            first = second;
            second = swap;
        }
    }
}
