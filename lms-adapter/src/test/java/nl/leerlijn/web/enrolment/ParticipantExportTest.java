package nl.leerlijn.web.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Organisation;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.RegisterNumbers;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.Spreadsheet;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The participant list as CSV: whatever people typed, a spreadsheet opening it runs no formula. */
class ParticipantExportTest {
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+31 6 1234", "-2+3", "@SUM(A1)");

    private TestHost host;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        cohort = host.leerlijn().core().cohorts().create(anna,
                new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), "Utrecht"));
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private void enrol(String userId, String typed) {
        host.leerlijn().core().enrolment().enrol(anna, cohort.id(), new NewParticipant(new UserId(userId), new ParticipantProfile(typed,
                "d" + Math.abs(userId.hashCode()) + "@example.org", new Organisation(typed, OrganisationType.GEMEENTE), JobFunction.OTHER, RegisterNumbers.none(),
                Optional.empty(), Optional.of(typed))));
    }

    private List<List<String>> export() throws Exception {
        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                host.url("/cohorts/" + cohort.id().value() + "/participants.csv"))).header("X-Test-User", "docent-anna").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        return Spreadsheet.cells(csv.body());
    }

    private static List<String> rowOf(List<List<String>> rows, String firstCell) {
        return rows.stream().filter(r -> r.get(0).equals(firstCell)).findFirst().orElseThrow(() -> new AssertionError(
                "No row for " + firstCell + " in " + rows));
    }

    @Test
    void aFormulaInANameOrganisationOrFunctionInOwnWordsArrivesAsTextWithALeadingApostrophe() throws Exception {
        for (int i = 0; i < FORMULAS.size(); i++) {
            enrol("student-" + i, FORMULAS.get(i));
        }

        List<List<String>> rows = export();

        for (int i = 0; i < FORMULAS.size(); i++) {
            List<String> row = rowOf(rows, "student-" + i);
            String safe = "'" + FORMULAS.get(i);
            assertThat(List.of(row.get(1), row.get(3), row.get(6))).as("name, organisation, function in own words")
                    .containsOnly(safe);
        }
    }

    @Test
    void aValueLedByATabOrCarriageReturnArrivesWithALeadingApostrophe() throws Exception {
        enrol("\tstudent-tab", "\t=SUM(A1)");
        enrol("\rstudent-cr", "\r@SUM(A1)");

        List<List<String>> rows = export();

        assertThat(rowOf(rows, "'\tstudent-tab").get(1)).as("typed white space is stripped; the formula is not").isEqualTo("'=SUM(A1)");
        assertThat(rowOf(rows, "'\rstudent-cr").get(3)).isEqualTo("'@SUM(A1)");
    }
}
