package nl.leerlijn.praktijk;

import java.util.ArrayList;
import java.util.List;
import nl.leerlijn.Internal;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.Participants;
import nl.leerlijn.submission.SharedWork;
import nl.leerlijn.submission.WorkNotSharedYetException;
import org.jdbi.v3.core.Jdbi;

/**
 * Who shares a praktijkopdracht: the active members of the participant's confirmed duo. A member who withdrew is left
 * out, so the other keeps the work so far and goes on alone. Takes no person, checks nothing. Thread-safe.
 */
@Internal
public final class Duos implements SharedWork {
    private final JdbiPracticeRepository store;
    private final Participants participants;

    /**
     * @param jdbi Leerlijn's database access
     * @param participants participants by id
     */
    public Duos(Jdbi jdbi, Participants participants) {
        this.store = new JdbiPracticeRepository(jdbi);
        this.participants = participants;
    }

    @Override
    public List<Participant> sharers(Participant participant, Programme programme, ActivityKey activity) {
        if (!programme.sharedByDuo(activity)) {
            return List.of(participant);
        }
        ActivityKey work = programme.activity(activity).orElseThrow().workKey();
        Duo duo = store.duosOf(participant.id()).stream().filter(d -> d.activity().equals(work) && d.confirmed()).findFirst()
                .orElseThrow(() -> new WorkNotSharedYetException(participant.id(), activity));
        List<Participant> sharers = new ArrayList<>();
        sharers.add(participant);
        duo.partnersOf(participant.id()).stream().map(participants::require).filter(Participant::isActive).forEach(sharers::add);
        return sharers;
    }
}
