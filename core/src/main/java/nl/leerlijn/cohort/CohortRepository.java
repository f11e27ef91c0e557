package nl.leerlijn.cohort;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.UserId;
import nl.leerlijn.curriculum.ProgrammeVersionId;

/** Where cohorts and their staff are kept. */
interface CohortRepository {

    CohortId insert(ProgrammeVersionId version, NewCohort cohort, UserId createdBy, Instant at);

    Optional<Cohort> find(CohortId id);

    /** @return every cohort, newest start first */
    List<Cohort> all();

    /** Gives the staff member the role unless they have it already; @return whether it was added (or given back). */
    boolean addStaff(StaffMember member, Instant at);

    /** Adds the role unless the person has it or had it and was removed (then nothing changes); @return whether it was added */
    boolean addStaffUnlessRemoved(StaffMember member, Instant at);

    /** Takes the role away; @return whether they had it. */
    boolean removeStaff(CohortId cohort, UserId user, StaffRole role, UserId by, Instant at);

    /** @return the cohort's current kerndocenten and tweede beoordelaars, by role and name */
    List<StaffMember> staff(CohortId id);

    /** @return the cohorts the person is staff or participant of, newest start first */
    List<CohortMembership> membershipsOf(UserId user);

    /** @return like {@link #membershipsOf}, with counts of active participants and sessions from {@code now} on */
    List<CohortSummary> summariesOf(UserId user, Instant now);
}
