package nl.leerlijn.extension;

import java.util.List;
import nl.leerlijn.Internal;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.enrolment.ParticipantId;
import org.jdbi.v3.core.Jdbi;

/** Extensions by participant and cohort, for other features. Takes no person, checks nothing. Thread-safe. */
@Internal
public final class Extensions {
    private final JdbiExtensionRepository extensions;

    /** @param jdbi Leerlijn's database access */
    public Extensions(Jdbi jdbi) {
        this.extensions = new JdbiExtensionRepository(jdbi);
    }

    /**
     * @param participant the participant
     * @return the participant's extensions, newest first
     */
    public List<Extension> ofParticipant(ParticipantId participant) {
        return extensions.ofParticipant(participant);
    }

    /**
     * @param cohort the cohort
     * @return every extension in the cohort, newest first
     */
    public List<Extension> inCohort(CohortId cohort) {
        return extensions.inCohort(cohort);
    }

    /**
     * @param id an extension
     * @return it, when it exists
     */
    public java.util.Optional<Extension> find(ExtensionId id) {
        return extensions.find(id);
    }

    JdbiExtensionRepository repository() {
        return extensions;
    }
}
