package nl.leerlijn.register;

import nl.leerlijn.enrolment.ParticipantId;

/**
 * A participant's net contact hours from confirmed presence, per category, for one register.
 *
 * @param participant the participant
 * @param name their name
 * @param number their registration number in the register
 * @param vakinhoudelijkMinutes contact sessions attended, confirmed by both
 * @param reflectieMinutes intervisie attended, confirmed by both
 * @param lastDate the date of the last session counted, empty as text when none
 * @param programmePoints the points the definition gives for the whole programme in this register (0 when none)
 */
public record RegisterTotal(ParticipantId participant, String name, String number, int vakinhoudelijkMinutes, int reflectieMinutes,
        String lastDate, int programmePoints) {
    /** @return the net contact hours in all, rounded down to a quarter hour, as hundredths (e.g. 2575 for 25.75) */
    public int hundredthsOfHours() {
        int quarters = (vakinhoudelijkMinutes + reflectieMinutes) / 15;
        return quarters * 25;
    }
}
