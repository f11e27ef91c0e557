package nl.leerlijn.enrolment;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.access.UserId;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.schedule.ParticipantSchedule;
import nl.leerlijn.schedule.ScheduleItem;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class EnrolmentTest {
    @Parameter
    TestDatabase database;

    private CoreFixture fixture;
    private EnrolmentService enrolment;
    private final Actor docent = kerndocent("docent-anna");
    private Cohort cohort;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database);
        enrolment = fixture.core().enrolment();
        cohort = fixture.cohortBy(docent);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void anEnrolledParticipantIsListedWithOrganisationAndFunction() {
        NewParticipant wmo = participant("student-1", "Zorggroep Midden", OrganisationType.ZORGORGANISATIE, JobFunction.WMO_CONSULENT);

        EnrolmentOutcome outcome = enrolment.enrol(docent, cohort.id(), wmo);

        assertThat(outcome).isInstanceOf(EnrolmentOutcome.Enrolled.class);
        assertThat(enrolment.participants(docent, cohort.id())).singleElement().satisfies(p -> {
            assertThat(p.userId()).isEqualTo(new UserId("student-1"));
            assertThat(p.profile().organisation()).isEqualTo(new Organisation("Zorggroep Midden", OrganisationType.ZORGORGANISATIE));
            assertThat(p.profile().function()).isEqualTo(JobFunction.WMO_CONSULENT);
            assertThat(p.isActive()).isTrue();
            assertThat(p.enrolledAt()).isEqualTo(CoreFixture.NOW);
        });
    }

    @Test
    void registerNumbersAndTheLeidinggevendeAreKept() {
        NewParticipant withNumbers = new NewParticipant(new UserId("student-2"), new ParticipantProfile("Sanne Jansen",
                "sanne@example.org", new Organisation("Gemeente Zwolle", OrganisationType.GEMEENTE), JobFunction.JEUGDCONSULENT,
                new RegisterNumbers(Optional.of("123456"), Optional.of("100012345")), Optional.of(new UserId("teamleider-7"))));

        Participant enrolled = enrolment.enrol(docent, cohort.id(), withNumbers).participant();

        assertThat(enrolment.participant(docent, enrolled.id()).profile()).isEqualTo(withNumbers.profile());
    }

    @Test
    void aPersonCannotBeEnrolledTwiceInTheSameCohort() {
        Participant first = enrolment.enrol(docent, cohort.id(), participant("student-1")).participant();

        EnrolmentOutcome again = enrolment.enrol(docent, cohort.id(), participant("student-1"));

        assertThat(again).isEqualTo(new EnrolmentOutcome.AlreadyEnrolled(first));
        assertThat(enrolment.participants(docent, cohort.id())).hasSize(1);
    }

    @Test
    void aWithdrawnParticipantStaysListedWithTheirHistoryAndCanBeReactivated() {
        Participant p = enrolment.enrol(docent, cohort.id(), participant("student-1")).participant();

        ParticipationChange withdrawn = enrolment.withdraw(docent, p.id(), Optional.of("Nieuwe baan buiten het sociaal domein"));
        assertThat(withdrawn).isInstanceOf(ParticipationChange.Changed.class);
        assertThat(enrolment.participants(docent, cohort.id())).singleElement()
                .satisfies(listed -> assertThat(listed.status()).isEqualTo(ParticipationStatus.WITHDRAWN));

        ParticipationChange reactivated = enrolment.reactivate(docent, p.id());
        assertThat(reactivated.participant().isActive()).isTrue();
        assertThat(enrolment.history(docent, p.id()))
                .extracting(ParticipationRecord::event, ParticipationRecord::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ParticipationEvent.ENROLLED, Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple(ParticipationEvent.WITHDRAWN, Optional.of("Nieuwe baan buiten het sociaal domein")),
                        org.assertj.core.groups.Tuple.tuple(ParticipationEvent.REACTIVATED, Optional.empty()));
    }

    @Test
    void withdrawingSomeoneAlreadyWithdrawnChangesNothing() {
        Participant p = enrolment.enrol(docent, cohort.id(), participant("student-1")).participant();
        enrolment.withdraw(docent, p.id(), Optional.empty());

        ParticipationChange again = enrolment.withdraw(docent, p.id(), Optional.empty());

        assertThat(again).isInstanceOf(ParticipationChange.AlreadyInStatus.class);
        assertThat(enrolment.history(docent, p.id())).hasSize(2);
    }

    @Test
    void reEnrollingAWithdrawnParticipantPointsToTheExistingParticipation() {
        Participant p = enrolment.enrol(docent, cohort.id(), participant("student-1")).participant();
        enrolment.withdraw(docent, p.id(), Optional.empty());

        EnrolmentOutcome again = enrolment.enrol(docent, cohort.id(), participant("student-1"));

        assertThat(again).isInstanceOf(EnrolmentOutcome.AlreadyEnrolled.class);
        assertThat(again.participant().status()).isEqualTo(ParticipationStatus.WITHDRAWN);
    }

    @Test
    void onlyTheCohortsKerndocentEnrolsAndWithdraws() {
        Participant p = enrolment.enrol(docent, cohort.id(), participant("student-1")).participant();
        Actor other = kerndocent("docent-carla");

        assertThatThrownBy(() -> enrolment.enrol(other, cohort.id(), participant("student-2"))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> enrolment.withdraw(student("student-1"), p.id(), Optional.empty())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> enrolment.participants(student("student-1"), cohort.id())).isInstanceOf(NotPermittedException.class);
        assertThat(enrolment.participants(docent, cohort.id())).hasSize(1);
    }

    @Test
    void aParticipantSeesTheirOwnScheduleButNotAnotherParticipants() {
        Participant own = enrolment.enrol(docent, cohort.id(), participant("student-1")).participant();
        Participant other = enrolment.enrol(docent, cohort.id(), participant("student-2")).participant();

        ParticipantSchedule schedule = fixture.core().schedule().participantSchedule(student("student-1"), own.id());

        assertThat(schedule.participant().cohortId()).isEqualTo(cohort.id());
        assertThat(schedule.items()).isNotEmpty().extracting(ScheduleItem::at).isSorted();
        assertThat(schedule.items()).first().satisfies(i -> assertThat(i.activity().value()).isEqualTo("m1-e-learning"));
        assertThatThrownBy(() -> fixture.core().schedule().participantSchedule(student("student-1"), other.id()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> enrolment.participant(student("student-1"), other.id()))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aMissingParticipantIsReportedWithItsId() {
        assertThatThrownBy(() -> enrolment.withdraw(docent, new ParticipantId(4242), Optional.empty()))
                .isInstanceOf(ParticipantNotFoundException.class)
                .hasMessageContaining("4242");
    }

    @Test
    void upcomingItemsComeFromActiveParticipationsOnlySoonestFirst() {
        Participant p = enrolment.enrol(docent, cohort.id(), participant("student-1")).participant();
        java.time.Instant from = java.time.Instant.parse("2026-09-15T00:00:00Z");

        assertThat(fixture.core().schedule().upcomingFor(student("student-1"), from, 3))
                .extracting(i -> i.activity().value())
                .containsExactly("m1-trainingsdag", "iv-bijeenkomst-1", "m1-reflectie");

        enrolment.withdraw(docent, p.id(), Optional.empty());
        assertThat(fixture.core().schedule().upcomingFor(student("student-1"), from, 3)).isEmpty();
    }

    @Test
    void aParticipantUpdatesTheirOwnWorkDetailsButNoOneElses() {
        Participant own = enrolment.enrol(docent, cohort.id(), participant("student-1")).participant();
        Participant other = enrolment.enrol(docent, cohort.id(), participant("student-2")).participant();
        Organisation lister = new Organisation("Lister", OrganisationType.ZORGORGANISATIE);
        RegisterNumbers numbers = new RegisterNumbers(Optional.of("123456"), Optional.empty());

        enrolment.updateOwnProfile(student("student-1"), own.id(), lister, JobFunction.WIJKCOACH, Optional.empty(), numbers);

        ParticipantProfile saved = enrolment.participant(docent, own.id()).profile();
        assertThat(saved.organisation()).isEqualTo(lister);
        assertThat(saved.function()).isEqualTo(JobFunction.WIJKCOACH);
        assertThat(saved.registerNumbers()).isEqualTo(numbers);
        assertThat(saved.displayName()).isEqualTo("Deelnemer student-1");
        assertThatThrownBy(() -> enrolment.updateOwnProfile(student("student-1"), other.id(), lister, JobFunction.WIJKCOACH, Optional.empty(), numbers))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> enrolment.updateOwnProfile(docent, own.id(), lister, JobFunction.WIJKCOACH, Optional.empty(), numbers))
                .isInstanceOf(NotPermittedException.class);
    }
}
