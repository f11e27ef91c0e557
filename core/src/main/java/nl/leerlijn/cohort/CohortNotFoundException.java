package nl.leerlijn.cohort;

import nl.leerlijn.LeerlijnException;

/** No cohort with the asked id exists. */
public final class CohortNotFoundException extends LeerlijnException {
    private static final long serialVersionUID = 1L;

    /** @param id the cohort asked for */
    public CohortNotFoundException(CohortId id) {
        super("No cohort with id " + id);
    }
}
