package nl.leerlijn.assessment;

import java.util.Map;
import nl.leerlijn.curriculum.Rubric;

/**
 * The result the assessors agreed on.
 *
 * @param score points and the rating or grade
 * @param levels per criterion key, the agreed level
 * @param comments per criterion key, a comment for the student; may be empty
 * @param feedback general feedback for the student
 * @param revisionRequested whether the student is asked to revise the work (a herkansing)
 */
public record Agreement(Rubric.Score score, Map<String, Integer> levels, Map<String, String> comments, String feedback,
        boolean revisionRequested) {
    /**
     * Copies the maps.
     *
     * @param score points and the rating or grade
     * @param levels per criterion key, the agreed level
     * @param comments per criterion key, a comment for the student; may be empty
     * @param feedback general feedback for the student
     * @param revisionRequested whether the student is asked to revise the work (a herkansing)
     */
    public Agreement {
        levels = Map.copyOf(levels);
        comments = Map.copyOf(comments);
    }
}
