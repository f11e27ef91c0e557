package nl.leerlijn.lti;

import java.time.Instant;
import java.util.Optional;

/**
 * What reading a course roster changed in the cohort.
 *
 * @param at when
 * @param enrolled learners of the course enrolled now
 * @param withdrawn participants withdrawn now because they left the course (their work and history stay)
 * @param skipped learners not enrolled because the platform shared no e-mail address for them
 * @param problem why the roster could not be read, when it could not: {@link #NO_SERVICE}, {@link #UNREACHABLE}, or
 *     {@link #REFUSED} followed by the platform's HTTP status
 */
public record RosterSync(Instant at, int enrolled, int withdrawn, int skipped, Optional<String> problem) {
    /** The platform announced no roster service for the course (yet: a launch from the course brings it). */
    public static final String NO_SERVICE = "no-service";
    /** The platform could not be reached, took too long, or answered something unreadable. */
    public static final String UNREACHABLE = "unreachable";
    /** The platform refused (its token endpoint or its roster); followed by the status, e.g. {@code refused-403}. */
    public static final String REFUSED = "refused-";
}
