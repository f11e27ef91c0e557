package nl.leerlijn.web.schedule;

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
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchedulePagesTest {
    private TestHost host;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private ScheduleItem trainingsdag;
    private String base;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        cohort = host.leerlijn().core().cohorts().create(anna,
                new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), "Utrecht"));
        host.leerlijn().core().enrolment().enrol(anna, cohort.id(), People.participant("student-sanne"));
        trainingsdag = host.leerlijn().core().schedule().cohortSchedule(anna, cohort.id()).stream()
                .filter(i -> i.activity().value().equals("m1-trainingsdag")).findFirst().orElseThrow();
        base = "/cohorts/" + cohort.id().value() + "/schedule";
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private ScheduleItem current() {
        return host.leerlijn().core().schedule().cohortSchedule(anna, cohort.id()).stream()
                .filter(i -> i.id().equals(trainingsdag.id())).findFirst().orElseThrow();
    }

    @Test
    void theEditFormStartsFromTheCurrentDateTimeAndPlace() {
        HttpResponse<String> form = host.get(base + "/" + trainingsdag.id().value(), "X-Test-User", "docent-anna");

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Bijeenkomst verplaatsen", "value=\"2026-09-15\"", "value=\"09:30\"", "value=\"Utrecht\"");
    }

    @Test
    void aKerndocentSeesTheEffectFirstAndOnlyTheConfirmationSaves() {
        Map<String, String> move = Map.of("date", "2026-09-22", "time", "13:00", "location", "Zwolle");

        HttpResponse<String> preview = host.post(base + "/" + trainingsdag.id().value() + "/preview", "docent-anna", move);

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("dinsdag 15 september 2026, 09:30–16:00, Utrecht",
                "dinsdag 22 september 2026, 13:00–19:30, Zwolle", "de ene actieve deelnemer", "Wijziging opslaan");
        assertThat(current().at()).isEqualTo(trainingsdag.at());

        HttpResponse<String> saved = host.post(base + "/" + trainingsdag.id().value(), "docent-anna", move);

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(host.get(base + "?notice=moved", "X-Test-User", "docent-anna").body())
                .contains("De wijziging is opgeslagen", "dinsdag 22 september 2026<br>13:00–19:30");
        assertThat(current().location()).contains("Zwolle");
    }

    @Test
    void aMoveOntoABusyDayWarnsAboutTheOtherSession() {
        HttpResponse<String> preview = host.post(base + "/" + trainingsdag.id().value() + "/preview", "docent-anna",
                Map.of("date", "2026-09-29", "time", "09:30", "location", "Utrecht"));

        assertThat(preview.body()).contains("Let op", "Op die dag is ook: Intervisie 1 om 13:30.");
    }

    @Test
    void aBadTimeComesBackWithTheInputAndAMessage() {
        HttpResponse<String> refused = host.post(base + "/" + trainingsdag.id().value() + "/preview", "docent-anna",
                Map.of("date", "2026-09-22", "time", "half twee", "location", "Zwolle"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Vul een tijd in als uu:mm", "value=\"half twee\"", "value=\"Zwolle\"");
    }

    @Test
    void studentsAndTweedeBeoordelaarsCannotChangeTheSchedule() {
        host.leerlijn().core().cohorts().assignStaff(anna, cohort.id(), new UserId("tweede-bob"), "Bob", StaffRole.SECOND_ASSESSOR);
        host.signIn("tweede-bob", "Bob", Role.SECOND_ASSESSOR, Optional.empty());
        Map<String, String> move = Map.of("date", "2026-09-22", "time", "13:00", "location", "Zwolle");
        String item = base + "/" + trainingsdag.id().value();

        assertThat(host.get(base, "X-Test-User", "tweede-bob").body()).contains("Trainingsdag 1").doesNotContain("Verplaatsen");
        for (String user : new String[] {"tweede-bob", "student-sanne"}) {
            assertThat(host.get(item, "X-Test-User", user).statusCode()).isEqualTo(403);
            assertThat(host.post(item + "/preview", user, move).statusCode()).isEqualTo(403);
            assertThat(host.post(item, user, move).statusCode()).isEqualTo(403);
        }
        assertThat(host.get(base, "X-Test-User", "student-sanne").statusCode()).isEqualTo(403);
        assertThat(current().at()).isEqualTo(trainingsdag.at());
    }

    @Test
    void anItemOfAnotherCohortIsNotFoundThroughThisOne() {
        Cohort other = host.leerlijn().core().cohorts().create(anna,
                new NewCohort(CoreFixture.SAMPLE, "Andere leergang", LocalDate.of(2026, 9, 8), "Utrecht"));
        long foreign = host.leerlijn().core().schedule().cohortSchedule(anna, other.id()).get(0).id().value();

        assertThat(host.get(base + "/" + foreign, "X-Test-User", "docent-anna").statusCode()).isEqualTo(404);
    }

    @Test
    void whenSomeoneElseMovedTheSessionAfterThePreviewTheSaveIsA409ThatShowsBoth() {
        host.leerlijn().core().cohorts().assignStaff(anna, cohort.id(), new UserId("docent-carla"), "Carla", StaffRole.CORE_TEACHER);
        host.signIn("docent-carla", "Carla", Role.CORE_TEACHER, Optional.empty());
        String item = base + "/" + trainingsdag.id().value();
        String preview = host.post(item + "/preview", "docent-anna", Map.of("date", "2026-09-22", "time", "13:00", "location", "Zwolle")).body();
        java.util.regex.Matcher seen = java.util.regex.Pattern.compile("name=\"seen\" value=\"([^\"]+)\"").matcher(preview);
        assertThat(seen.find()).isTrue();
        host.post(item, "docent-carla", Map.of("date", "2026-09-16", "time", "09:30", "location", "Amersfoort", "seen", seen.group(1)));

        HttpResponse<String> conflict = host.post(item, "docent-anna",
                Map.of("date", "2026-09-22", "time", "13:00", "location", "Zwolle", "seen", seen.group(1)));

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Iemand anders heeft dit intussen al gewijzigd",
                "woensdag 16 september 2026, 09:30–16:00, Amersfoort", "dinsdag 22 september 2026, 13:00–19:30, Zwolle");
        assertThat(current().location()).contains("Amersfoort");
    }
}
