package nl.leerlijn.curriculum;

/** The structured methods an intervisie meeting can follow. */
public enum IntervisionMethod {
    /** The incident method: the group questions one concrete incident the inbrenger brings. */
    INCIDENTMETHODE,
    /** The gossip method: the group discusses the case while the inbrenger only listens. */
    RODDELMETHODE,
    /** The Balint method: the group looks at the relation between the professional and the client. */
    BALINTMETHODE,
    /** A Socratic dialogue: the group examines one question through a concrete experience. */
    SOCRATISCH_GESPREK,
    /** The five-step method: the case is worked through in five fixed steps. */
    VIJFSTAPPENMETHODE
}
