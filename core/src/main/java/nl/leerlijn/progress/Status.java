package nl.leerlijn.progress;

/** Where a participant stands with an activity or a module, from best to worst. */
public enum Status {
    /** Done in time, or attended. */
    DONE,
    /** Excused from a session. */
    EXCUSED,
    /** Not done yet; its moment has not come. */
    DUE,
    /** Done after the deadline. */
    LATE,
    /** Its moment passed without it being done or attended. */
    MISSING;

    /** @return the worse of the two (a module is as far as its worst activity) */
    Status worse(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
