package nl.leerlijn.curriculum;

/** Where a session takes place. */
public enum SessionFormat {
    ON_SITE,
    ONLINE
}
