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
     * @return the id of the stored version
     */
    ProgrammeVersionId keep(ProgrammeDefinition definition);

    /**
     * @return the stored definition
     * @throws nl.leerlijn.LeerlijnException when no such version is stored
     */
    ProgrammeDefinition load(ProgrammeVersionId id);

    /** @return the store in Leerlijn's {@code ll_programme_version} table */
    static ProgrammeVersions inDatabase(Jdbi jdbi, Clock clock) {
        return new JdbiProgrammeVersions(jdbi, clock);
    }
}
