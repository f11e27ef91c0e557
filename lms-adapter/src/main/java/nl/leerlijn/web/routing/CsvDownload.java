package nl.leerlijn.web.routing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV exports as spreadsheets in the Netherlands open them: semicolon-separated, UTF-8 with a byte order
 * mark, and cells a spreadsheet would run as a formula prefixed with an apostrophe.
 */
public final class CsvDownload {
    private CsvDownload() {
    }

    /** Writes the rows. */
    @FunctionalInterface
    public interface Rows {
        /** @param printer where the header and the rows go */
        void write(CSVPrinter printer) throws IOException;
    }

    /** @return the rows as a CSV file for the browser to save */
    public static WebResult.Download of(String fileName, Rows rows) {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            rows.write(printer);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing CSV to memory failed", e);
        }
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);
        return new WebResult.Download(fileName, "text/csv;charset=UTF-8", content, true);
    }

    /** @return the cell, with a leading apostrophe when a spreadsheet would run it as a formula */
    public static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
