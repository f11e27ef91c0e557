package nl.leerlijn.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long each kind of record is kept after a cohort ends. Records go in an order the data allows: result lists are
 * kept at least as long as the work and presence they list, and award proof at least as long as anything else (the
 * participants' names go with it).
 *
 * @param periods a period for every {@link Artefact}
 */
public record RetentionPolicy(Map<Artefact, Period> periods) {
    /** The shortest period accepted for any kind. */
    public static final Period MINIMUM = Period.ofMonths(6);
    private static final LocalDate REFERENCE = LocalDate.of(2000, 1, 1);

    /**
     * Checks that every kind has a period of at least {@link #MINIMUM} and the order holds.
     *
     * @param periods a period for every kind
     * @throws IllegalArgumentException when a kind is missing, a period is shorter than {@link #MINIMUM} or the order does not hold
     */
    public RetentionPolicy {
        Objects.requireNonNull(periods, "periods");
        EnumMap<Artefact, Period> copy = new EnumMap<>(Artefact.class);
        for (Artefact kind : Artefact.values()) {
            Period period = periods.get(kind);
            if (period == null) {
                throw new IllegalArgumentException("The retention policy has no period for " + kind);
            }
            if (REFERENCE.plus(period).isBefore(REFERENCE.plus(MINIMUM))) {
                throw new IllegalArgumentException("A retention period is at least " + MINIMUM + " (a shorter one is a slip that deletes "
                        + "what is still needed): " + kind + " " + period);
            }
            copy.put(kind, period);
        }
        for (Artefact listed : new Artefact[] {Artefact.MARKED_WORK, Artefact.PRESENCE_LISTS, Artefact.FINAL_PAPER}) {
            requireNotLonger(copy, listed, Artefact.RESULT_LISTS);
        }
        for (Artefact kind : Artefact.values()) {
            requireNotLonger(copy, kind, Artefact.AWARD_PROOF);
        }
        periods = Collections.unmodifiableMap(copy);
    }

    /** @return the standard policy: marked work and presence lists 2 years, the final paper 7, result lists 10, award proof 50 */
    public static RetentionPolicy standard() {
        EnumMap<Artefact, Period> periods = new EnumMap<>(Artefact.class);
        for (Artefact kind : Artefact.values()) {
            periods.put(kind, kind.standardPeriod());
        }
        return new RetentionPolicy(periods);
    }

    /**
     * @param kind a kind of record
     * @param period how long to keep it after a cohort ends
     * @return this policy with that period
     * @throws IllegalArgumentException when the period is shorter than {@link #MINIMUM} or breaks the order
     */
    public RetentionPolicy keep(Artefact kind, Period period) {
        EnumMap<Artefact, Period> changed = new EnumMap<>(periods);
        changed.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(period, "period"));
        return new RetentionPolicy(changed);
    }

    /**
     * @param kind a kind of record
     * @return how long it is kept after a cohort ends
     */
    public Period period(Artefact kind) {
        return periods.get(kind);
    }

    private static void requireNotLonger(Map<Artefact, Period> periods, Artefact shorter, Artefact longer) {
        if (REFERENCE.plus(periods.get(shorter)).isAfter(REFERENCE.plus(periods.get(longer)))) {
            throw new IllegalArgumentException("Retention: " + shorter + " (" + periods.get(shorter) + ") cannot be kept longer than "
                    + longer + " (" + periods.get(longer) + ")");
        }
    }
}
