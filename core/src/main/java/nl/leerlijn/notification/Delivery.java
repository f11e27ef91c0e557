package nl.leerlijn.notification;

/** How a person wants a kind of notification by mail. It always appears in "Nieuw voor jou" as well. */
public enum Delivery {
    /** A mail of its own, as soon as it happens. */
    AT_ONCE,
    /** A line in the daily digest. */
    DIGEST,
    /** No mail; only "Nieuw voor jou". */
    NONE
}
