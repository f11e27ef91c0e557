package nl.leerlijn.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files the upload routes get instead of a document or a participant list. */
final class UploadJunk {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};

    private UploadJunk() {
    }

    /** @return (file name, content) pairs for the paper upload */
    static List<Map.Entry<String, byte[]>> papers() {
        return List.of(Map.entry("concept.pdf", new byte[0]), Map.entry("", Walk.PDF), Map.entry("../../../etc/passwd.pdf", Walk.PDF),
                Map.entry("a".repeat(300) + ".pdf", Walk.PDF), Map.entry(".pdf", Walk.PDF), Map.entry("foto.docx", PNG),
                Map.entry("rekenblad.docx", zip("xl/workbook.xml")), Map.entry("kapot.docx", Arrays.copyOf(zip("word/document.xml"), 30)),
                Map.entry("kort.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII)));
    }

    /** @return (file name, content) pairs for the participant import */
    static List<Map.Entry<String, byte[]>> participantLists() {
        return List.of(Map.entry("deelnemers.csv", new byte[0]), Map.entry("deelnemers.csv", new byte[] {'a', 0, 'b'}),
                Map.entry("deelnemers.csv", new byte[1024 * 1024 + 1]), Map.entry("deelnemers.csv", PNG),
                Map.entry("deelnemers.csv", "gebruikersnaam;naam\n".getBytes(StandardCharsets.UTF_8)),
                Map.entry("deelnemers.csv", "\"niet afgesloten;x\n".getBytes(StandardCharsets.UTF_8)),
                Map.entry("deelnemers.csv", ";;;;;;;;\n;;;;;;;;\n".getBytes(StandardCharsets.UTF_8)),
                Map.entry("deelnemers.csv", ("gebruikersnaam;naam;e-mailadres;organisatie;soort organisatie;functie\n"
                        + "=1+1;<b>vet</b>;x;" + "o".repeat(300) + ";NOPE;NOPE\n;;;;;\n" + "a".repeat(201) + ";a;a@b.nl;O;gemeente;anders\n")
                        .getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static byte[] zip(String entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
