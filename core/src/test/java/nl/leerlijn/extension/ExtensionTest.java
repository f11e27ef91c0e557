package nl.leerlijn.extension;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityNotFoundException;
import nl.leerlijn.progress.Status;
import nl.leerlijn.submission.SubmitOutcome;
import nl.leerlijn.submission.Upload;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.enrolment.Participant;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class ExtensionTest {
    private static final ActivityKey CONCEPT = new ActivityKey("pa-concept");

    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private CoreFixture fixture;
    private LeerlijnCore core;
    private final Actor docent = kerndocent("docent-anna");
    private final Actor sanneActor = student("student-sanne");
    private Cohort cohort;
    private Participant sanne;
    private Participant ahmed;
    private Instant cohortDeadline;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database, clock);
        core = fixture.core();
        cohort = fixture.cohortBy(docent);
        sanne = core.enrolment().enrol(docent, cohort.id(), participant("student-sanne")).participant();
        ahmed = core.enrolment().enrol(docent, cohort.id(), participant("student-ahmed")).participant();
        cohortDeadline = core.schedule().cohortSchedule(docent, cohort.id()).stream().filter(i -> i.activity().equals(CONCEPT))
                .findFirst().orElseThrow().at();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private Instant deadlineOf(Participant p) {
        return core.schedule().participantSchedule(docent, p.id()).items().stream().filter(i -> i.activity().equals(CONCEPT))
                .findFirst().orElseThrow().at();
    }

    @Test
    void aRequestChangesNothingUntilTheKerndocentApprovesIt() {
        Instant later = cohortDeadline.plus(Duration.ofDays(7));
        Extension asked = core.extensions().request(sanneActor, sanne.id(), CONCEPT, later, "Mijn dochter is geboren");

        assertThat(asked.state()).isEqualTo(ExtensionState.REQUESTED);
        assertThat(deadlineOf(sanne)).isEqualTo(cohortDeadline);

        Extension approved = core.extensions().decide(docent, asked.id(), true);

        assertThat(approved.state()).isEqualTo(ExtensionState.APPROVED);
        assertThat(approved.decidedBy()).contains(docent.userId());
        assertThat(deadlineOf(sanne)).isEqualTo(later);
        assertThat(deadlineOf(ahmed)).isEqualTo(cohortDeadline);
    }

    @Test
    void anApprovedExtensionMovesTheDeadlineInProgressTheCalendarAndTheLateFlag() {
        Instant later = cohortDeadline.plus(Duration.ofDays(7));
        core.extensions().decide(docent, core.extensions().request(sanneActor, sanne.id(), CONCEPT, later, "Ziek").id(), true);
        clock.set(cohortDeadline.plus(Duration.ofDays(1)));

        assertThat(status(sanne)).isEqualTo(Status.DUE);
        assertThat(status(ahmed)).isEqualTo(Status.MISSING);
        assertThat(core.calendar().feed(core.calendar().tokenFor(sanneActor)).orElseThrow())
                .filteredOn(e -> e.item().activity().equals(CONCEPT)).singleElement()
                .satisfies(e -> assertThat(e.item().at()).isEqualTo(later));
        UploadOutcome stored = core.submissions().upload(sanneActor, sanne.id(), CONCEPT, "k",
                List.of(new Upload("c.pdf", new ByteArrayInputStream("%PDF-1.7 c".getBytes(StandardCharsets.UTF_8)))), Optional.empty());
        SubmitOutcome handedIn = core.submissions().submit(sanneActor, ((UploadOutcome.Stored) stored).submission().id());
        assertThat(handedIn.submission().late()).isFalse();
    }

    private Status status(Participant p) {
        return core.progress().cohortProgress(docent, cohort.id()).participants().stream()
                .filter(r -> r.participant().id().equals(p.id())).findFirst().orElseThrow()
                .activities().stream().filter(a -> a.activity().key().equals(CONCEPT)).findFirst().orElseThrow().status();
    }

    @Test
    void anExtensionPastTheYear9999IsRefusedAndNothingIsStored() {
        java.time.Instant farAway = java.time.LocalDate.of(10_000, 1, 2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

        assertThatThrownBy(() -> core.extensions().request(sanneActor, sanne.id(), CONCEPT, farAway, "Wereldreis"))
                .isInstanceOf(nl.leerlijn.DateOutOfRangeException.class);
        assertThatThrownBy(() -> core.extensions().grant(docent, sanne.id(), CONCEPT, farAway, "Wereldreis"))
                .isInstanceOf(nl.leerlijn.DateOutOfRangeException.class);
        assertThat(core.extensions().inCohort(docent, cohort.id())).isEmpty();
        assertThat(deadlineOf(sanne)).isEqualTo(cohortDeadline);
    }

    @Test
    void aRefusedRequestLeavesTheDeadlineAndDecidingAgainChangesNothing() {
        Extension asked = core.extensions().request(sanneActor, sanne.id(), CONCEPT, cohortDeadline.plus(Duration.ofDays(3)), "Druk");

        core.extensions().decide(docent, asked.id(), false);
        Extension again = core.extensions().decide(docent, asked.id(), true);

        assertThat(again.state()).isEqualTo(ExtensionState.REFUSED);
        assertThat(deadlineOf(sanne)).isEqualTo(cohortDeadline);
    }

    @Test
    void aDecisionThatArrivesAfterAnotherKerndocentsDecisionOverwritesNothing() {
        Extension asked = core.extensions().request(sanneActor, sanne.id(), CONCEPT, cohortDeadline.plus(Duration.ofDays(3)), "Druk");
        JdbiExtensionRepository repository = new JdbiExtensionRepository(org.jdbi.v3.core.Jdbi.create(fixture.database().dataSource()));

        assertThat(repository.decide(asked.id(), ExtensionState.REFUSED, docent.userId(), clock.instant())).isTrue();
        assertThat(repository.decide(asked.id(), ExtensionState.APPROVED, kerndocent("docent-carla").userId(), clock.instant()))
                .as("the approval read the request before the refusal was saved, and arrives second").isFalse();

        Extension stands = core.extensions().extension(docent, asked.id());
        assertThat(stands.state()).isEqualTo(ExtensionState.REFUSED);
        assertThat(stands.decidedBy()).contains(docent.userId());
    }

    @Test
    void aKerndocentGrantsAnExtensionDirectlyAndEveryStepIsOnRecord() {
        Extension asked = core.extensions().request(sanneActor, sanne.id(), CONCEPT, cohortDeadline.plus(Duration.ofDays(3)), "Druk");
        core.extensions().decide(docent, asked.id(), false);
        core.extensions().grant(docent, ahmed.id(), CONCEPT, cohortDeadline.plus(Duration.ofDays(14)), "Afspraak met werkgever");

        assertThat(deadlineOf(ahmed)).isEqualTo(cohortDeadline.plus(Duration.ofDays(14)));
        assertThat(core.extensions().inCohort(docent, cohort.id())).extracting(Extension::state)
                .containsExactlyInAnyOrder(ExtensionState.REFUSED, ExtensionState.GRANTED);
        assertThat(core.extensions().ofParticipant(sanneActor, sanne.id())).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Druk"));
    }

    @Test
    void anExtensionMustMoveADeadlineLater() {
        assertThatThrownBy(() -> core.extensions().request(sanneActor, sanne.id(), CONCEPT, cohortDeadline, "Niets"))
                .isInstanceOf(ExtensionNotLaterException.class);
        assertThatThrownBy(() -> core.extensions().request(sanneActor, sanne.id(), new ActivityKey("m1-trainingsdag"),
                cohortDeadline, "Sessie")).as("a session has no deadline").isInstanceOf(ActivityNotFoundException.class);
    }

    @Test
    void onlyTheStudentAsksAndOnlyTheCohortsKerndocentDecides() {
        Instant later = cohortDeadline.plus(Duration.ofDays(7));
        assertThatThrownBy(() -> core.extensions().request(student("student-ahmed"), sanne.id(), CONCEPT, later, "x"))
                .isInstanceOf(NotPermittedException.class);
        Extension asked = core.extensions().request(sanneActor, sanne.id(), CONCEPT, later, "Ziek");

        assertThatThrownBy(() -> core.extensions().decide(sanneActor, asked.id(), true)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.extensions().decide(kerndocent("docent-carla"), asked.id(), true))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.extensions().grant(sanneActor, sanne.id(), CONCEPT, later, "x"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.extensions().ofParticipant(student("student-ahmed"), sanne.id()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(deadlineOf(sanne)).isEqualTo(cohortDeadline);
    }
}
