package nl.leerlijn.assessment;

import java.time.Instant;
import java.util.Map;
import nl.leerlijn.access.UserId;

/**
 * One assessor's marking.
 *
 * @param role first or second assessor
 * @param assessor who
 * @param levels per criterion key, the chosen level (0 = lowest); may be incomplete while not done
 * @param comments per criterion key, a comment; may be empty
 * @param feedback general feedback
 * @param done whether the assessor finished
 * @param version increases with every save; a save must name the version it started from
 * @param updatedAt when it was last saved
 */
public record Marking(AssessorRole role, UserId assessor, Map<String, Integer> levels, Map<String, String> comments,
        String feedback, boolean done, int version, Instant updatedAt) {
    /**
     * Copies the maps.
     *
     * @param role first or second assessor
     * @param assessor who
     * @param levels per criterion key, the chosen level (0 = lowest); may be incomplete while not done
     * @param comments per criterion key, a comment; may be empty
     * @param feedback general feedback
     * @param done whether the assessor finished
     * @param version increases with every save; a save must name the version it started from
     * @param updatedAt when it was last saved
     */
    public Marking {
        levels = Map.copyOf(levels);
        comments = Map.copyOf(comments);
    }
}
