package nl.leerlijn.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerlijn.access.Access;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.Cohorts;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.PaperMilestone;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.submission.Submissions;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes a cohort's records once their retention period (see {@link RetentionPolicy}) has passed since the cohort ended,
 * kind by kind, and records that it did ({@link Purge}). A cohort ends with its last session, deadline, personal
 * deadline or herkansing. The files of deleted versions become orphans in the same transaction; the orphan sweep removes
 * them from the store after its grace period (so an upload of the same content under way keeps it). The background jobs run {@link #purgeExpired()} daily; a host without them calls it itself. Thread-safe; two
 * nodes never purge the same cohort at once.
 */
public final class RetentionService {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;
    private final RetentionPolicy policy;
    private final Access access;
    private final Cohorts cohorts;
    private final Submissions submissions;
    private final JdbiRetentionRepository store;

    /**
     * Wires retention; see {@code LeerlijnCore}.
     *
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param zone the zone in which a cohort's end date is taken
     * @param policy how long each kind of record is kept
     * @param access decides who may see the retention of a cohort
     * @param cohorts cohorts and their programmes
     * @param submissions versions of work and the file store
     */
    public RetentionService(Jdbi jdbi, Clock clock, ZoneId zone, RetentionPolicy policy, Access access, Cohorts cohorts,
            Submissions submissions) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = zone;
        this.policy = policy;
        this.access = access;
        this.cohorts = cohorts;
        this.submissions = submissions;
        this.store = new JdbiRetentionRepository(jdbi);
    }

    /** @return how long each kind of record is kept */
    public RetentionPolicy policy() {
        return policy;
    }

    /**
     * @param actor who asks: the cohort's kerndocenten, administrators, the examencommissie
     * @param cohort the cohort
     * @return per kind of record, in {@link Artefact} order, its period, when it goes and whether it went; a fixed number of
     *     queries
     * @throws nl.leerlijn.access.NotPermittedException when the actor may not see it
     */
    public List<Retention> of(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayManage() || permissions.mayExamine(), "see the retention of cohort " + cohort);
            Optional<LocalDate> end = store.endOf(cohort).map(at -> LocalDate.ofInstant(at, zone));
            Map<Artefact, Purge> done = store.purgesOf(cohort).stream().collect(Collectors.toMap(Purge::artefact, p -> p));
            List<Retention> all = new ArrayList<>();
            for (Artefact kind : Artefact.values()) {
                all.add(new Retention(kind, policy.period(kind), end.map(e -> e.plus(policy.period(kind))), Optional.ofNullable(done.get(kind))));
            }
            return all;
        });
    }

    /**
     * Deletes every kind of record whose retention period has passed, in every cohort, each kind of each cohort in a
     * transaction of its own that also records the purge and hands the files let go of to the orphan sweep. Running it
     * again changes nothing.
     *
     * @return the purges done now, oldest cohort first
     */
    public List<Purge> purgeExpired() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<Purge> done = new ArrayList<>();
        Map<CohortId, Instant> ends = store.ends();
        for (Map.Entry<CohortId, Instant> end : ends.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
            LocalDate ended = LocalDate.ofInstant(end.getValue(), zone);
            for (Artefact kind : Artefact.values()) {
                LocalDate due = ended.plus(policy.period(kind));
                if (!today.isBefore(due)) {
                    purge(end.getKey(), kind, due).ifPresent(done::add);
                }
            }
        }
        return done;
    }

    /** @return every purge recorded so far, oldest first; for the examencommissie's records and for tests */
    public List<Purge> purges() {
        return store.purges().stream().sorted(Comparator.comparing(Purge::purgedAt)).toList();
    }

    private Optional<Purge> purge(CohortId cohort, Artefact kind, LocalDate due) {
        Optional<Purge> done = jdbi.inTransaction(h -> {
            if (!store.claim(cohort, kind)) {
                return Optional.empty();
            }
            Programme programme = cohorts.programme(cohort);
            JdbiRetentionRepository.Done deleted = switch (kind) {
                case MARKED_WORK -> {
                    JdbiRetentionRepository.Done work = store.emptyWork(cohort, finalPaper(programme), false);
                    yield new JdbiRetentionRepository.Done(work.records() + store.emptyOtherWork(cohort, clock.instant()), work.attachments(),
                            work.files());
                }
                case PRESENCE_LISTS -> new JdbiRetentionRepository.Done(store.deletePresence(cohort), 0, List.of());
                case FINAL_PAPER -> store.emptyWork(cohort, finalPaper(programme), true);
                case RESULT_LISTS -> store.deleteResults(cohort);
                case AWARD_PROOF -> new JdbiRetentionRepository.Done(store.deleteAwards(cohort), 0, List.of());
            };
            submissions.recordOrphans(deleted.files());
            Purge purge = new Purge(cohort, kind, due, clock.instant(), deleted.records(), deleted.attachments());
            store.record(purge);
            return Optional.of(purge);
        });
        done.ifPresent(p -> LOG.info("Retention: deleted {} of cohort {} (due {}): {} record(s), {} attachment(s); their files go "
                + "from the store with the next orphan sweep unless other work holds them", kind, cohort.value(), due, p.records(), p.files()));
        return done;
    }

    private static Set<ActivityKey> finalPaper(Programme programme) {
        return programme.activities().stream()
                .filter(a -> a.kind() == ActivityKind.PAPER_MILESTONE && a.milestone().filter(m -> m == PaperMilestone.EINDVERSIE).isPresent())
                .map(Activity::key).collect(Collectors.toSet());
    }
}
