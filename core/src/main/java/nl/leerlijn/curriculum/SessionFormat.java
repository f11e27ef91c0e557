package nl.leerlijn.curriculum;

/** Where a session takes place. */
public enum SessionFormat {
    /** At a place; the session's location is an address. */
    ON_SITE,
    /** Online; the session's location, when set, is the meeting link. */
    ONLINE
}
