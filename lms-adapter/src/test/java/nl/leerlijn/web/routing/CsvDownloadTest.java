package nl.leerlijn.web.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.leerlijn.web.Spreadsheet;
import org.junit.jupiter.api.Test;

class CsvDownloadTest {

    @Test
    void everyTextCellASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        WebResult.Download csv = CsvDownload.of("x.csv", rows -> rows.add("=HYPERLINK(\"http://x\",\"y\")", "+31 6 1234", "-2+3",
                "@SUM(A1)", "\tverborgen", "\rterug", "=1;2\n3"));

        assertThat(Spreadsheet.cells(csv.content())).containsExactly(List.of("'=HYPERLINK(\"http://x\",\"y\")", "'+31 6 1234", "'-2+3",
                "'@SUM(A1)", "'\tverborgen", "'\rterug", "'=1;2\n3"));
    }

    @Test
    void ordinaryTextAndNumbersStayAsTheyAre() {
        WebResult.Download csv = CsvDownload.of("x.csv", rows -> rows.add(List.of("Gemeente Utrecht", "", "a=b", "06-1234", 3, -2,
                new BigDecimal("7.5"), 12L)));

        assertThat(Spreadsheet.cells(csv.content())).containsExactly(List.of("Gemeente Utrecht", "", "a=b", "06-1234", "3", "-2", "7.5", "12"));
    }

    @Test
    void theExportIsASemicolonSeparatedAttachmentInUtf8() {
        WebResult.Download csv = CsvDownload.of("deelnemers.csv", rows -> rows.add("één", "twee"));

        assertThat(csv.fileName()).isEqualTo("deelnemers.csv");
        assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.attachment()).isTrue();
        assertThat(new String(csv.content(), StandardCharsets.UTF_8)).isEqualTo("\uFEFFéén;twee\r\n");
    }
}
