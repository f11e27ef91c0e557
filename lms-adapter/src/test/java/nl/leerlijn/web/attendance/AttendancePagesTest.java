package nl.leerlijn.web.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The presence list: "iedereen aanwezig" first, then the exceptions; it prints without its buttons. */
class AttendancePagesTest {
    private TestHost host;
    private LeerlijnCore core;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private Participant sanne;
    private Participant ahmed;
    private Participant noor;
    private ScheduleItem day;
    private String attendance;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        core = host.leerlijn().core();
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8),
                "Utrecht"));
        sanne = core.enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
        ahmed = core.enrolment().enrol(anna, cohort.id(), People.participant("student-ahmed")).participant();
        noor = core.enrolment().enrol(anna, cohort.id(), People.participant("student-noor")).participant();
        day = core.schedule().cohortSchedule(anna, cohort.id()).stream().filter(i -> i.activity().value().equals("m1-trainingsdag"))
                .findFirst().orElseThrow();
        attendance = "/cohorts/" + cohort.id().value() + "/schedule/" + day.id().value() + "/attendance";
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private Map<ParticipantId, Presence> recorded() {
        Map<ParticipantId, Presence> recorded = new HashMap<>();
        core.attendance().session(anna, cohort.id(), day.id()).rows()
                .forEach(r -> r.presence().ifPresent(p -> recorded.put(r.participant().id(), p)));
        return recorded;
    }

    @Test
    void everyoneAbsentFromTheListIsMarkedPresentAndEarlierExceptionsStay() {
        core.attendance().record(anna, cohort.id(), day.id(), Map.of(sanne.id(), Presence.EXCUSED));

        HttpResponse<String> all = host.post(attendance + "/all-present", "docent-anna", Map.of());

        assertThat(all.statusCode()).isEqualTo(303);
        assertThat(recorded()).containsExactlyInAnyOrderEntriesOf(Map.of(sanne.id(), Presence.EXCUSED, ahmed.id(), Presence.PRESENT,
                noor.id(), Presence.PRESENT));
        assertThat(host.get(attendance + "?notice=allPresent", "X-Test-User", "docent-anna").body())
                .contains("Iedereen zonder registratie en zonder afmelding staat op aanwezig.").doesNotContain(attendance + "/all-present");
    }

    @Test
    void afterEveryoneIsPresentTheExceptionsAreSaved() {
        host.post(attendance + "/all-present", "docent-anna", Map.of());

        HttpResponse<String> saved = host.post(attendance, "docent-anna", Map.of("p-" + ahmed.id().value(), "ABSENT",
                "p-" + noor.id().value(), "EXCUSED"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(recorded()).containsExactlyInAnyOrderEntriesOf(Map.of(sanne.id(), Presence.PRESENT, ahmed.id(), Presence.ABSENT,
                noor.id(), Presence.EXCUSED));
        assertThat(host.get(attendance + "?notice=saved", "X-Test-User", "docent-anna").body())
                .contains("De presentie is opgeslagen.", "value=\"ABSENT\" checked", "value=\"EXCUSED\" checked");
    }

    @Test
    void thePresenceListPrintsWithoutItsButtons() {
        String page = host.get(attendance, "X-Test-User", "docent-anna").body();

        assertThat(page).contains("<div class=\"ll-panel ll-no-print\">", "Iedereen aanwezig", "<div class=\"ll-actions ll-no-print\">",
                "Druk deze pagina af");
        assertThat(host.get("/static/leerlijn.css").body()).containsPattern("@media print \\{\\s*[^}]*\\.ll-no-print");
    }
}
