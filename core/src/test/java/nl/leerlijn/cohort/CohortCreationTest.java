package nl.leerlijn.cohort;

import static nl.leerlijn.testing.People.administrator;
import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Relation;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.access.UserId;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.ProgrammeId;
import nl.leerlijn.curriculum.ProgrammeNotFoundException;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import nl.leerlijn.schedule.ScheduleItem;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class CohortCreationTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Parameter
    TestDatabase database;

    private CoreFixture fixture;
    private final Actor docent = kerndocent("docent-anna");

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aKerndocentCreatesACohortAndBecomesItsKerndocent() {
        Cohort cohort = fixture.cohortBy(docent);

        assertThat(cohort.name()).isEqualTo("Leergang najaar 2026");
        assertThat(cohort.programmeTitle()).isEqualTo("De Effectieve Klantmanager Sociaal Domein");
        assertThat(cohort.startDate()).isEqualTo(LocalDate.of(2026, 9, 8));
        assertThat(cohort.createdAt()).isEqualTo(CoreFixture.NOW);
        assertThat(fixture.core().cohorts().staff(docent, cohort.id()))
                .containsExactly(new StaffMember(cohort.id(), docent.userId(), docent.displayName(), StaffRole.CORE_TEACHER));
    }

    @Test
    void theNewCohortHasEverySessionAndDeadlineOfTheProgrammeOnItsCalendar() {
        Cohort cohort = fixture.cohortBy(docent);

        List<ScheduleItem> schedule = fixture.core().schedule().cohortSchedule(docent, cohort.id());

        ScheduleItem firstDay = schedule.stream().filter(i -> i.activity().value().equals("m1-trainingsdag")).findFirst().orElseThrow();
        assertThat(firstDay.at().atZone(AMSTERDAM).toLocalDateTime()).isEqualTo(LocalDate.of(2026, 9, 15).atTime(9, 30));
        assertThat(firstDay.location()).contains("Utrecht, Jaarbeurs");
        assertThat(firstDay.title()).isEqualTo("Trainingsdag 1: activerende gespreksvoering");
        assertThat(schedule).filteredOn(i -> i.kind() == ActivityKind.INTERVISION_MEETING).hasSize(6);
        assertThat(schedule).filteredOn(i -> i.kind() == ActivityKind.PAPER_MILESTONE)
                .allSatisfy(i -> assertThat(i.isSession()).isFalse()).hasSize(3);
        assertThat(schedule).extracting(ScheduleItem::at).isSorted();
    }

    @Test
    void twoCohortsOfTheSameDefinitionShareOneStoredVersion() {
        Cohort first = fixture.cohortBy(docent);
        Cohort second = fixture.cohortBy(docent);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.programmeVersion()).isEqualTo(first.programmeVersion());
    }

    @Test
    void aStudentMayNotCreateACohort() {
        assertThatThrownBy(() -> fixture.cohortBy(student("student-1"))).isInstanceOf(NotPermittedException.class);
        assertThat(fixture.core().cohorts().cohortsOf(student("student-1"))).isEmpty();
    }

    @Test
    void anUnknownProgrammeIsRefusedWithItsId() {
        NewCohort unknown = new NewCohort(new ProgrammeId("bestaat-niet"), "X", LocalDate.of(2026, 9, 8), "Utrecht");

        assertThatThrownBy(() -> fixture.core().cohorts().create(docent, unknown))
                .isInstanceOf(ProgrammeNotFoundException.class)
                .hasMessageContaining("bestaat-niet");
    }

    @Test
    void anAdministratorCreatesACohortWithoutBecomingItsKerndocentAndAssignsOne() {
        Cohort cohort = fixture.cohortBy(administrator());

        boolean added = fixture.core().cohorts().assignStaff(administrator(), cohort.id(), docent.userId(),
                docent.displayName(), StaffRole.CORE_TEACHER);

        assertThat(added).isTrue();
        assertThat(fixture.core().cohorts().staff(docent, cohort.id())).extracting(StaffMember::userId)
                .containsExactly(docent.userId());
    }

    @Test
    void assigningTheSameRoleTwiceChangesNothing() {
        Cohort cohort = fixture.cohortBy(docent);
        UserId tweede = new UserId("tweede-bob");
        fixture.core().cohorts().assignStaff(docent, cohort.id(), tweede, "Bob de Tweede", StaffRole.SECOND_ASSESSOR);

        boolean again = fixture.core().cohorts().assignStaff(docent, cohort.id(), tweede, "Bob de Tweede", StaffRole.SECOND_ASSESSOR);

        assertThat(again).isFalse();
        assertThat(fixture.core().cohorts().staff(docent, cohort.id())).hasSize(2);
    }

    @Test
    void aKerndocentOfAnotherCohortCanNeitherSeeNorManageThisOne() {
        Cohort cohort = fixture.cohortBy(docent);
        Actor other = kerndocent("docent-carla");
        fixture.cohortBy(other);

        assertThatThrownBy(() -> fixture.core().cohorts().cohort(other, cohort.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> fixture.core().schedule().cohortSchedule(other, cohort.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> fixture.core().cohorts().assignStaff(other, cohort.id(), other.userId(), "Carla",
                StaffRole.CORE_TEACHER)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aTweedeBeoordelaarSeesTheCohortButMayNotManageIt() {
        Cohort cohort = fixture.cohortBy(docent);
        Actor tweede = kerndocent("tweede-bob");
        fixture.core().cohorts().assignStaff(docent, cohort.id(), tweede.userId(), "Bob", StaffRole.SECOND_ASSESSOR);

        assertThat(fixture.core().cohorts().cohort(tweede, cohort.id())).isEqualTo(cohort);
        assertThatThrownBy(() -> fixture.core().cohorts().assignStaff(tweede, cohort.id(), tweede.userId(), "Bob",
                StaffRole.CORE_TEACHER)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aMissingCohortIsReportedAsMissing() {
        assertThatThrownBy(() -> fixture.core().cohorts().cohort(docent, new CohortId(999)))
                .isInstanceOf(CohortNotFoundException.class)
                .hasMessageContaining("999");
    }

    @Test
    void aUsersCohortsListEveryCohortTheyTeachOrFollowNewestFirst() {
        Cohort older = fixture.core().cohorts().create(docent,
                new NewCohort(CoreFixture.SAMPLE, "Voorjaar", LocalDate.of(2026, 2, 2), "Zwolle"));
        Cohort newer = fixture.cohortBy(docent);
        fixture.core().enrolment().enrol(docent, older.id(), nl.leerlijn.testing.People.participant("student-1"));

        assertThat(fixture.core().cohorts().cohortsOf(docent))
                .extracting(m -> m.cohort().id(), CohortMembership::relation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(newer.id(), Relation.CORE_TEACHER),
                        org.assertj.core.groups.Tuple.tuple(older.id(), Relation.CORE_TEACHER));
        assertThat(fixture.core().cohorts().cohortsOf(student("student-1")))
                .extracting(m -> m.cohort().id(), CohortMembership::relation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(older.id(), Relation.PARTICIPANT));
    }
}
