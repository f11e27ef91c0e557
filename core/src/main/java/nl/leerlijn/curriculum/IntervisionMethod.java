package nl.leerlijn.curriculum;

/** The structured methods an intervisie meeting can follow. */
public enum IntervisionMethod {
    INCIDENTMETHODE,
    RODDELMETHODE,
    BALINTMETHODE,
    SOCRATISCH_GESPREK,
    VIJFSTAPPENMETHODE
}
