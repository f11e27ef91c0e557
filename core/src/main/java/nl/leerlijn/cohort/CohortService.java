package nl.leerlijn.cohort;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.curriculum.PlannedActivity;
import nl.leerlijn.curriculum.ProgrammeCatalog;
import nl.leerlijn.curriculum.ProgrammeDefinition;
import nl.leerlijn.curriculum.ProgrammeVersionId;
import nl.leerlijn.curriculum.ProgrammeVersions;
import nl.leerlijn.curriculum.SchedulePlanner;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use cases for cohorts: create one from a programme definition, assign staff, find cohorts.
 * Thread-safe; each use case runs in one transaction.
 */
public final class CohortService {
    private static final Logger LOG = LoggerFactory.getLogger(CohortService.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;
    private final ProgrammeCatalog catalog;
    private final ProgrammeVersions versions;
    private final CohortRepository cohorts;
    private final CohortAccess access;

    /**
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param zone where cohorts meet; schedule times are local to it
     * @param catalog the programme definitions on offer
     * @param versions where the definitions cohorts use are kept
     */
    public CohortService(Jdbi jdbi, Clock clock, ZoneId zone, ProgrammeCatalog catalog, ProgrammeVersions versions) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = zone;
        this.catalog = catalog;
        this.versions = versions;
        this.cohorts = new JdbiCohortRepository(jdbi);
        this.access = new CohortAccess(cohorts);
    }

    /**
     * Creates a cohort, keeps the programme definition it runs and plans its sessions and
     * deadlines from the start date. A kerndocent who creates a cohort becomes its kerndocent.
     *
     * @throws nl.leerlijn.access.NotPermittedException unless the actor is kerndocent or administrator
     * @throws nl.leerlijn.curriculum.ProgrammeNotFoundException when the catalog lacks the programme
     */
    public Cohort create(Actor actor, NewCohort request) {
        access.requireMayCreateCohorts(actor);
        ProgrammeDefinition definition = catalog.get(request.programme());
        List<PlannedActivity> plan = SchedulePlanner.plan(definition.programme(), request.startDate(), zone);
        Instant now = clock.instant();
        Cohort cohort = jdbi.inTransaction(h -> {
            ProgrammeVersionId version = versions.keep(definition);
            CohortId id = cohorts.insert(version, request, actor.userId(), now);
            cohorts.insertSchedule(id, definition.programme(), plan, request.location());
            if (actor.has(Role.CORE_TEACHER)) {
                cohorts.addStaff(new StaffMember(id, actor.userId(), actor.displayName(), StaffRole.CORE_TEACHER), now);
            }
            return cohorts.find(id).orElseThrow();
        });
        LOG.info("Cohort {} '{}' created from programme {} by {}", cohort.id(), cohort.name(), request.programme(), actor.userId());
        return cohort;
    }

    /**
     * Gives a person a staff role in the cohort; assigning a role someone already has changes nothing.
     *
     * @return whether the role was new
     * @throws nl.leerlijn.access.NotPermittedException unless the actor manages the cohort
     */
    public boolean assignStaff(Actor actor, CohortId cohort, UserId user, String displayName, StaffRole role) {
        StaffMember member = new StaffMember(cohort, user, displayName, role);
        return jdbi.inTransaction(h -> {
            access.requireManage(actor, cohort);
            return cohorts.addStaff(member, clock.instant());
        });
    }

    /**
     * @return the cohort, for its staff and administrators
     * @throws CohortNotFoundException when there is no such cohort
     * @throws nl.leerlijn.access.NotPermittedException for anyone else
     */
    public Cohort cohort(Actor actor, CohortId id) {
        return jdbi.inTransaction(h -> access.requireViewAsStaff(actor, id));
    }

    /** @return the cohort's kerndocenten and tweede beoordelaars, for its staff and administrators */
    public List<StaffMember> staff(Actor actor, CohortId id) {
        return jdbi.inTransaction(h -> {
            access.requireViewAsStaff(actor, id);
            return cohorts.staff(id);
        });
    }

    /** @return every cohort the actor is staff or participant of, newest start first */
    public List<CohortMembership> cohortsOf(Actor actor) {
        return cohorts.membershipsOf(actor.userId());
    }

    /** @return every cohort the actor is staff or participant of, with counts, newest start first; one query */
    public List<CohortSummary> summariesOf(Actor actor) {
        return cohorts.summariesOf(actor.userId(), clock.instant());
    }

    /**
     * @return the cohort, for those who may trace its results: its kerndocenten, administrators and the
     *     examencommissie
     * @throws CohortNotFoundException when there is no such cohort
     * @throws nl.leerlijn.access.NotPermittedException for anyone else
     */
    public Cohort cohortToExamine(Actor actor, CohortId id) {
        return jdbi.inTransaction(h -> access.requireExamine(actor, id));
    }

    /**
     * @return every cohort, newest start first, for administrators and the examencommissie
     * @throws nl.leerlijn.access.NotPermittedException for anyone else
     */
    public List<Cohort> allToExamine(Actor actor) {
        if (!CohortAccess.mayExamineAll(actor)) {
            throw new NotPermittedException(actor.userId(), "list every cohort");
        }
        return cohorts.all();
    }

    /** @return whether the actor may start cohorts (kerndocent or administrator) */
    public boolean mayCreateCohorts(Actor actor) {
        return actor.isAdministrator() || actor.has(Role.CORE_TEACHER);
    }

    /** @return whether the actor may change participants, staff and schedule of the cohort */
    public boolean mayManage(Actor actor, CohortId cohort) {
        return actor.isAdministrator() || cohorts.staffRoles(cohort, actor.userId()).contains(StaffRole.CORE_TEACHER);
    }

    /**
     * @return the cohort of a participant the caller has already been allowed to see (through
     *     {@link EnrolmentService#participant}); no further check
     */
    public Cohort cohortOf(Participant participant) {
        return cohorts.find(participant.cohortId()).orElseThrow(() -> new CohortNotFoundException(participant.cohortId()));
    }
}
