package nl.leerlijn.assessment;

import java.util.List;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.curriculum.Programme;

/**
 * Every change to every result in a cohort: what the examencommissie exports.
 *
 * @param cohort the cohort
 * @param programme its programme (for the titles of the assessed work)
 * @param records oldest first
 */
public record CohortAudit(Cohort cohort, Programme programme, List<AuditRecord> records) {
    /**
     * Copies the list.
     *
     * @param cohort the cohort
     * @param programme its programme (for the titles of the assessed work)
     * @param records oldest first
     */
    public CohortAudit {
        records = List.copyOf(records);
    }
}
