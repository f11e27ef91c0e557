package nl.leerlijn.cohort;

import java.time.Instant;
import java.time.LocalDate;
import nl.leerlijn.curriculum.ProgrammeId;
import nl.leerlijn.curriculum.ProgrammeVersionId;

/**
 * One run of a programme.
 *
 * @param id the cohort
 * @param programmeVersion the stored definition it was created from
 * @param programmeId the definition's stable name
 * @param programmeTitle the programme's title
 * @param name the cohort's own name, e.g. "Leergang najaar 2026 Utrecht"
 * @param startDate week 1, day 1 of the programme
 * @param location where contact sessions take place unless a session says otherwise
 * @param createdAt when it was created
 */
public record Cohort(
        CohortId id, ProgrammeVersionId programmeVersion, ProgrammeId programmeId, String programmeTitle,
        String name, LocalDate startDate, String location, Instant createdAt) {
}
