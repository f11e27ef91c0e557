package nl.leerlijn.praktijk;

import java.util.List;
import java.util.OptionalInt;

/**
 * What a praktijk report says it achieved, beside its text: exported per cohort for the opleider's evaluation.
 *
 * @param targetGroup the clients it was for, e.g. "bijstandsgerechtigden tussen 27 en 50"
 * @param sessions how many sessions were given
 * @param participantsReached how many clients took part
 * @param measures outcome measures with their values, in the order given
 * @param clientVoices what the clients said, anonymised
 */
public record Outcomes(String targetGroup, OptionalInt sessions, OptionalInt participantsReached, List<Measure> measures,
        String clientVoices) {
    /** The longest target group description. */
    public static final int MAX_TARGET_GROUP = 500;
    /** The longest text of what clients said. */
    public static final int MAX_CLIENT_VOICES = 4_000;
    /** The most measures a report lists. */
    public static final int MAX_MEASURES = 8;

    /**
     * Copies the measures.
     *
     * @param targetGroup the clients it was for
     * @param sessions how many sessions were given
     * @param participantsReached how many clients took part
     * @param measures outcome measures with their values
     * @param clientVoices what the clients said, anonymised
     */
    public Outcomes {
        measures = List.copyOf(measures);
    }

    /** @return whether nothing was filled in */
    public boolean isEmpty() {
        return targetGroup.isBlank() && sessions.isEmpty() && participantsReached.isEmpty() && measures.isEmpty()
                && clientVoices.isBlank();
    }
}
