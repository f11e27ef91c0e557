package nl.leerlijn.cohort;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.access.UserId;
import nl.leerlijn.curriculum.PlannedActivity;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.curriculum.ProgrammeVersionId;

/** Where cohorts, their staff and their schedules are kept. */
interface CohortRepository {

    CohortId insert(ProgrammeVersionId version, NewCohort cohort, UserId createdBy, Instant at);

    Optional<Cohort> find(CohortId id);

    /** @return every cohort, newest start first */
    List<Cohort> all();

    /** Adds the staff member unless they already have that role in the cohort; @return whether it was added. */
    boolean addStaff(StaffMember member, Instant at);

    List<StaffMember> staff(CohortId id);

    Set<StaffRole> staffRoles(CohortId id, UserId user);

    /** @return the cohorts the person is staff or participant of, newest start first */
    List<CohortMembership> membershipsOf(UserId user);

    /** @return like {@link #membershipsOf}, with counts of active participants and sessions from {@code now} on */
    List<CohortSummary> summariesOf(UserId user, Instant now);

    void insertSchedule(CohortId id, Programme programme, List<PlannedActivity> plan, String location);

    List<ScheduleItem> schedule(CohortId id);

    /** @return the coming items of every cohort the person actively takes part in, soonest first */
    List<ScheduleItem> upcomingForParticipant(UserId user, Instant from, int limit);

    /** Saves the item's new moment and place and records the change. */
    void reschedule(ScheduleItem before, ScheduleItem after, UserId actor, Instant at);

    /** @return how many participants of the cohort take part */
    int activeParticipants(CohortId cohort);

    /** @return the items of every cohort the person teaches, assesses or actively follows, in time order */
    List<CalendarEntry> calendarOf(UserId user);
}
