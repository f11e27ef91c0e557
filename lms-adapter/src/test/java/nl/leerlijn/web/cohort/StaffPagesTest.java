package nl.leerlijn.web.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.cohort.StaffMember;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The team page: a kerndocent adds and removes kerndocenten and tweede beoordelaars; a cohort keeps one kerndocent. */
class StaffPagesTest {
    private static final Map<String, String> BOB = Map.of("userId", "tweede-bob", "name", "Bob de Vries", "role", "SECOND_ASSESSOR");

    private TestHost host;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private String staff;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("tweede-bob", "Bob de Vries", Role.SECOND_ASSESSOR, Optional.empty());
        cohort = host.leerlijn().core().cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026",
                LocalDate.of(2026, 9, 8), "Utrecht"));
        staff = "/cohorts/" + cohort.id().value() + "/staff";
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private int bobsQueue() {
        return host.get("/cohorts/" + cohort.id().value() + "/marking", "X-Test-User", "tweede-bob").statusCode();
    }

    private java.util.List<String> team() {
        return host.leerlijn().core().cohorts().staff(anna, cohort.id()).stream().map(StaffMember::displayName).toList();
    }

    @Test
    void aKerndocentAddsATweedeBeoordelaarWhoThenSeesTheMarkingQueueUntilRemoved() {
        assertThat(bobsQueue()).isEqualTo(403);

        HttpResponse<String> added = host.post(staff, "docent-anna", BOB);

        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff?notice=added"));
        assertThat(host.get(staff + "?notice=added", "X-Test-User", "docent-anna").body())
                .contains("De persoon is aan het team toegevoegd.", "Bob de Vries", "Tweede beoordelaar");
        assertThat(bobsQueue()).isEqualTo(200);

        HttpResponse<String> removed = host.post(staff + "/remove", "docent-anna", Map.of("userId", "tweede-bob", "role", "SECOND_ASSESSOR"));

        assertThat(removed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff?notice=removed"));
        assertThat(team()).doesNotContain("Bob de Vries");
        assertThat(bobsQueue()).isEqualTo(403);
    }

    @Test
    void theLastKerndocentCannotBeRemovedAndThePageSaysWhy() {
        HttpResponse<String> refused = host.post(staff + "/remove", "docent-anna", Map.of("userId", "docent-anna", "role", "CORE_TEACHER"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Een leergang houdt altijd minstens één kerndocent. Voeg eerst een andere kerndocent toe.");
        assertThat(team()).containsExactly("Docent docent-anna");
    }

    @Test
    void aTweedeBeoordelaarSeesTheTeamButCannotChangeIt() {
        host.leerlijn().core().cohorts().assignStaff(anna, cohort.id(), new UserId("tweede-bob"), "Bob de Vries",
                StaffRole.SECOND_ASSESSOR);

        HttpResponse<String> page = host.get(staff, "X-Test-User", "tweede-bob");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Docent docent-anna", "Kerndocent", "Bob de Vries")
                .doesNotContain("Iemand aan het team toevoegen", "Uit het team halen", staff + "/remove");
        assertThat(host.post(staff, "tweede-bob", Map.of("userId", "tweede-eva", "name", "Eva", "role", "CORE_TEACHER")).statusCode())
                .isEqualTo(403);
        assertThat(host.post(staff + "/remove", "tweede-bob", Map.of("userId", "docent-anna", "role", "CORE_TEACHER")).statusCode())
                .isEqualTo(403);
        assertThat(team()).containsExactlyInAnyOrder("Docent docent-anna", "Bob de Vries");
    }

    @Test
    void aRefusedAdditionKeepsWhatWasTypedAndNamesEachProblem() {
        HttpResponse<String> refused = host.post(staff, "docent-anna", Map.of("userId", "", "name", "Bob de Vries", "role", "PIRAAT"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Er is iets niet goed ingevuld", "Vul dit veld in.", "Kies een van de mogelijkheden.",
                "value=\"Bob de Vries\"");
        HttpResponse<String> noName = host.post(staff, "docent-anna", Map.of("userId", "tweede-bob", "name", " ", "role", "SECOND_ASSESSOR"));
        assertThat(noName.body()).contains("value=\"tweede-bob\"", "<option value=\"SECOND_ASSESSOR\" selected>");
        assertThat(team()).containsExactly("Docent docent-anna");
    }
}
