package nl.leerlijn.assessment;

import java.time.Instant;
import java.util.Map;
import nl.leerlijn.curriculum.Rubric;

/**
 * A result as the student sees it once released.
 *
 * @param score points and the rating or grade
 * @param levels per criterion, the agreed level
 * @param feedback the agreed feedback
 * @param releasedAt when it was released
 */
public record ReleasedResult(Rubric.Score score, Map<String, Integer> levels, String feedback, Instant releasedAt) {
    public ReleasedResult {
        levels = Map.copyOf(levels);
    }
}
