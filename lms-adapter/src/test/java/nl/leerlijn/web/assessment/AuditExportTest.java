package nl.leerlijn.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.Spreadsheet;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.Test;

/** The audit trail of results as CSV: names and reasons arrive as text a spreadsheet runs no formula from; numbers stay numbers. */
class AuditExportTest {
    private static final String NAME = "=HYPERLINK(\"http://x\",\"y\")";
    private static final Map<String, Integer> VOLDOENDE = Map.of("vraagstelling", 1, "onderbouwing", 1, "verbetervoorstel", 1,
            "reflectie", 1);

    @Test
    void namesIdsAndReasonsArriveWithALeadingApostropheAndTheVersionAsANumber() throws Exception {
        try (TestHost host = TestHost.start(TestDatabase.H2)) {
            Actor anna = People.kerndocent("docent-anna");
            host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
            long cohort = assessSecondVersion(host.leerlijn().core(), anna);

            HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    host.url("/cohorts/" + cohort + "/results/audit.csv"))).header("X-Test-User", "docent-anna").build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            List<List<String>> rows = Spreadsheet.cells(csv.body());
            List<List<String>> records = rows.subList(1, rows.size());
            assertThat(records).hasSize(5).allSatisfy(r -> assertThat(List.of(r.get(1), r.get(3))).containsExactly("'" + NAME, "2"));
            assertThat(records).filteredOn(r -> r.get(5).equals("'\ttweede-bob")).singleElement()
                    .satisfies(r -> assertThat(r.get(4)).isEqualTo("'@Bob"));
            assertThat(records).extracting(r -> r.get(9)).contains("'-2+3");
            assertThat(new String(csv.body(), StandardCharsets.UTF_8)).as("the version is written as a bare number").contains(";2;");
        }
    }

    /**
     * Sanne (named as a formula) hands in two versions; Anna and Bob (whose id the host starts with a tab and whom Anna
     * named "@Bob") mark the second; Anna agrees, changes the result with a reason that reads as a sum, and releases it.
     * @return the cohort's id
     */
    private static long assessSecondVersion(LeerlijnCore core, Actor anna) {
        Cohort cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang", LocalDate.of(2026, 9, 8), "Utrecht"));
        Actor bob = new Actor(new UserId("\ttweede-bob"), "@Bob", Set.of(Role.SECOND_ASSESSOR));
        core.cohorts().assignStaff(anna, cohort.id(), bob.userId(), "Bob", StaffRole.SECOND_ASSESSOR);
        var person = People.participant("student-sanne", "Gemeente Utrecht", OrganisationType.GEMEENTE, JobFunction.KLANTMANAGER);
        Participant sanne = core.enrolment().enrol(anna, cohort.id(), new nl.leerlijn.enrolment.NewParticipant(person.userId(),
                new nl.leerlijn.enrolment.ParticipantProfile(NAME, "sanne@example.org", person.profile().organisation(),
                        person.profile().function(), person.profile().registerNumbers(), Optional.empty()))).participant();
        Actor student = People.student("student-sanne");
        handIn(core, student, sanne, "v1");
        SubmissionId second = handIn(core, student, sanne, "v2");
        core.assessments().saveMarking(anna, second, VOLDOENDE, Map.of(), "", true, 0);
        core.assessments().saveMarking(bob, second, VOLDOENDE, Map.of(), "", true, 0);
        core.assessments().agree(anna, second, VOLDOENDE, Map.of(), "Voldoende.", false, "");
        core.assessments().agree(anna, second, Map.of("vraagstelling", 2, "onderbouwing", 1, "verbetervoorstel", 1, "reflectie", 1),
                Map.of(), "Goed.", false, "-2+3");
        core.assessments().release(anna, second);
        return cohort.id().value();
    }

    private static SubmissionId handIn(LeerlijnCore core, Actor student, Participant sanne, String text) {
        SubmissionId id = ((UploadOutcome.Stored) core.submissions().upload(student, sanne.id(), new ActivityKey("pa-concept"), text,
                List.of(), Optional.of(text))).submission().id();
        core.submissions().submit(student, id);
        return id;
    }
}
