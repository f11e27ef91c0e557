package nl.leerlijn.curriculum;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A beoordelingsformulier: criteria with levels, and how the points make a result.
 *
 * @param id referred to by activities, e.g. {@code paper}
 * @param title as assessors see it
 * @param scale rating (onvoldoende / voldoende / goed) or a 1–10 grade
 * @param voldoendePercent for a rating: the share of the maximum points that is voldoende
 * @param goedPercent for a rating: the share that is goed
 * @param criteria at least one
 */
public record Rubric(String id, String title, ResultScale scale, int voldoendePercent, int goedPercent, List<Criterion> criteria) {

    /** How a rubric's points become a result. */
    public enum ResultScale {
        /** Onvoldoende, voldoende or goed, by the share of the maximum points. */
        RATING,
        /** A grade from 1.0 to 10.0, by the share of the maximum points. */
        GRADE
    }

    /** The result of a rating scale. */
    public enum Rating {
        /** Insufficient (onvoldoende). */
        ONVOLDOENDE,
        /** Sufficient (voldoende). */
        VOLDOENDE,
        /** Good (goed). */
        GOED
    }

    /**
     * One criterion.
     *
     * @param key unique within the rubric
     * @param title what is judged
     * @param levels from lowest to highest, at least two
     * @param minimumPoints when present, a level below it makes the whole result onvoldoende
     * @param individual for work a duo shares: whether this criterion is marked per member (the own reflection, the own
     *     contribution) rather than once for the duo's shared plan or report
     */
    public record Criterion(String key, String title, List<Level> levels, Optional<Integer> minimumPoints, boolean individual) {
        /**
         * Copies the levels.
         *
         * @param key unique within the rubric
         * @param title what is judged
         * @param levels from lowest to highest, at least two
         * @param minimumPoints when present, a level below it makes the whole result onvoldoende
         * @param individual whether a duo's members are marked on it one by one
         */
        public Criterion {
            levels = List.copyOf(levels);
        }

        /**
         * A criterion marked once for shared work.
         *
         * @param key unique within the rubric
         * @param title what is judged
         * @param levels from lowest to highest, at least two
         * @param minimumPoints when present, a level below it makes the whole result onvoldoende
         */
        public Criterion(String key, String title, List<Level> levels, Optional<Integer> minimumPoints) {
            this(key, title, levels, minimumPoints, false);
        }

        int maxPoints() {
            return levels.stream().mapToInt(Level::points).max().orElse(0);
        }
    }

    /**
     * One level of a criterion.
     *
     * @param label e.g. "Voldoende"
     * @param points what it counts
     * @param descriptor what work at this level looks like
     */
    public record Level(String label, int points, String descriptor) {
    }

    /**
     * The outcome of a filled-in rubric.
     *
     * @param points the sum of the chosen levels
     * @param maxPoints the highest possible sum
     * @param rating for a rating scale
     * @param grade for a grade scale, 1.0 to 10.0 with one decimal
     * @param failedRequired the required criteria below their minimum
     */
    public record Score(int points, int maxPoints, Optional<Rating> rating, Optional<BigDecimal> grade, List<String> failedRequired) {
        /**
         * Copies the list.
         *
         * @param points the sum of the chosen levels
         * @param maxPoints the highest possible sum
         * @param rating for a rating scale
         * @param grade for a grade scale, 1.0 to 10.0 with one decimal
         * @param failedRequired the required criteria below their minimum
         */
        public Score {
            failedRequired = List.copyOf(failedRequired);
        }

        /** @return whether the result is at least voldoende (a grade of at least 5.5) */
        public boolean passed() {
            return rating.map(r -> r != Rating.ONVOLDOENDE).orElseGet(() -> grade.orElseThrow().compareTo(new BigDecimal("5.5")) >= 0);
        }
    }

    /**
     * Copies the criteria.
     *
     * @param id referred to by activities, e.g. {@code paper}
     * @param title as assessors see it
     * @param scale rating (onvoldoende / voldoende / goed) or a 1–10 grade
     * @param voldoendePercent for a rating: the share of the maximum points that is voldoende
     * @param goedPercent for a rating: the share that is goed
     * @param criteria at least one
     */
    public Rubric {
        criteria = List.copyOf(criteria);
    }

    /**
     * Scores a completely filled-in rubric.
     *
     * @param chosen per criterion key, the index of the chosen level (0 = lowest)
     * @return the points, the maximum and the result they make
     * @throws IllegalArgumentException when a criterion has no level or an unknown one
     */
    public Score score(Map<String, Integer> chosen) {
        int points = 0;
        int max = 0;
        List<String> failed = new java.util.ArrayList<>();
        for (Criterion criterion : criteria) {
            Integer index = chosen.get(criterion.key());
            if (index == null || index < 0 || index >= criterion.levels().size()) {
                throw new IllegalArgumentException("Criterion " + criterion.key() + " of rubric " + id + " has no valid level: " + index);
            }
            int got = criterion.levels().get(index).points();
            points += got;
            max += criterion.maxPoints();
            if (criterion.minimumPoints().filter(min -> got < min).isPresent()) {
                failed.add(criterion.key());
            }
        }
        if (scale == ResultScale.RATING) {
            Rating rating = !failed.isEmpty() ? Rating.ONVOLDOENDE
                    : points * 100 >= goedPercent * max ? Rating.GOED
                    : points * 100 >= voldoendePercent * max ? Rating.VOLDOENDE : Rating.ONVOLDOENDE;
            return new Score(points, max, Optional.of(rating), Optional.empty(), failed);
        }
        BigDecimal grade = BigDecimal.ONE.add(BigDecimal.valueOf(9L * points).divide(BigDecimal.valueOf(max), 1, RoundingMode.HALF_UP));
        if (!failed.isEmpty() && grade.compareTo(new BigDecimal("5.0")) > 0) {
            grade = new BigDecimal("5.0");
        }
        return new Score(points, max, Optional.empty(), Optional.of(grade), failed);
    }
}
