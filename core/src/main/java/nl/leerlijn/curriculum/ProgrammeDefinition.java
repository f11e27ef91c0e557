package nl.leerlijn.curriculum;

/**
 * A validated programme definition together with the exact content it was read from, so a cohort
 * can keep the definition it was created with even when the file changes later.
 *
 * @param programme the validated programme
 * @param source the name of the file it came from (for messages)
 * @param canonicalJson the definition in Leerlijn's own JSON form (what is stored)
 * @param sha256 hex SHA-256 of {@code canonicalJson} in UTF-8
 */
public record ProgrammeDefinition(Programme programme, String source, String canonicalJson, String sha256) {
}
