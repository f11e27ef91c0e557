package nl.leerlijn.submission;

/**
 * One file of a version, as its receipt shows it.
 *
 * @param name the name the student gave it (shown only; the type comes from the content)
 * @param sha256 the content's SHA-256, its address in the file store
 * @param size in bytes
 * @param type what the content is
 */
public record SubmittedFile(String name, String sha256, long size, DocumentType type) {
}
