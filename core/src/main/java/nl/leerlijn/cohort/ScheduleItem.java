package nl.leerlijn.cohort;

import java.time.Instant;
import java.util.Optional;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.SessionFormat;

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
 * @param location where a session takes place; empty for a deadline
 */
public record ScheduleItem(
        ScheduleItemId id, CohortId cohortId, ActivityKey activity, String moduleCode, ActivityKind kind,
        String title, Instant at, Optional<Instant> endsAt, Optional<SessionFormat> format, Optional<String> location) {

    /** @return whether this is a session (rather than a deadline) */
    public boolean isSession() {
        return endsAt.isPresent();
    }
}
