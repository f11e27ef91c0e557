package nl.leerlijn.cohort;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.leerlijn.Internal;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.curriculum.ProgrammeVersionId;
import nl.leerlijn.curriculum.ProgrammeVersions;
import org.jdbi.v3.core.Jdbi;

/** Cohorts by id, for other features. Takes no person, checks nothing. Thread-safe. */
@Internal
public final class Cohorts {
    private final CohortRepository cohorts;
    private final ProgrammeVersions versions;
    /** A cohort runs the definition it was created from for ever, so which one it is can be remembered. */
    private final Map<CohortId, ProgrammeVersionId> runs = new ConcurrentHashMap<>();

    /**
     * @param jdbi Leerlijn's database access
     * @param versions the stored programme definitions
     */
    public Cohorts(Jdbi jdbi, ProgrammeVersions versions) {
        this.cohorts = new JdbiCohortRepository(jdbi);
        this.versions = versions;
    }

    /**
     * @param id the cohort
     * @return the programme the cohort runs, exactly as it was when the cohort was created; read once per cohort
     * @throws CohortNotFoundException when there is no such cohort
     */
    public Programme programme(CohortId id) {
        ProgrammeVersionId version = runs.get(id);
        if (version == null) {
            version = require(id).programmeVersion();
            runs.put(id, version);
        }
        return versions.load(version).programme();
    }

    /**
     * @param id the cohort
     * @return the cohort
     * @throws CohortNotFoundException when there is none
     */
    public Cohort require(CohortId id) {
        Cohort cohort = cohorts.find(id).orElseThrow(() -> new CohortNotFoundException(id));
        runs.putIfAbsent(id, cohort.programmeVersion());
        return cohort;
    }

    /**
     * @param id the cohort
     * @return the cohort, if it exists
     */
    public Optional<Cohort> find(CohortId id) {
        return cohorts.find(id);
    }

    /**
     * @param id the cohort
     * @return the cohort's current kerndocenten and tweede beoordelaars
     */
    public List<StaffMember> staff(CohortId id) {
        return cohorts.staff(id);
    }

    /**
     * Gives a person a staff role without asking anyone, for a caller that established the right itself (an LTI launch of
     * the course's instructor, which the platform signed), except to someone the cohort's kerndocent removed from that
     * role: a launch never undoes a removal.
     *
     * @param member the person, their name and role
     * @param at when
     * @return whether the role was new
     */
    public boolean addStaffUnlessRemoved(StaffMember member, java.time.Instant at) {
        return cohorts.addStaffUnlessRemoved(member, at);
    }

    CohortRepository repository() {
        return cohorts;
    }
}
