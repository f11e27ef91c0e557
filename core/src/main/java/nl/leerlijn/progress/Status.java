package nl.leerlijn.progress;

/** Where a participant stands with an activity or a module, from best to worst. */
public enum Status {
    /** Klaar: attended, online work done in time, or assessed work released as at least voldoende. */
    DONE,
    /** Excused from a session (afgemeld). */
    EXCUSED,
    /** Assessed work handed in; its result is not released yet. */
    HANDED_IN,
    /** Not done yet; its moment has not come. */
    DUE,
    /** Online work done after its deadline. */
    LATE,
    /** Assessed work released with a request for a revision (herkansing) that is still open. */
    REVISION,
    /** Its moment passed without it being done, handed in or attended. */
    MISSING,
    /** Assessed work released as onvoldoende, with no herkansing open. */
    FAILED;

    /** @return whether this needs the staff's attention: te laat, herkansing, ontbreekt or onvoldoende */
    public boolean isProblem() {
        return ordinal() >= LATE.ordinal();
    }

    /** @return whether this counts as klaar: done or excused */
    public boolean isSettled() {
        return this == DONE || this == EXCUSED;
    }

    /** @return the worse of the two (a module is as far as its worst activity) */
    Status worse(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
