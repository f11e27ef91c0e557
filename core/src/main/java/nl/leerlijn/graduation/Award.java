package nl.leerlijn.graduation;

/** What the examencommissie decides for a participant. */
public enum Award {
    /** A diploma. */
    DIPLOMA,
    /** A certificate (certificaat). */
    CERTIFICAAT,
    /** Proof of participation (bewijs van deelname). */
    BEWIJS_VAN_DEELNAME,
    /** Not (yet): nothing is awarded now. */
    NOT_YET;

    /** @return whether a certificate with a verification code proves it */
    public boolean proven() {
        return this != NOT_YET;
    }
}
