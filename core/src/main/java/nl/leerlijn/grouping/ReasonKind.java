package nl.leerlijn.grouping;

/**
 * What a {@link Reason} says about a group. The arguments are documented per kind: {@code people} are candidate ids,
 * {@code numbers} are counts or sizes.
 */
public enum ReasonKind {
    /** numbers: distinct organisations in the group, the most it could have (min of its size and the cohort's). */
    ORGANISATIONS,
    /** numbers: distinct functions in the group, the most it could have. */
    FUNCTIONS,
    /** Nobody in the group was together before. No arguments. */
    NO_REPEATS,
    /** people: the pairs that were together before, flattened (a1, b1, a2, b2, …); numbers: their count. */
    REPEATS,
    /** people: a, b, asked to be together. One reason per pin inside the group. */
    PINNED,
    /** people: a, b, asked not to be together; given on the groups of both. */
    KEPT_APART,
    /** people: a leidinggevende and one of their staff, kept apart; given on the groups of both. */
    MANAGER_APART,
    /** numbers: the group's size, the preferred minimum, the preferred maximum. */
    SIZE,
    /** The group was locked: nobody entered or left. No arguments. */
    LOCKED_GROUP,
    /** people: those locked in this group. */
    LOCKED_PEOPLE
}
