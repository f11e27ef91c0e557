package nl.leerlijn.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.leerlijn.testing.ZipBomb;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Optional<DocumentType> detect(byte[] content) throws IOException {
        return DocumentType.detect(new ByteArrayInputStream(content));
    }

    @Test
    void aPdfIsRecognisedByItsHeader() throws IOException {
        assertThat(detect("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1))).contains(DocumentType.PDF);
    }

    @Test
    void wordAndOpenDocumentFilesAreRecognisedByWhatTheirZipHolds() throws IOException {
        assertThat(detect(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"))).contains(DocumentType.DOCX);
        assertThat(detect(zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office/>")))
                .contains(DocumentType.ODT);
    }

    @Test
    void otherZipsImagesAndRenamedFilesAreNotAccepted() throws IOException {
        assertThat(detect(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"))).isEmpty();
        assertThat(detect(zip("xl/workbook.xml", "<workbook/>"))).isEmpty();
        assertThat(detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a})).isEmpty();
        assertThat(detect("MZ\u0090\u0000 een programma met .pdf als naam".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(detect(new byte[0])).isEmpty();
    }

    @Test
    void aSmallWordFileThatUnpacksToTwoGigabytesIsRefusedAfterReadingLittleOfIt() {
        byte[] bomb = ZipBomb.of(2048);
        CountingStream in = new CountingStream(new ByteArrayInputStream(bomb));

        assertThatThrownBy(() -> DocumentType.detect(in)).isInstanceOf(UnpacksTooLargeException.class);
        assertThat(bomb.length).as("the bomb is small").isLessThan(3 * 1024 * 1024);
        assertThat(in.read).as("detection stopped near its bound of %d unpacked bytes, far before the end", DocumentType.MAX_UNPACKED_BYTES)
                .isLessThan(bomb.length / 20);
    }

    @Test
    void aZipOfMoreEntriesThanDetectionLooksAtIsRefused() throws IOException {
        String[] entries = new String[2 * (DocumentType.MAX_ENTRIES + 1) + 2];
        for (int i = 0; i <= DocumentType.MAX_ENTRIES; i++) {
            entries[2 * i] = "word/media/" + i + ".xml";
            entries[2 * i + 1] = "";
        }
        entries[entries.length - 2] = "word/document.xml";
        entries[entries.length - 1] = "<w:document/>";

        assertThatThrownBy(() -> detect(zip(entries))).isInstanceOf(UnpacksTooLargeException.class);
    }

    @Test
    void aWordFileWhoseDocumentComesAfterAStoredImageOfAMegabyteIsRecognised() throws IOException {
        byte[] image = new byte[1024 * 1024];
        new Random(7).nextBytes(image);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            write(zip, new ZipEntry("[Content_Types].xml"), "<Types/>".getBytes(StandardCharsets.UTF_8));
            write(zip, stored("word/media/image1.png", image), image);
            write(zip, new ZipEntry("word/document.xml"), "<w:document/>".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(detect(bytes.toByteArray())).contains(DocumentType.DOCX);
    }

    @Test
    void anOpenDocumentTextAsLibreOfficeWritesItIsRecognised() throws IOException {
        byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            write(zip, stored("mimetype", mimetype), mimetype);
            write(zip, new ZipEntry("META-INF/manifest.xml"), "<manifest:manifest/>".getBytes(StandardCharsets.UTF_8));
            write(zip, new ZipEntry("content.xml"), "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(detect(bytes.toByteArray())).contains(DocumentType.ODT);
    }

    @Test
    void aZipThatBreaksOffOrNamesAnEntryInBytesThatAreNoTextIsNoDocument() throws IOException {
        byte[] word = zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
        byte[] badName = zip("Xord/document.xml", "<w:document/>");
        badName[new String(badName, StandardCharsets.ISO_8859_1).indexOf('X')] = (byte) 0xFF;

        assertThat(detect(Arrays.copyOf(word, 30))).isEmpty();
        assertThat(detect(Arrays.copyOf(word, 52))).isEmpty();
        assertThat(detect(badName)).isEmpty();
    }

    private static ZipEntry stored(String name, byte[] content) {
        ZipEntry entry = new ZipEntry(name);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        return entry;
    }

    private static void write(ZipOutputStream zip, ZipEntry entry, byte[] content) throws IOException {
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** Counts the bytes read through it. */
    private static final class CountingStream extends FilterInputStream {
        long read;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            read += skipped;
            return skipped;
        }
    }
}
