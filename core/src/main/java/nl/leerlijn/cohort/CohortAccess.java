package nl.leerlijn.cohort;

import java.util.Set;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.access.Role;

/**
 * Who may see and change what in a cohort, as named policies. A platform administrator may do
 * everything; a kerndocent manages only the cohorts they are kerndocent of; a tweede beoordelaar
 * sees the cohorts they assess in; a participant sees their own participation.
 */
final class CohortAccess {
    private final CohortRepository cohorts;

    CohortAccess(CohortRepository cohorts) {
        this.cohorts = cohorts;
    }

    /** Anyone the platform calls kerndocent or administrator may start a cohort. */
    void requireMayCreateCohorts(Actor actor) {
        if (!actor.isAdministrator() && !actor.has(Role.CORE_TEACHER)) {
            throw new NotPermittedException(actor.userId(), "create cohorts");
        }
    }

    /** Change participants, staff and schedule: the cohort's kerndocenten and administrators. */
    void requireManage(Actor actor, CohortId cohort) {
        requireExists(cohort);
        if (!actor.isAdministrator() && !roles(actor, cohort).contains(StaffRole.CORE_TEACHER)) {
            throw new NotPermittedException(actor.userId(), "manage cohort " + cohort);
        }
    }

    /** See the whole cohort (all participants): its staff and administrators. @return the cohort */
    Cohort requireViewAsStaff(Actor actor, CohortId cohort) {
        Cohort found = requireExists(cohort);
        if (!actor.isAdministrator() && roles(actor, cohort).isEmpty()) {
            throw new NotPermittedException(actor.userId(), "view cohort " + cohort);
        }
        return found;
    }

    /** See one participant's data: the participant themself, the cohort's staff and administrators. */
    void requireViewParticipant(Actor actor, Participant participant) {
        if (participant.userId().equals(actor.userId())) {
            return;
        }
        if (!actor.isAdministrator() && roles(actor, participant.cohortId()).isEmpty()) {
            throw new NotPermittedException(actor.userId(), "view participant " + participant.id());
        }
    }

    /**
     * Trace results (the audit trail): the cohort's kerndocenten, administrators and the examencommissie.
     * @return the cohort
     */
    Cohort requireExamine(Actor actor, CohortId cohort) {
        Cohort found = requireExists(cohort);
        if (!mayExamineAll(actor) && !roles(actor, cohort).contains(StaffRole.CORE_TEACHER)) {
            throw new NotPermittedException(actor.userId(), "trace the results of cohort " + cohort);
        }
        return found;
    }

    /** Administrators and the examencommissie may trace the results of every cohort. */
    static boolean mayExamineAll(Actor actor) {
        return actor.isAdministrator() || actor.has(Role.EXAM_COMMITTEE);
    }

    private Set<StaffRole> roles(Actor actor, CohortId cohort) {
        return cohorts.staffRoles(cohort, actor.userId());
    }

    private Cohort requireExists(CohortId cohort) {
        return cohorts.find(cohort).orElseThrow(() -> new CohortNotFoundException(cohort));
    }
}
