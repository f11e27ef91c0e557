package nl.leerlijn.register;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.access.UserId;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.attendance.SelfConfirmation;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.curriculum.Register;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Organisation;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.RegisterNumbers;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class RegisterExportsTest {
    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private CoreFixture fixture;
    private LeerlijnCore core;
    private final Actor docent = kerndocent("docent-anna");
    private Cohort cohort;
    private Participant esra;
    private Participant tom;
    private Participant sem;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database, clock);
        core = fixture.core();
        cohort = fixture.cohortBy(docent);
        esra = enrol("esra", "Esra Yılmaz", new RegisterNumbers(Optional.of("40211"), Optional.empty()));
        tom = enrol("tom", "Tom Bakker", new RegisterNumbers(Optional.of("40212"), Optional.of("110012345")));
        sem = enrol("sem", "Sem de Wit", RegisterNumbers.none());
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private Participant enrol(String id, String name, RegisterNumbers numbers) {
        return core.enrolment().enrol(docent, cohort.id(), new NewParticipant(new UserId(id), new ParticipantProfile(name, id + "@example.org",
                new Organisation("Gemeente Utrecht", OrganisationType.GEMEENTE), JobFunction.KLANTMANAGER, numbers, Optional.empty())))
                .participant();
    }

    private ScheduleItem item(String key) {
        return core.schedule().cohortSchedule(docent, cohort.id()).stream().filter(i -> i.activity().value().equals(key)).findFirst()
                .orElseThrow();
    }

    /** Everyone is recorded present; those named confirmed themselves with the code; the list is confirmed when asked. */
    private void held(ScheduleItem session, boolean listConfirmed, Participant... confirmedThemselves) {
        clock.set(session.at().plus(Duration.ofMinutes(5)));
        String code = core.attendance().openCode(docent, cohort.id(), session.id()).code();
        for (Participant p : confirmedThemselves) {
            core.attendance().confirmPresence(student(p.userId().value()), code, SelfConfirmation.Via.CODE);
        }
        clock.set(session.endsAt().orElseThrow());
        core.attendance().record(docent, cohort.id(), session.id(), Map.of(esra.id(), Presence.PRESENT, tom.id(), Presence.PRESENT,
                sem.id(), Presence.PRESENT));
        if (listConfirmed) {
            core.attendance().confirmList(docent, cohort.id(), session.id());
        }
    }

    @Test
    void onlyPresenceBothSidesConfirmedCountsAndOnlyForParticipantsWithANumber() {
        held(item("m1-trainingsdag"), true, esra, sem);
        held(item("iv-bijeenkomst-1"), true, esra, tom);
        held(item("m2-trainingsdag"), false, esra, tom);

        var lines = core.registers().lines(docent, cohort.id(), Register.REGISTERPLEIN);

        assertThat(lines).extracting(l -> l.date() + " " + l.number() + " " + l.minutes() + " " + l.category()).containsExactly(
                "2026-09-15 40211 390 VAKINHOUDELIJK",
                "2026-09-29 40211 150 REFLECTIE",
                "2026-09-29 40212 150 REFLECTIE");
        assertThat(lines.get(0).date()).isEqualTo(LocalDate.of(2026, 9, 15));
    }

    @Test
    void theSkjTotalsAddTheHoursPerCategoryForProfessionalsWithAnSkjNumber() {
        held(item("m1-trainingsdag"), true, esra, tom);
        held(item("iv-bijeenkomst-1"), true, esra, tom);

        var totals = core.registers().totals(docent, cohort.id(), Register.SKJ);

        assertThat(totals).singleElement().satisfies(t -> {
            assertThat(t.number()).isEqualTo("110012345");
            assertThat(t.vakinhoudelijkMinutes()).isEqualTo(390);
            assertThat(t.reflectieMinutes()).isEqualTo(150);
            assertThat(t.hundredthsOfHours()).isEqualTo(900);
            assertThat(t.lastDate()).isEqualTo("2026-09-29");
            assertThat(t.programmePoints()).isEqualTo(40);
        });
        assertThatThrownBy(() -> core.registers().totals(student("tom"), cohort.id(), Register.SKJ)).isInstanceOf(NotPermittedException.class);
    }
}
