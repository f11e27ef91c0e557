package nl.leerlijn.progress;

import nl.leerlijn.Internal;
import nl.leerlijn.cohort.CohortId;

/** Where a cohort's participants stand, for background work (reminders, the digest) that acts for no one in particular. */
@Internal
public final class Standings {
    private final ProgressService progress;

    /** @param progress the progress use cases */
    public Standings(ProgressService progress) {
        this.progress = progress;
    }

    /**
     * @param cohort the cohort
     * @return its progress and who needs attention, as its kerndocent sees it; a fixed number of queries
     */
    public CohortProgress of(CohortId cohort) {
        return progress.unchecked(cohort);
    }
}
