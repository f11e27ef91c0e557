package nl.leerlijn.cohort;

import nl.leerlijn.NotFoundException;

/** No cohort with the asked id exists. */
public final class CohortNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    /** @param id the cohort asked for */
    public CohortNotFoundException(CohortId id) {
        super("No cohort with id " + id);
    }
}
