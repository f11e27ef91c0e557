package nl.leerlijn.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
}
