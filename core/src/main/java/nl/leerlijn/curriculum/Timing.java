package nl.leerlijn.curriculum;

import java.time.Duration;
import java.time.LocalTime;

/**
 * When an activity happens or is due, relative to a cohort's start date. Week 1 starts on the
 * start date; day 1 is the first day of a week.
 */
public sealed interface Timing {

    /** Done at one's own pace, without a deadline. */
    record SelfPaced() implements Timing {
    }

    /**
     * Due at {@code time} on day {@code day} of week {@code week}.
     *
     * @param week 1-based week of the programme
     * @param day 1 to 7
     * @param time local time in the cohort's zone
     */
    record Due(int week, int day, LocalTime time) implements Timing {
        /**
         * Checks the week and the day.
         *
         * @param week 1-based week of the programme
         * @param day 1 to 7
         * @param time local time in the cohort's zone
         * @throws IllegalArgumentException when the week is below 1 or the day is not 1 to 7
         */
        public Due {
            requireWeekAndDay(week, day);
        }
    }

    /**
     * A session that starts at {@code start} on day {@code day} of week {@code week}.
     *
     * @param week 1-based week of the programme
     * @param day 1 to 7
     * @param start local start time in the cohort's zone
     * @param duration positive
     * @param format on site or online
     */
    record Session(int week, int day, LocalTime start, Duration duration, SessionFormat format) implements Timing {
        /**
         * Checks the week, the day and the duration.
         *
         * @param week 1-based week of the programme
         * @param day 1 to 7
         * @param start local start time in the cohort's zone
         * @param duration positive
         * @param format on site or online
         * @throws IllegalArgumentException when the week is below 1, the day is not 1 to 7, or the duration is not positive
         */
        public Session {
            requireWeekAndDay(week, day);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("A session lasts a positive time: " + duration);
            }
        }
    }

    private static void requireWeekAndDay(int week, int day) {
        if (week < 1 || day < 1 || day > 7) {
            throw new IllegalArgumentException("Week counts from 1 and day runs 1 to 7: week " + week + ", day " + day);
        }
    }
}
