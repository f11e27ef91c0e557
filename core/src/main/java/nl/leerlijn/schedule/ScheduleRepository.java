package nl.leerlijn.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.PlannedActivity;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.extension.ExtensionId;

/** Where cohorts' sessions and deadlines, their changes and participants' own deadlines are kept. */
interface ScheduleRepository {

    /** @param location where on-site sessions take place; online sessions get no place until the kerndocent sets their link */
    void insert(CohortId id, Programme programme, List<PlannedActivity> plan, String location);

    List<ScheduleItem> schedule(CohortId id);

    /** @return the coming items of every cohort the person actively takes part in, soonest first, with their own deadlines */
    List<ScheduleItem> upcomingForParticipant(UserId user, Instant from, int limit);

    /** Saves the item's new moment and place and records the change. */
    void reschedule(ScheduleItem before, ScheduleItem after, UserId actor, Instant at);

    /** @return how many participants of the cohort take part */
    int activeParticipants(CohortId cohort);

    /** @return the items of every cohort the person teaches, assesses or actively follows, in time order */
    List<CalendarEntry> calendarOf(UserId user);

    /** @return the deadlines that apply to this participant instead of the cohort's */
    Map<ActivityKey, Instant> deadlinesOf(ParticipantId participant);

    /** @return per participant of the cohort, the deadlines that apply instead of the cohort's; one query */
    Map<ParticipantId, Map<ActivityKey, Instant>> deadlinesInCohort(CohortId cohort);

    /** Makes {@code due} the deadline that applies to the participant for the activity, because of the extension. */
    void setPersonalDeadline(ParticipantId participant, ActivityKey activity, Instant due, ExtensionId because);
}
