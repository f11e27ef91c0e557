package nl.leerlijn.submission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.curriculum.Activity;

/**
 * One piece of work a participant hands in (a paper milestone, a praktijkopdracht) as they stand with it.
 *
 * @param activity the milestone or assignment
 * @param deadline its deadline in the cohort
 * @param versions every version so far, oldest first
 * @param open whether it takes a new version now
 */
public record WorkItem(Activity activity, Optional<Instant> deadline, List<Submission> versions, boolean open) {
    public WorkItem {
        versions = List.copyOf(versions);
    }
}
