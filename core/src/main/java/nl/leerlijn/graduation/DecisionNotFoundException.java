package nl.leerlijn.graduation;

/** There is no (standing) decision with the asked id, or no certificate with the asked code. */
public final class DecisionNotFoundException extends nl.leerlijn.NotFoundException {
    private static final long serialVersionUID = 1L;

    /** @param what what was asked for */
    public DecisionNotFoundException(String what) {
        super("No such decision or certificate: " + what);
    }
}
