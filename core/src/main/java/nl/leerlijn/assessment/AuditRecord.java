package nl.leerlijn.assessment;

import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.submission.SubmissionId;

/**
 * One change to a result in a cohort, with what it was about: a line of the examencommissie's export.
 *
 * @param submission the assessed version
 * @param participantName whose work
 * @param activity the paper milestone or praktijkopdracht
 * @param version the version's number
 * @param entry who changed what, when and why
 */
public record AuditRecord(SubmissionId submission, String participantName, ActivityKey activity, int version, AuditEntry entry) {
}
