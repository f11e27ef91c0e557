package nl.leerlijn.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a schedule change would do, shown before it is saved.
 *
 * @param before the item as it is
 * @param after the item as it would be
 * @param activeParticipants how many participants it concerns
 * @param inThePast whether the new moment has already passed
 * @param earlierDeadline whether a deadline moves earlier (participants get less time)
 * @param sameDay other sessions of the cohort on the new day
 */
public record ScheduleChangeEffect(ScheduleItem before, ScheduleItem after, int activeParticipants, boolean inThePast,
        boolean earlierDeadline, List<ScheduleItem> sameDay) {

    /**
     * Copies the list.
     *
     * @param before the item as it is
     * @param after the item as it would be
     * @param activeParticipants how many participants it concerns
     * @param inThePast whether the new moment has already passed
     * @param earlierDeadline whether a deadline moves earlier (participants get less time)
     * @param sameDay other sessions of the cohort on the new day
     */
    public ScheduleChangeEffect {
        sameDay = List.copyOf(sameDay);
    }

    /** @return whether anything would change at all */
    public boolean changesSomething() {
        return !before.at().equals(after.at()) || !before.location().equals(after.location());
    }

    static ScheduleItem moved(ScheduleItem item, Instant at, Optional<String> location) {
        Optional<Instant> endsAt = item.endsAt().map(end -> at.plus(java.time.Duration.between(item.at(), end)));
        Optional<String> place = item.isSession() ? location.or(item::location) : Optional.empty();
        return new ScheduleItem(item.id(), item.cohortId(), item.activity(), item.moduleCode(), item.kind(), item.title(),
                at, endsAt, item.format(), place);
    }
}
