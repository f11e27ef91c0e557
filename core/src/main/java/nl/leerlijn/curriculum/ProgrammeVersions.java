package nl.leerlijn.curriculum;

import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps the programme definitions that cohorts were created from, exactly as they were then.
 * Implementations are thread-safe.
 */
public interface ProgrammeVersions {

    /**
     * Stores the definition unless an identical one (same id and content) is stored already.
     *
     * @param definition the definition a new cohort runs
     * @return the id of the stored version
     */
    ProgrammeVersionId keep(ProgrammeDefinition definition);

    /**
     * @param id the stored version
     * @return the stored definition
     * @throws nl.leerlijn.LeerlijnException when no such version is stored
     */
    ProgrammeDefinition load(ProgrammeVersionId id);

    /**
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @return the store in Leerlijn's {@code ll_programme_version} table
     */
    static ProgrammeVersions inDatabase(Jdbi jdbi, Clock clock) {
        return new JdbiProgrammeVersions(jdbi, clock);
    }
}
