package nl.leerlijn.access;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.enrolment.ParticipantId;
import org.jdbi.v3.core.Jdbi;

/**
 * Works out how a person relates to a cohort (kerndocent, tweede beoordelaar, participant, examencommissie, beheer) and
 * answers permission questions by name through {@link Permissions}. The one place Leerlijn decides who may see and do
 * what: use cases ask it, pages ask it which actions to offer. Within one request ({@link #forRequest}) a relation is
 * read once (one statement) and remembered. Thread-safe.
 */
public final class Access {
    private final Jdbi jdbi;
    private final ThreadLocal<Map<Key, Permissions>> request = new ThreadLocal<>();

    private record Key(Actor actor, CohortId cohort) {
    }

    /** @param jdbi Leerlijn's database access */
    public Access(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * @param cohort the cohort
     * @param actor who asks
     * @return how the actor relates to the cohort and what they may do there; a stranger to a cohort that does not exist gets no relation
     */
    public Permissions in(CohortId cohort, Actor actor) {
        Map<Key, Permissions> known = request.get();
        if (known == null) {
            return read(actor, cohort);
        }
        return known.computeIfAbsent(new Key(actor, cohort), k -> read(actor, cohort));
    }

    /**
     * @param actor who asks
     * @return whether the person may start cohorts: kerndocenten and administrators
     */
    public boolean mayCreateCohorts(Actor actor) {
        return actor.isAdministrator() || actor.has(Role.CORE_TEACHER);
    }

    /**
     * @param actor who asks
     * @return whether the person may trace the results of every cohort: administrators and the examencommissie
     */
    public boolean mayExamineEveryCohort(Actor actor) {
        return actor.isAdministrator() || actor.has(Role.EXAM_COMMITTEE);
    }

    /**
     * @param actor who asks
     * @throws NotPermittedException unless the person may start cohorts
     */
    public void requireMayCreateCohorts(Actor actor) {
        if (!mayCreateCohorts(actor)) {
            throw new NotPermittedException(actor.userId(), "create cohorts");
        }
    }

    /**
     * @param actor who asks
     * @throws NotPermittedException unless the person may trace the results of every cohort
     */
    public void requireMayExamineEveryCohort(Actor actor) {
        if (!mayExamineEveryCohort(actor)) {
            throw new NotPermittedException(actor.userId(), "list every cohort");
        }
    }

    /**
     * @param actor who asks
     * @param what what was asked, for the log
     * @throws NotPermittedException unless the platform calls the person an administrator (beheer)
     */
    public void requireAdministrator(Actor actor, String what) {
        if (!actor.isAdministrator()) {
            throw new NotPermittedException(actor.userId(), what);
        }
    }

    /**
     * @param actor who asks
     * @return whether the platform calls the person an administrator (beheer): they register LTI platforms
     */
    public boolean isAdministrator(Actor actor) {
        return actor.isAdministrator();
    }

    /**
     * A person's own records are theirs to read, and no one else's: a file of another's work is refused.
     *
     * @param actor who asks
     * @param own whether what is asked for is the actor's own (found with the actor's id)
     * @param what what was asked, with the ids involved, for the log
     * @throws NotPermittedException unless it is their own
     */
    public void requireOwn(Actor actor, boolean own, String what) {
        if (!own) {
            throw new NotPermittedException(actor.userId(), what);
        }
    }

    /**
     * @param actor who asks
     * @return whether the platform calls the person a student (deelnemer): they get "Mijn opleiding" and "Mijn paper"
     */
    public boolean isStudent(Actor actor) {
        return actor.has(Role.STUDENT);
    }

    /**
     * @param actor who asks
     * @return whether the platform calls the person a kerndocent: one who starts a cohort becomes its kerndocent
     */
    public boolean isCoreTeacher(Actor actor) {
        return actor.has(Role.CORE_TEACHER);
    }

    /**
     * Runs one request's work; relations worked out during it are remembered until it ends. Calls may nest.
     *
     * @param <T> what the work returns
     * @param work the request's work
     * @return what {@code work} returns
     */
    public <T> T forRequest(Supplier<T> work) {
        if (request.get() != null) {
            return work.get();
        }
        request.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            request.remove();
        }
    }

    /**
     * Forgets what this request knew of the cohort's relations, after its staff or participants changed.
     *
     * @param cohort the cohort whose staff or participants changed
     */
    public void changed(CohortId cohort) {
        Map<Key, Permissions> known = request.get();
        if (known != null) {
            known.keySet().removeIf(k -> k.cohort().equals(cohort));
        }
    }

    private Permissions read(Actor actor, CohortId cohort) {
        Set<Relation> relations = EnumSet.noneOf(Relation.class);
        if (actor.isAdministrator()) {
            relations.add(Relation.ADMINISTRATOR);
        }
        if (actor.has(Role.EXAM_COMMITTEE)) {
            relations.add(Relation.EXAM_COMMITTEE);
        }
        ParticipantId[] participation = new ParticipantId[1];
        boolean[] active = new boolean[1];
        jdbi.useHandle(h -> h.createQuery("""
                SELECT 'STAFF' AS kind, role AS detail, CAST(NULL AS BIGINT) AS participant_id
                FROM ll_cohort_staff WHERE cohort_id = :cohort AND user_id = :user AND removed_at IS NULL
                UNION ALL
                SELECT 'PARTICIPANT', status, id FROM ll_participant WHERE cohort_id = :cohort AND user_id = :user
                """)
                .bind("cohort", cohort.value())
                .bind("user", actor.userId().value())
                .map((rs, ctx) -> {
                    if (rs.getString("kind").equals("STAFF")) {
                        relations.add(rs.getString("detail").equals("CORE_TEACHER") ? Relation.CORE_TEACHER : Relation.SECOND_ASSESSOR);
                    } else {
                        relations.add(Relation.PARTICIPANT);
                        participation[0] = new ParticipantId(rs.getLong("participant_id"));
                        active[0] = rs.getString("detail").equals("ACTIVE");
                    }
                    return 0;
                })
                .list());
        return new Permissions(actor, cohort, relations, Optional.ofNullable(participation[0]), active[0]);
    }
}
