package nl.leerlijn.submission;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The kinds of document a student may hand in, recognised by their content, never by their name: PDF by its header,
 * DOCX and ODT by the entries of the zip they are. Detection reads a zip's entries in order only until it knows, and
 * stops at a bound on what it unpacks, so a small file that unpacks to gigabytes costs milliseconds, not seconds.
 */
public enum DocumentType {
    /** A PDF document. */
    PDF("application/pdf", "pdf"),
    /** A Word document (Office Open XML). */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** An OpenDocument text. */
    ODT("application/vnd.oasis.opendocument.text", "odt");

    /** The most bytes detection unpacks from a zip before it gives up: more than the upload limit, so real documents (which name themselves early) always pass. */
    public static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;
    /** The most zip entries detection looks at. */
    public static final int MAX_ENTRIES = 1_000;

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_HEADER = {0x50, 0x4B, 0x03, 0x04};

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** @return the media type to serve the document with */
    public String mediaType() {
        return mediaType;
    }

    /** @return the file name extension that belongs to this type, e.g. {@code pdf} */
    public String extension() {
        return extension;
    }

    /**
     * @param given the name the uploader gave the file
     * @return that name with this type's extension in place of whatever it had, e.g. {@code concept.exe} becomes
     *     {@code concept.pdf}
     */
    public String fileName(String given) {
        String base = given.strip();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        if (base.isBlank() || base.startsWith(".")) {
            base = "document";
        }
        return base + "." + extension;
    }

    /**
     * Reads the content (streaming) and says what it is.
     *
     * @param content read as far as needed; not closed
     * @return the type, or empty when it is none of these (also when it is a broken or malformed zip)
     * @throws UnpacksTooLargeException when a zip would have to be unpacked beyond {@link #MAX_UNPACKED_BYTES} or
     *     {@link #MAX_ENTRIES} to know
     */
    public static Optional<DocumentType> detect(InputStream content) throws IOException {
        byte[] head = content.readNBytes(5);
        if (Arrays.equals(head, PDF_HEADER)) {
            return Optional.of(PDF);
        }
        if (head.length < 4 || !Arrays.equals(Arrays.copyOf(head, 4), ZIP_HEADER)) {
            return Optional.empty();
        }
        try (BoundedZip zip = new BoundedZip(new SequenceInputStream(new ByteArrayInputStream(head), content))) {
            return zipType(zip);
        } catch (ZipException | EOFException | IllegalArgumentException broken) {
            // a zip that breaks off, is malformed or names an entry in bytes that are no text: no document
            return Optional.empty();
        }
    }

    private static Optional<DocumentType> zipType(BoundedZip zip) throws IOException {
        int entries = 0;
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (++entries > MAX_ENTRIES) {
                throw new UnpacksTooLargeException();
            }
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (name.equals("mimetype")) {
                String declared = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                return declared.equals(ODT.mediaType) ? Optional.of(ODT) : Optional.empty();
            }
            if (name.equals("word/document.xml")) {
                return Optional.of(DOCX);
            }
        }
        return Optional.empty();
    }

    /**
     * A zip stream that counts what it unpacks, also while skipping to the next entry (which reads the rest of the
     * current one through {@link #read(byte[], int, int)}), and stops at the bound.
     */
    private static final class BoundedZip extends ZipInputStream {
        private long unpacked;

        BoundedZip(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                unpacked += read;
                if (unpacked > MAX_UNPACKED_BYTES) {
                    throw new UnpacksTooLargeException();
                }
            }
            return read;
        }

        @Override
        public void close() {
            // the caller owns the underlying stream
        }
    }
}
