package nl.leerlijn.graduation;

import java.util.Optional;
import nl.leerlijn.progress.ActivityProgress;

/**
 * One completion criterion of the definition for one participant, met or not, with what shows it.
 *
 * @param kind which criterion
 * @param met whether the participant meets it now
 * @param part for an assessed part: the activity and its state (handed-in version, released result)
 */
public record Criterion(Kind kind, boolean met, Optional<ActivityProgress> part) {
    /** The criteria a definition's completion policy makes. */
    public enum Kind {
        /** Enough sessions attended (or replaced by a replacement assignment judged voldoende). */
        ATTENDANCE,
        /** An assessed part (paper milestone or praktijkopdracht) released as at least voldoende. */
        ASSESSED_PART,
        /** A reflection written after every intervisie meeting attended. */
        INTERVISION_REFLECTIONS
    }
}
