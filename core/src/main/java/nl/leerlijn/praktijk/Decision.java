package nl.leerlijn.praktijk;

/** What a werkbegeleider answers. */
public enum Decision {
    /** The work was done as the report says. */
    CONFIRMED,
    /** They cannot confirm it (with a reason). */
    DECLINED
}
