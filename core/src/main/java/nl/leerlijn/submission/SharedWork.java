package nl.leerlijn.submission;

import java.util.List;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.enrolment.Participant;

/**
 * Who shares a piece of work: a duo's members each get every version one of them uploads (and each keeps an individual
 * result on it). The praktijk feature answers for duo assignments; everything else is done alone.
 */
@FunctionalInterface
public interface SharedWork {
    /**
     * @param participant who uploads
     * @param programme their cohort's programme
     * @param activity the work
     * @return the active participants who share the work, {@code participant} first; just {@code participant} for work done
     *     alone
     * @throws WorkNotSharedYetException when the work is a duo's and the participant has no confirmed duo for it yet
     */
    List<Participant> sharers(Participant participant, Programme programme, ActivityKey activity);

    /** @return the answer for a Leerlijn without shared work: everyone works alone */
    static SharedWork alone() {
        return (participant, programme, activity) -> List.of(participant);
    }
}
