package nl.leerlijn.assessment;

import nl.leerlijn.NotNowException;

/**
 * Someone saved this marking after the actor opened it; saving would overwrite their work unseen.
 * Carries both, so the page can show them side by side (409).
 */
public final class MarkingChangedMeanwhileException extends NotNowException {
    private static final long serialVersionUID = 1L;

    private final transient Marking saved;
    private final transient Marking attempted;

    /**
     * @param saved the marking as it is saved now
     * @param attempted the marking the actor tried to save
     */
    public MarkingChangedMeanwhileException(Marking saved, Marking attempted) {
        super("Marking (" + saved.role() + ") was saved meanwhile at version " + saved.version() + "; the save started from version "
                + attempted.version());
        this.saved = saved;
        this.attempted = attempted;
    }

    /** @return the marking as it is saved now */
    public Marking saved() {
        return saved;
    }

    /** @return the marking the actor tried to save */
    public Marking attempted() {
        return attempted;
    }
}
