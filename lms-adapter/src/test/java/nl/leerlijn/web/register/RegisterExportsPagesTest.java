package nl.leerlijn.web.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.attendance.SelfConfirmation;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Organisation;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.RegisterNumbers;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register exports against golden files. The files were checked by hand against what the registers take: PE-online
 * (Registerplein) enters presence per session date from a pasted list of registration numbers, one hour of net training
 * being one point; SKJ awards points per professional by registration number.
 */
class RegisterExportsPagesTest {
    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private TestHost host;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private Participant esra;
    private Participant tom;
    private Participant sem;

    @BeforeEach
    void start() {
        host = TestHost.withSettings(TestDatabase.H2, b -> b.clock(clock).withoutBackgroundJobs());
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("examen-eva", "Eva", Role.EXAM_COMMITTEE, Optional.empty());
        host.signIn("student-esra", "Esra", Role.STUDENT, Optional.empty());
        var core = host.leerlijn().core();
        cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang Utrecht", LocalDate.of(2026, 9, 8), "Utrecht"));
        esra = enrol("student-esra", "Esra Yılmaz", new RegisterNumbers(Optional.of("40211"), Optional.empty()));
        tom = enrol("student-tom", "Tom Bakker", new RegisterNumbers(Optional.of("40212"), Optional.of("110012345")));
        sem = enrol("student-sem", "Sem de Wit", RegisterNumbers.none());
        held("m1-trainingsdag", true, esra, tom, sem);
        held("iv-bijeenkomst-1", true, esra, tom);
        held("m2-trainingsdag", true, tom);
        held("iv-bijeenkomst-2", false, esra, tom);
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private Participant enrol(String id, String name, RegisterNumbers numbers) {
        return host.leerlijn().core().enrolment().enrol(anna, cohort.id(), new NewParticipant(new UserId(id), new ParticipantProfile(name,
                id + "@example.org", new Organisation("Gemeente Utrecht", OrganisationType.GEMEENTE), JobFunction.KLANTMANAGER, numbers,
                Optional.empty()))).participant();
    }

    private void held(String key, boolean confirmed, Participant... themselves) {
        var core = host.leerlijn().core();
        ScheduleItem session = core.schedule().cohortSchedule(anna, cohort.id()).stream().filter(i -> i.activity().value().equals(key))
                .findFirst().orElseThrow();
        clock.set(session.at().plus(Duration.ofMinutes(5)));
        String code = core.attendance().openCode(anna, cohort.id(), session.id()).code();
        for (Participant p : themselves) {
            core.attendance().confirmPresence(People.student(p.userId().value()), code, SelfConfirmation.Via.CODE);
        }
        clock.set(session.endsAt().orElseThrow());
        core.attendance().record(anna, cohort.id(), session.id(), Map.of(esra.id(), Presence.PRESENT, tom.id(), Presence.PRESENT,
                sem.id(), Presence.PRESENT));
        if (confirmed) {
            core.attendance().confirmList(anna, cohort.id(), session.id());
        }
    }

    @Test
    void theRegisterpleinExportListsConfirmedPresencePerSessionByRegistrationNumber() throws IOException {
        String csv = host.get("/cohorts/" + cohort.id().value() + "/registerplein.csv", "X-Test-User", "docent-anna").body();

        assertThat(csv.replace("\uFEFF", "").replace("\r\n", "\n")).isEqualTo(golden("registerplein.csv"));
    }

    @Test
    void theSkjExportTotalsTheConfirmedContactHoursPerProfessional() throws IOException {
        String csv = host.get("/cohorts/" + cohort.id().value() + "/skj.csv", "X-Test-User", "examen-eva").body();

        assertThat(csv.replace("\uFEFF", "").replace("\r\n", "\n")).isEqualTo(golden("skj.csv"));
        assertThat(host.get("/cohorts/" + cohort.id().value() + "/skj.csv", "X-Test-User", "student-esra").statusCode()).isEqualTo(403);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = RegisterExportsPagesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
