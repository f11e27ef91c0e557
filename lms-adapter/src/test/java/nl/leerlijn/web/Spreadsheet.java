package nl.leerlijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV export as a Dutch spreadsheet does: UTF-8 after a byte order mark, semicolon-separated. */
public final class Spreadsheet {
    private Spreadsheet() {
    }

    /** @return the rows of cells */
    public static List<List<String>> cells(byte[] csv) {
        assertThat(Arrays.copyOf(csv, 3)).as("a byte order mark, so spreadsheets read UTF-8").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        try {
            return CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(text)).getRecords().stream()
                    .map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
