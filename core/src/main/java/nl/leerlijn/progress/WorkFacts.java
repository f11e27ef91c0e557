package nl.leerlijn.progress;

import java.time.Instant;
import java.util.Optional;
import nl.leerlijn.assessment.Agreement;
import nl.leerlijn.submission.VersionSummary;

/**
 * What is recorded about one piece of assessed work (a paper milestone, a praktijkopdracht) for one participant.
 *
 * @param latestHandedIn the last version handed in, if any
 * @param released the released result of that version, if it is released
 * @param revisionUntil until when an open herkansing lets the participant hand in a new version
 * @param draft whether a version is stored that is not handed in yet
 * @param versions how many versions there are in all
 */
public record WorkFacts(Optional<VersionSummary> latestHandedIn, Optional<Agreement> released, Optional<Instant> revisionUntil,
        boolean draft, int versions) {

    /** Nothing stored. */
    public static final WorkFacts NOTHING = new WorkFacts(Optional.empty(), Optional.empty(), Optional.empty(), false, 0);
}
