package nl.leerlijn.cohort;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.curriculum.ActivityKey;
import org.jdbi.v3.core.Jdbi;

/**
 * Extensions: a participant asks for a later deadline with a reason; a kerndocent of the cohort
 * approves or refuses it, or grants one directly. An applying extension moves that participant's
 * deadline everywhere (their schedule, progress, calendar feed, whether a hand-in is late). Every
 * request and decision stays on record. Thread-safe.
 */
public final class ExtensionService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final CohortAccess access;
    private final JdbiCohortRepository cohorts;
    private final JdbiParticipantRepository participants;
    private final JdbiExtensionRepository extensions;

    /**
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     */
    public ExtensionService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.cohorts = new JdbiCohortRepository(jdbi);
        this.access = new CohortAccess(cohorts);
        this.participants = new JdbiParticipantRepository(jdbi);
        this.extensions = new JdbiExtensionRepository(jdbi);
    }

    /**
     * The participant asks for a later deadline.
     *
     * @param reason why, 1 to 2000 characters
     * @throws NotPermittedException for anyone but the (active) participant themself
     * @throws IllegalArgumentException when the activity has no deadline, or the date is not later than the current one
     */
    public Extension request(Actor actor, ParticipantId id, ActivityKey activity, Instant due, String reason) {
        return jdbi.inTransaction(h -> {
            Participant participant = participants.find(id).orElseThrow(() -> new ParticipantNotFoundException(id));
            if (!participant.userId().equals(actor.userId()) || !participant.isActive()) {
                throw new NotPermittedException(actor.userId(), "ask an extension for participant " + id);
            }
            requireLater(participant, activity, due);
            ExtensionId created = extensions.insert(id, activity, due, Text.required(reason, 2000, "reason"),
                    ExtensionState.REQUESTED, actor.userId(), clock.instant());
            return extensions.find(created).orElseThrow();
        });
    }

    /**
     * A kerndocent gives a participant a later deadline without a request.
     *
     * @throws NotPermittedException unless the actor manages the participant's cohort
     */
    public Extension grant(Actor actor, ParticipantId id, ActivityKey activity, Instant due, String reason) {
        return jdbi.inTransaction(h -> {
            Participant participant = participants.find(id).orElseThrow(() -> new ParticipantNotFoundException(id));
            access.requireManage(actor, participant.cohortId());
            requireLater(participant, activity, due);
            ExtensionId created = extensions.insert(id, activity, due, Text.required(reason, 2000, "reason"),
                    ExtensionState.GRANTED, actor.userId(), clock.instant());
            Extension granted = extensions.find(created).orElseThrow();
            extensions.applyOverride(granted);
            return granted;
        });
    }

    /**
     * A kerndocent approves or refuses a request; deciding twice changes nothing.
     *
     * @return the extension as it stands after the decision
     * @throws NotPermittedException unless the actor manages the participant's cohort
     */
    public Extension decide(Actor actor, ExtensionId id, boolean approve) {
        return jdbi.inTransaction(h -> {
            Extension extension = extensions.find(id).orElseThrow(() -> new ExtensionNotFoundException(id));
            Participant participant = participants.find(extension.participant()).orElseThrow();
            access.requireManage(actor, participant.cohortId());
            if (extension.state() != ExtensionState.REQUESTED) {
                return extension;
            }
            extensions.decide(id, approve ? ExtensionState.APPROVED : ExtensionState.REFUSED, actor.userId(), clock.instant());
            Extension decided = extensions.find(id).orElseThrow();
            if (approve) {
                extensions.applyOverride(decided);
            }
            return decided;
        });
    }

    /** @return every extension in the cohort, newest first; for its staff and administrators */
    public List<Extension> inCohort(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            access.requireViewAsStaff(actor, cohort);
            return extensions.inCohort(cohort);
        });
    }

    /** @return the participant's extensions, newest first; for themself, the cohort's staff and administrators */
    public List<Extension> ofParticipant(Actor actor, ParticipantId id) {
        return jdbi.inTransaction(h -> {
            Participant participant = participants.find(id).orElseThrow(() -> new ParticipantNotFoundException(id));
            access.requireViewParticipant(actor, participant);
            return extensions.ofParticipant(id);
        });
    }

    private void requireLater(Participant participant, ActivityKey activity, Instant due) {
        ScheduleItem deadline = cohorts.schedule(participant.cohortId()).stream()
                .filter(i -> i.activity().equals(activity) && !i.isSession()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Activity " + activity + " has no deadline in cohort "
                        + participant.cohortId()));
        Instant current = extensions.overridesOf(participant.id()).getOrDefault(activity, deadline.at());
        if (!due.isAfter(current)) {
            throw new IllegalArgumentException("An extension moves the deadline of " + activity + " later than " + current);
        }
    }
}
