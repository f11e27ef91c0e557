package nl.leerlijn.submission;

import nl.leerlijn.NotNowException;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;

/** Work that a duo shares cannot be uploaded before the kerndocent has confirmed the participant's duo. */
public final class WorkNotSharedYetException extends NotNowException {
    private static final long serialVersionUID = 1L;

    /**
     * @param participant who tried to upload
     * @param activity the duo's praktijkopdracht (or its plan)
     */
    public WorkNotSharedYetException(ParticipantId participant, ActivityKey activity) {
        super("Participant " + participant.value() + " has no confirmed duo for " + activity.value() + " yet");
    }
}
