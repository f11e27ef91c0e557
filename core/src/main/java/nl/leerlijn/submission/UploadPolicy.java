package nl.leerlijn.submission;

import java.util.EnumSet;
import java.util.Set;

/**
 * What uploads may be: how large each file may be and which kinds of document are accepted.
 *
 * @param maxBytes per file
 * @param accepted kinds of document, recognised by content
 */
public record UploadPolicy(long maxBytes, Set<DocumentType> accepted) {
    /**
     * Checks the values; the set is copied.
     *
     * @param maxBytes per file
     * @param accepted kinds of document, recognised by content
     * @throws IllegalArgumentException when the size is not positive or no type is accepted
     */
    public UploadPolicy {
        if (maxBytes <= 0 || accepted.isEmpty()) {
            throw new IllegalArgumentException("An upload policy allows some size and some document types");
        }
        accepted = Set.copyOf(accepted);
    }

    /** @return 20 MB per file; PDF, DOCX and ODT */
    public static UploadPolicy standard() {
        return new UploadPolicy(20L * 1024 * 1024, EnumSet.allOf(DocumentType.class));
    }
}
