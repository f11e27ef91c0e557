package nl.leerlijn.grouping;

/**
 * Which hard rule a {@link Violation} breaks, or why a request is impossible. Group numbers are 0-based indexes into
 * the grouping evaluated, or into the request's current groups for a refusal about locks.
 */
public enum ViolationKind {
    /** people: the manager, the staff member; numbers: the group. */
    MANAGER_WITH_STAFF,
    /** people: a, b, pinned together; numbers: the group of a, the group of b. */
    PIN_SPLIT,
    /** people: a, b, asked to be apart; numbers: the group. */
    APART_TOGETHER,
    /** people: the members; numbers: the group, its size, the minimum. */
    GROUP_TOO_SMALL,
    /** people: the members; numbers: the group, its size, the maximum. */
    GROUP_TOO_LARGE,
    /** people: a candidate in no group. */
    NOT_PLACED,
    /** people: a candidate; numbers: the groups they are in. */
    PLACED_TWICE,
    /** people: an id that is no candidate; numbers: the group. */
    UNKNOWN_PERSON,
    /** numbers: how many people are to be placed, the minimum group size. */
    TOO_FEW_CANDIDATES,
    /** people: the chain's members; numbers: its size, the maximum group size. */
    PIN_CHAIN_TOO_LARGE,
    /** people: a, b, asked to be apart, then the rest of the pin chain that joins them. */
    PIN_CHAIN_APART,
    /** people: a manager, their staff member, then the rest of the pin chain that joins them. */
    PIN_CHAIN_MANAGER,
    /** numbers: the number of groups tried. No placement keeps every rule (too many conflicts or unfillable sizes). */
    NO_ARRANGEMENT
}
