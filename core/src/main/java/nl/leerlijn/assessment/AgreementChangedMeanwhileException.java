package nl.leerlijn.assessment;

import java.util.Optional;
import nl.leerlijn.NotNowException;

/**
 * The agreed result was recorded, changed or released after the kerndocent opened it; recording theirs
 * would overwrite that unseen. Carries both, so the page can show them side by side (409).
 */
public final class AgreementChangedMeanwhileException extends NotNowException {
    private static final long serialVersionUID = 1L;

    private final transient Optional<Agreement> saved;
    private final transient Agreement attempted;

    /**
     * @param saved the agreed result as it is stored now, if any
     * @param attempted the one the kerndocent tried to record
     */
    public AgreementChangedMeanwhileException(Optional<Agreement> saved, Agreement attempted) {
        super("The agreed result was changed meanwhile");
        this.saved = saved;
        this.attempted = attempted;
    }

    /** @return the agreed result as it is stored now, if any */
    public Optional<Agreement> saved() {
        return saved;
    }

    /** @return the one the kerndocent tried to record */
    public Agreement attempted() {
        return attempted;
    }
}
