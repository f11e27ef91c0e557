package nl.leerlijn.schedule;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.SessionFormat;
import nl.leerlijn.cohort.CohortId;

/**
 * A dated session or deadline of a cohort.
 *
 * @param id the item
 * @param cohortId the cohort
 * @param activity the programme activity it comes from
 * @param moduleCode the activity's module
 * @param kind the activity's kind
 * @param title the activity's title
 * @param at a session's start or a deadline's moment
 * @param endsAt a session's end; empty for a deadline
 * @param format a session's format; empty for a deadline
 * @param location where a session takes place: an address, or for an online session its meeting link; empty for a
 *     deadline and for an online session whose link is not set yet
 */
public record ScheduleItem(
        ScheduleItemId id, CohortId cohortId, ActivityKey activity, String moduleCode, ActivityKind kind,
        String title, Instant at, Optional<Instant> endsAt, Optional<SessionFormat> format, Optional<String> location) {

    /** @return whether this is a session (rather than a deadline) */
    public boolean isSession() {
        return endsAt.isPresent();
    }

    /** @return whether this is a session held online (its location, when set, is the meeting link) */
    public boolean isOnline() {
        return format.filter(f -> f == SessionFormat.ONLINE).isPresent();
    }

    /**
     * @param due the participant's deadline
     * @return this item with a participant's own deadline; sessions are never moved this way
     */
    public ScheduleItem withDeadline(Instant due) {
        return isSession() ? this : new ScheduleItem(id, cohortId, activity, moduleCode, kind, title, due, endsAt, format, location);
    }

    /**
     * @param items the cohort's items
     * @param deadlines the participant's own deadline per activity
     * @return the items with the given deadlines in place of the cohort's, in time order
     */
    public static List<ScheduleItem> withDeadlines(List<ScheduleItem> items, Map<ActivityKey, Instant> deadlines) {
        if (deadlines.isEmpty()) {
            return items;
        }
        return items.stream().map(i -> deadlines.containsKey(i.activity()) ? i.withDeadline(deadlines.get(i.activity())) : i)
                .sorted(Comparator.comparing(ScheduleItem::at).thenComparing(i -> i.activity().value()))
                .toList();
    }
}
