package nl.leerlijn.progress;

import java.time.Instant;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.ParticipantId;
import nl.leerlijn.curriculum.ActivityKey;

/**
 * One record of progress.
 *
 * @param participant who
 * @param activity which activity
 * @param outcome what was recorded
 * @param at when it was recorded (for online work: when it was done)
 * @param by who recorded it
 */
public record ActivityRecord(ParticipantId participant, ActivityKey activity, Outcome outcome, Instant at, UserId by) {
}
