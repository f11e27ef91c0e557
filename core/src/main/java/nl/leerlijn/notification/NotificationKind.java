package nl.leerlijn.notification;

import java.util.List;

/** What Leerlijn tells people, who it concerns, and how it is delivered unless they choose otherwise. */
public enum NotificationKind {
    /** A participant's result is released. */
    RESULT_RELEASED(Audience.PARTICIPANT, Delivery.AT_ONCE),
    /** A participant's extension request is approved or refused. */
    EXTENSION_DECIDED(Audience.PARTICIPANT, Delivery.AT_ONCE),
    /** A session of the participant's cohort is moved (or its place changed). */
    SESSION_MOVED(Audience.PARTICIPANT, Delivery.AT_ONCE),
    /** A deadline of the participant's comes near while the work is not handed in. */
    DEADLINE_COMING(Audience.PARTICIPANT, Delivery.AT_ONCE),
    /** The participant's role at their next intervisie meeting. */
    INTERVISION_ROLE(Audience.PARTICIPANT, Delivery.AT_ONCE),
    /** The werkbegeleider confirmed or declined the participant's praktijkopdracht. */
    SUPERVISOR_ANSWERED(Audience.PARTICIPANT, Delivery.AT_ONCE),
    /** One more missed session and the participant's minimum attendance is out of reach (or it is out of reach now). */
    ATTENDANCE_WARNING(Audience.PARTICIPANT, Delivery.AT_ONCE),
    /** A participant of the kerndocent's cohort is about to miss (or has missed) the minimum attendance. */
    ATTENDANCE_AT_RISK(Audience.KERNDOCENT, Delivery.AT_ONCE),
    /** A participant of the kerndocent's cohort handed in work. */
    WORK_HANDED_IN(Audience.KERNDOCENT, Delivery.DIGEST),
    /** A participant of the kerndocent's cohort asks for an extension. */
    EXTENSION_REQUESTED(Audience.KERNDOCENT, Delivery.DIGEST),
    /** Sessions whose presence the kerndocent has not confirmed yet; only in the digest. */
    PRESENCE_TO_CONFIRM(Audience.KERNDOCENT, Delivery.DIGEST),
    /** Participants falling behind; only in the digest. */
    FALLING_BEHIND(Audience.KERNDOCENT, Delivery.DIGEST);

    /** Who a kind of notification is for. */
    public enum Audience {
        /** Participants of a cohort. */
        PARTICIPANT,
        /** Kerndocenten of a cohort. */
        KERNDOCENT
    }

    private final Audience audience;
    private final Delivery standard;

    NotificationKind(Audience audience, Delivery standard) {
        this.audience = audience;
        this.standard = standard;
    }

    /** @return who it is for */
    public Audience audience() {
        return audience;
    }

    /** @return how it is delivered unless the person chooses otherwise */
    public Delivery standard() {
        return standard;
    }

    /** @return whether it is a summary made each morning, not something that happens (no mail of its own) */
    public boolean digestOnly() {
        return this == PRESENCE_TO_CONFIRM || this == FALLING_BEHIND;
    }

    /** @return the deliveries a person may choose for it */
    public List<Delivery> options() {
        return digestOnly() ? List.of(Delivery.DIGEST, Delivery.NONE) : List.of(Delivery.values());
    }
}
