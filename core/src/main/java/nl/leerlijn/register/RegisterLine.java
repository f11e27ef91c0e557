package nl.leerlijn.register;

import java.time.LocalDate;
import nl.leerlijn.enrolment.ParticipantId;

/**
 * One session a participant attended with presence confirmed by both sides, as a register counts it.
 *
 * @param participant the participant
 * @param name their name
 * @param number their registration number in the register
 * @param date the session's date
 * @param session the session's title
 * @param minutes its net contact time
 * @param category {@code VAKINHOUDELIJK} for a contact session, {@code REFLECTIE} for intervisie
 */
public record RegisterLine(ParticipantId participant, String name, String number, LocalDate date, String session, int minutes,
        Category category) {
    /** What kind of hours a register counts them as. */
    public enum Category {
        /** Contact sessions: training days, workshops, werkateliers. */
        VAKINHOUDELIJK,
        /** Intervisie: structured reflection with peers. */
        REFLECTIE
    }
}
