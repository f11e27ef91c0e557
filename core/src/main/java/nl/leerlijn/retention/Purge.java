package nl.leerlijn.retention;

import java.time.Instant;
import java.time.LocalDate;
import nl.leerlijn.cohort.CohortId;

/**
 * The record that one kind of a cohort's records was deleted because its retention period had passed.
 *
 * @param cohort the cohort
 * @param artefact what was deleted
 * @param dueOn the first day it could go (the cohort's end plus the period)
 * @param purgedAt when it was deleted
 * @param records how many records were deleted or emptied
 * @param files how many attachments of versions were removed (each file goes from the file store unless other work holds the
 *     same content)
 */
public record Purge(CohortId cohort, Artefact artefact, LocalDate dueOn, Instant purgedAt, int records, int files) {
}
