package nl.leerlijn.extension;

/** Where an extension stands. */
public enum ExtensionState {
    /** Asked for by the participant, not decided yet. */
    REQUESTED,
    /** Asked for and approved: the new deadline applies. */
    APPROVED,
    /** Asked for and refused: the deadline stays. */
    REFUSED,
    /** Given by a kerndocent without a request: the new deadline applies. */
    GRANTED;

    /** @return whether the extension's deadline applies */
    public boolean applies() {
        return this == APPROVED || this == GRANTED;
    }
}
