package nl.leerlijn.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of document a student may hand in, recognised by their content, never by their name:
 * PDF by its header, DOCX and ODT by the entries of the zip they are.
 */
public enum DocumentType {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ODT("application/vnd.oasis.opendocument.text");

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_HEADER = {0x50, 0x4B, 0x03, 0x04};
    private static final int MAX_ENTRIES = 10_000;

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** @return the media type to serve the document with */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Reads the content (streaming; a zip's entries are skipped through, not unpacked) and says what it is.
     *
     * @param content read as far as needed; not closed
     * @return the type, or empty when it is none of the accepted ones
     */
    public static Optional<DocumentType> detect(InputStream content) throws IOException {
        byte[] head = content.readNBytes(5);
        if (Arrays.equals(head, PDF_HEADER)) {
            return Optional.of(PDF);
        }
        if (head.length < 4 || !Arrays.equals(Arrays.copyOf(head, 4), ZIP_HEADER)) {
            return Optional.empty();
        }
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head), content);
        return zipType(new ZipInputStream(whole));
    }

    private static Optional<DocumentType> zipType(ZipInputStream zip) throws IOException {
        int entries = 0;
        for (ZipEntry entry = zip.getNextEntry(); entry != null && entries < MAX_ENTRIES; entry = zip.getNextEntry(), entries++) {
            if (entry.getName().equals("mimetype")) {
                String declared = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                if (declared.equals(ODT.mediaType)) {
                    return Optional.of(ODT);
                }
            } else if (entry.getName().equals("word/document.xml")) {
                return Optional.of(DOCX);
            }
        }
        return Optional.empty();
    }
}
