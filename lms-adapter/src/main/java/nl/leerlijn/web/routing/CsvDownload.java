package nl.leerlijn.web.routing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one writer of CSV exports, as spreadsheets in the Netherlands open them: semicolon-separated, UTF-8 with a byte
 * order mark. Every text cell a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage
 * return) gets a leading apostrophe; numbers stay numbers. Exports cannot write a cell past it.
 */
public final class CsvDownload {
    private CsvDownload() {
    }

    /** Collects the rows of one export. */
    public static final class Rows {
        private final List<List<Object>> rows = new ArrayList<>();

        private Rows() {
        }

        /**
         * Adds a row; text cells are made formula-safe, numbers are written as they are.
         *
         * @param cells the row's cells, in column order
         * @return these rows, for the next one
         */
        public Rows add(List<?> cells) {
            List<Object> safe = new ArrayList<>(cells.size());
            for (Object cell : cells) {
                safe.add(cell instanceof Number ? cell : safe(String.valueOf(cell)));
            }
            rows.add(safe);
            return this;
        }

        /**
         * Adds a row.
         *
         * @param cells the row's cells, in column order
         * @return these rows, for the next one
         */
        public Rows add(Object... cells) {
            return add(List.of(cells));
        }
    }

    /** Fills an export. */
    @FunctionalInterface
    public interface Filler {
        /** @param rows where the header and the rows go */
        void fill(Rows rows);
    }

    /**
     * @param fileName the suggested file name (ASCII)
     * @param filler writes the header and the rows
     * @return the rows as a CSV file for the browser to save
     */
    public static WebResult.Download of(String fileName, Filler filler) {
        Rows rows = new Rows();
        filler.fill(rows);
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            for (List<Object> row : rows.rows) {
                printer.printRecord(row);
            }
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
    static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
