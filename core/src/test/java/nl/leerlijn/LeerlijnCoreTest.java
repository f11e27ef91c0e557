package nl.leerlijn;

import static nl.leerlijn.testing.People.kerndocent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.leerlijn.curriculum.ProgrammeDefinitionException;
import nl.leerlijn.curriculum.ProgrammeId;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeerlijnCoreTest {

    @Test
    void twoInstancesOnTwoDatabasesDoNotSeeEachOthersCohorts() {
        try (CoreFixture first = CoreFixture.on(TestDatabase.H2); CoreFixture second = CoreFixture.on(TestDatabase.H2)) {
            first.cohortBy(kerndocent("docent-anna"));

            assertThat(first.core().cohorts().cohortsOf(kerndocent("docent-anna"))).hasSize(1);
            assertThat(second.core().cohorts().cohortsOf(kerndocent("docent-anna"))).isEmpty();
        }
    }

    @Test
    void aHostsOwnDefinitionFolderIsOfferedNextToTheSample(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("wmo-verdieping.yaml"), """
                id: wmo-verdieping
                title: Verdieping Wmo
                durationWeeks: 8
                completion: {minimumAttendancePercent: 100, award: BEWIJS_VAN_DEELNAME}
                modules:
                  - code: W1
                    title: Keukentafelgesprek
                    activities:
                      - {key: w1-dag, kind: CONTACT_SESSION, title: Trainingsdag, week: 1, startTime: "10:00", durationMinutes: 240}
                """);

        LeerlijnCore core = LeerlijnCore.builder().dataSource(TestDatabase.H2.fresh().dataSource()).dataDirectory(nl.leerlijn.testing.TestFolders.fresh())
                .programmeDefinitions(folder).build();

        assertThat(core.programmes().all()).extracting(d -> d.programme().id())
                .contains(new ProgrammeId("wmo-verdieping"), CoreFixture.SAMPLE);
    }

    @Test
    void aBrokenDefinitionFileStopsTheBuildNamingTheFileAndField(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("kapot.yaml");
        Files.writeString(file, "id: Kapot Programma\ntitle: X\ndurationWeeks: 2\nmodules: []\n");

        assertThatThrownBy(() -> LeerlijnCore.builder().dataSource(TestDatabase.H2.fresh().dataSource()).dataDirectory(nl.leerlijn.testing.TestFolders.fresh())
                .programmeDefinitions(file).build())
                .isInstanceOf(ProgrammeDefinitionException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("id: must be lower-case words joined by hyphens")
                .hasMessageContaining("modules: must list at least one module")
                .hasMessageContaining("completion: is required");
    }

    @Test
    void buildingWithoutADataSourceSaysWhatIsMissing() {
        assertThatThrownBy(() -> LeerlijnCore.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DataSource");
    }
}
