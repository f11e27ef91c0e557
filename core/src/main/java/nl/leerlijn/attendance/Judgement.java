package nl.leerlijn.attendance;

/** The kerndocent's judgement of a replacement assignment. */
public enum Judgement {
    /** It counts instead of the missed session. */
    VOLDOENDE,
    /** It does not count; the participant may hand in again. */
    ONVOLDOENDE
}
