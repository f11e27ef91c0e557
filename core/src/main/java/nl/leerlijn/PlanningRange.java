package nl.leerlijn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates Leerlijn plans with: from 1 January 1900 up to and including 31 December 9999. Every supported database
 * stores these (PostgreSQL stores no timestamp past the year 294276, H2 many more), and no cohort runs outside them.
 */
public final class PlanningRange {
    /** The first day Leerlijn plans. */
    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    /** The last day Leerlijn plans. */
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private PlanningRange() {
    }

    /**
     * @param date the date to check
     * @param what the date, for the message
     * @return {@code date} when it lies in the range
     * @throws DateOutOfRangeException when it does not
     */
    public static LocalDate require(LocalDate date, String what) {
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new DateOutOfRangeException(what + " " + date);
        }
        return date;
    }

    /**
     * @param at the moment to check
     * @param what the moment, for the message
     * @return {@code at} when it lies between the first moment of {@link #FIRST} and the last of {@link #LAST}, in UTC
     * @throws DateOutOfRangeException when it does not
     */
    public static Instant require(Instant at, String what) {
        if (at.isBefore(FIRST.atStartOfDay().toInstant(ZoneOffset.UTC))
                || !at.isBefore(LAST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
            throw new DateOutOfRangeException(what + " " + at);
        }
        return at;
    }
}
