package nl.leerlijn.praktijk;

import nl.leerlijn.NotNowException;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;

/** A reflection is assessed with its report: once that result is agreed it is fixed, unless a revision is open. */
public final class ReflectionFixedException extends NotNowException {
    private static final long serialVersionUID = 1L;

    /**
     * @param participant whose reflection
     * @param activity the praktijkopdracht
     */
    public ReflectionFixedException(ParticipantId participant, ActivityKey activity) {
        super("The reflection of participant " + participant.value() + " on " + activity.value() + " is fixed since the result of the report was agreed");
    }
}
