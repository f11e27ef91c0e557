package nl.leerlijn.retention;

import java.time.Period;

/**
 * The kinds of record Leerlijn keeps for a cohort, each with its own retention period counted from the cohort's end.
 * Deleting one kind never deletes another: a result stays when the work it was given for goes.
 */
public enum Artefact {
    /**
     * Handed-in work and what was said about it: texts and files of every version but the final paper's, the assessors'
     * comments and feedback on them, praktijk outcomes, reflections and werkbegeleider details, replacement assignments'
     * texts, intervisie notes and reflections, reasons given for extensions, and the cohort's notifications.
     */
    MARKED_WORK(Period.ofYears(2)),
    /**
     * Presence lists, the proof of presence: self-confirmations, the kerndocent's list confirmations, afmeldingen with their
     * reasons, session codes. What the kerndocent recorded (present, absent, excused) stays with the result lists.
     */
    PRESENCE_LISTS(Period.ofYears(2)),
    /** The final paper (the versions of the paper's eindversie) and its assessment: comments and feedback. */
    FINAL_PAPER(Period.ofYears(7)),
    /**
     * Result lists: the agreed results, their audit trail, the recorded attendance and every remaining record of the work
     * they were given for.
     */
    RESULT_LISTS(Period.ofYears(10)),
    /** Award proof: the examencommissie's decisions, certificates and their history; the participants' names go with it. */
    AWARD_PROOF(Period.ofYears(50));

    private final Period standard;

    Artefact(Period standard) {
        this.standard = standard;
    }

    /** @return how long this kind is kept unless the host says otherwise */
    public Period standardPeriod() {
        return standard;
    }
}
