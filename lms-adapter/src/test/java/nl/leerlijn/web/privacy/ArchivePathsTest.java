package nl.leerlijn.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import nl.leerlijn.privacy.PersonalData;
import org.junit.jupiter.api.Test;

class ArchivePathsTest {
    private static String path(String name) {
        return PrivacyPages.filePath(new PersonalData.StoredFile(37, "pa-concept", 2, name, "0".repeat(64), 10));
    }

    @Test
    void aHandedInFileGoesUnderItsPartAndVersionWithAPlainNameThatCannotClimbOutOrDisguiseItself() {
        assertThat(path("Concept paper (def).pdf")).isEqualTo("bestanden/pa-concept/versie-2-37/Concept paper (def).pdf");
        assertThat(path("../../etc/passwd")).isEqualTo("bestanden/pa-concept/versie-2-37/passwd");
        assertThat(path("C:\\\\Users\\\\sanne\\\\plan.docx")).isEqualTo("bestanden/pa-concept/versie-2-37/plan.docx");
        assertThat(path("factuur\u202Efdp.exe")).as("no direction override").isEqualTo("bestanden/pa-concept/versie-2-37/factuur_fdp.exe");
        assertThat(path("CON:stream.pdf")).doesNotContain(":");
        assertThat(path("..")).endsWith("/bestand");
        assertThat(path("é".repeat(200) + ".pdf")).endsWith(".pdf").hasSize("bestanden/pa-concept/versie-2-37/".length() + 120);
    }
}
