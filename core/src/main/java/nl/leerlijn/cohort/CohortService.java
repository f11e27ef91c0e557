package nl.leerlijn.cohort;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.leerlijn.access.Access;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.access.UserId;
import nl.leerlijn.curriculum.ProgrammeCatalog;
import nl.leerlijn.curriculum.ProgrammeDefinition;
import nl.leerlijn.curriculum.ProgrammeVersionId;
import nl.leerlijn.curriculum.ProgrammeVersions;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use cases for cohorts: start one from a programme definition, its staff, find cohorts. Every method checks the
 * person through {@link Access}. Thread-safe; each use case runs in one transaction.
 */
public final class CohortService {
    private static final Logger LOG = LoggerFactory.getLogger(CohortService.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ProgrammeCatalog catalog;
    private final ProgrammeVersions versions;
    private final Access access;
    private final Cohorts cohorts;
    private final CohortRepository repository;
    private final CohortPlanner planner;

    /**
     * Wires the service; see {@code LeerlijnCore}.
     *
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param catalog the programme definitions on offer
     * @param versions the stored programme definitions
     * @param access decides who may do what
     * @param cohorts cohorts by id
     * @param planner plans a new cohort's sessions and deadlines
     */
    public CohortService(Jdbi jdbi, Clock clock, ProgrammeCatalog catalog, ProgrammeVersions versions, Access access, Cohorts cohorts,
            CohortPlanner planner) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.catalog = catalog;
        this.versions = versions;
        this.access = access;
        this.cohorts = cohorts;
        this.repository = cohorts.repository();
        this.planner = planner;
    }

    /**
     * Creates a cohort, keeps the programme definition it runs and plans its sessions and deadlines from the start
     * date. A kerndocent who creates a cohort becomes its kerndocent.
     *
     * @param actor who asks
     * @param request the programme, name, start date and place of the new cohort
     * @return the new cohort
     * @throws nl.leerlijn.access.NotPermittedException unless the actor is kerndocent or administrator
     * @throws nl.leerlijn.curriculum.ProgrammeNotFoundException when the catalog lacks the programme
     */
    public Cohort create(Actor actor, NewCohort request) {
        access.requireMayCreateCohorts(actor);
        ProgrammeDefinition definition = catalog.get(request.programme());
        Instant now = clock.instant();
        Cohort cohort = jdbi.inTransaction(h -> {
            ProgrammeVersionId version = versions.keep(definition);
            CohortId id = repository.insert(version, request, actor.userId(), now);
            planner.plan(id, definition.programme(), request.startDate(), request.location());
            if (access.isCoreTeacher(actor)) {
                repository.addStaff(new StaffMember(id, actor.userId(), actor.displayName(), StaffRole.CORE_TEACHER), now);
            }
            return cohorts.require(id);
        });
        LOG.info("Cohort {} '{}' created from programme {} by {}", cohort.id(), cohort.name(), request.programme(), actor.userId());
        return cohort;
    }

    /**
     * Gives a person a staff role in the cohort; assigning a role someone already has changes nothing.
     *
     * @param actor who asks
     * @param cohort the cohort
     * @param user the person who gets the role
     * @param displayName their name, as shown to the cohort
     * @param role kerndocent or tweede beoordelaar
     * @return whether the role was new
     * @throws nl.leerlijn.access.NotPermittedException unless the actor manages the cohort
     */
    public boolean assignStaff(Actor actor, CohortId cohort, UserId user, String displayName, StaffRole role) {
        StaffMember member = new StaffMember(cohort, user, displayName, role);
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayManage(), "change the staff of cohort " + cohort);
            cohorts.require(cohort);
            boolean added = repository.addStaff(member, clock.instant());
            if (added) {
                access.changed(cohort);
                LOG.info("{} gave {} the role {} in cohort {}", actor.userId(), user, role, cohort);
            }
            return added;
        });
    }

    /**
     * Takes a staff role in the cohort away from a person. A cohort always keeps at least one kerndocent. What the
     * person marked stays, with their name.
     *
     * @param actor who asks
     * @param cohort the cohort
     * @param user the person who loses the role
     * @param role kerndocent or tweede beoordelaar
     * @return whether the role was taken away, or why not
     * @throws nl.leerlijn.access.NotPermittedException unless the actor manages the cohort
     */
    public StaffRemoval removeStaff(Actor actor, CohortId cohort, UserId user, StaffRole role) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayManage(), "change the staff of cohort " + cohort);
            List<StaffMember> staff = repository.staff(cohort);
            if (staff.stream().noneMatch(s -> s.userId().equals(user) && s.role() == role)) {
                return StaffRemoval.NOT_ASSIGNED;
            }
            if (role == StaffRole.CORE_TEACHER && staff.stream().filter(s -> s.role() == StaffRole.CORE_TEACHER).count() == 1) {
                return StaffRemoval.LAST_CORE_TEACHER;
            }
            repository.removeStaff(cohort, user, role, actor.userId(), clock.instant());
            access.changed(cohort);
            LOG.info("{} took the role {} in cohort {} away from {}", actor.userId(), role, cohort, user);
            return StaffRemoval.REMOVED;
        });
    }

    /**
     * @param actor who asks
     * @param id the cohort
     * @return the cohort, for its staff and administrators
     * @throws nl.leerlijn.access.NotPermittedException for anyone else
     * @throws CohortNotFoundException when there is no such cohort
     */
    public Cohort cohort(Actor actor, CohortId id) {
        return jdbi.inTransaction(h -> {
            Cohort cohort = cohorts.require(id);
            Permissions permissions = access.in(id, actor);
            permissions.require(permissions.mayViewCohort(), "view cohort " + id);
            return cohort;
        });
    }

    /**
     * @param actor who asks
     * @param id the cohort
     * @return the cohort's kerndocenten and tweede beoordelaars, for its staff and administrators
     */
    public List<StaffMember> staff(Actor actor, CohortId id) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(id, actor);
            permissions.require(permissions.mayViewCohort(), "view the staff of cohort " + id);
            return repository.staff(id);
        });
    }

    /**
     * @param actor who asks
     * @return every cohort the actor is staff or participant of, newest start first
     */
    public List<CohortMembership> cohortsOf(Actor actor) {
        return repository.membershipsOf(actor.userId());
    }

    /**
     * @param actor who asks
     * @return every cohort the actor is staff or participant of, with counts, newest start first; one query
     */
    public List<CohortSummary> summariesOf(Actor actor) {
        return repository.summariesOf(actor.userId(), clock.instant());
    }

    /**
     * @param actor who asks
     * @param id the cohort
     * @return the cohort, for those who may trace its results: its kerndocenten, administrators and the examencommissie
     * @throws nl.leerlijn.access.NotPermittedException for anyone else
     * @throws CohortNotFoundException when there is no such cohort
     */
    public Cohort cohortToExamine(Actor actor, CohortId id) {
        return jdbi.inTransaction(h -> {
            Cohort cohort = cohorts.require(id);
            Permissions permissions = access.in(id, actor);
            permissions.require(permissions.mayExamine(), "trace the results of cohort " + id);
            return cohort;
        });
    }

    /**
     * @param actor who asks
     * @return every cohort, newest start first, for administrators and the examencommissie
     * @throws nl.leerlijn.access.NotPermittedException for anyone else
     */
    public List<Cohort> allToExamine(Actor actor) {
        access.requireMayExamineEveryCohort(actor);
        return repository.all();
    }
}
