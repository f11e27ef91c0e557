package nl.leerlijn.progress;

import java.util.List;
import java.util.Optional;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.ParticipantId;
import nl.leerlijn.curriculum.ActivityKey;

/** Where progress records are kept. */
interface ProgressRepository {

    /** @return every record of every participant of the cohort */
    List<ActivityRecord> inCohort(CohortId cohort);

    /** @return the participant's records */
    List<ActivityRecord> of(ParticipantId participant);

    Optional<ActivityRecord> find(ParticipantId participant, ActivityKey activity);

    /** Replaces any record for the same participant and activity. */
    void save(ActivityRecord record);

    void delete(ParticipantId participant, ActivityKey activity);
}
