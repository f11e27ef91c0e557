package nl.leerlijn.progress;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.leerlijn.access.Actor;
import nl.leerlijn.assessment.AssessmentService;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.submission.SubmissionId;
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

/** Assessed work through the real use cases (hand in, mark, agree, release, herkansing) and what progress makes of it. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class AssessedWorkProgressTest {
    private static final ActivityKey PLAN = new ActivityKey("pa-plan-van-aanpak");
    private static final Map<String, Integer> GOED = Map.of("vraag", 1, "planning", 1);
    private static final Map<String, Integer> ONVOLDOENDE = Map.of("vraag", 0, "planning", 1);

    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private CoreFixture fixture;
    private ProgressService progress;
    private AssessmentService assessments;
    private final Actor anna = kerndocent("docent-anna");
    private final Actor sanneActor = student("student-sanne");
    private Cohort cohort;
    private Participant sanne;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database, clock);
        progress = fixture.core().progress();
        assessments = fixture.core().assessments();
        cohort = fixture.cohortBy(anna);
        sanne = fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-sanne")).participant();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private SubmissionId handIn(Participant p, ActivityKey activity) {
        Actor author = student(p.userId().value());
        UploadOutcome stored = fixture.core().submissions().upload(author, p.id(), activity, UUID.randomUUID().toString(),
                List.of(new Upload("plan.pdf", new ByteArrayInputStream("%PDF-1.7 plan".getBytes(StandardCharsets.UTF_8)))),
                Optional.empty());
        SubmissionId id = ((UploadOutcome.Stored) stored).submission().id();
        fixture.core().submissions().submit(author, id);
        return id;
    }

    private void agree(SubmissionId id, Map<String, Integer> levels, boolean revision) {
        assessments.saveMarking(anna, id, levels, Map.of(), "", true, 0);
        assessments.agree(anna, id, levels, Map.of(), "Toelichting", revision, null);
    }

    private ParticipantProgress sannes() {
        return progress.participantProgress(sanneActor, sanne.id());
    }

    private Status plan() {
        return sannes().activity(PLAN).orElseThrow().status();
    }

    private static List<String> keys(List<Activity> activities) {
        return activities.stream().map(a -> a.key().value()).toList();
    }

    @Test
    void aPlanHandedInWaitsForItsResultAndIsNoLongerNamedAsOpen() {
        handIn(sanne, PLAN);

        assertThat(plan()).isEqualTo(Status.HANDED_IN);
        assertThat(keys(sannes().waitingForResult())).containsExactly(PLAN.value());
        assertThat(keys(sannes().assessedPartsOpen())).doesNotContain(PLAN.value()).contains("pa-concept", "pa-eindversie");
    }

    @Test
    void anAgreedResultThatIsNotReleasedStillWaits() {
        SubmissionId version = handIn(sanne, PLAN);

        agree(version, GOED, false);

        assertThat(plan()).isEqualTo(Status.HANDED_IN);
        assertThat(keys(sannes().waitingForResult())).containsExactly(PLAN.value());
    }

    @Test
    void aPlanReleasedAsGoedIsKlaarAndCountsAsDone() {
        SubmissionId version = handIn(sanne, PLAN);
        long doneBefore = sannes().done();
        agree(version, GOED, false);

        assessments.release(anna, version);

        ParticipantProgress after = sannes();
        assertThat(after.activity(PLAN).orElseThrow().status()).isEqualTo(Status.DONE);
        assertThat(after.done()).isEqualTo(doneBefore + 1);
        assertThat(after.waitingForResult()).isEmpty();
        assertThat(keys(after.assessedPartsOpen())).doesNotContain(PLAN.value()).hasSize(5);
    }

    @Test
    void anOnvoldoendeWithARevisionIsAHerkansingUntilItEndsAndThenOnvoldoende() {
        SubmissionId version = handIn(sanne, PLAN);
        agree(version, ONVOLDOENDE, true);
        assessments.release(anna, version);

        assertThat(plan()).isEqualTo(Status.REVISION);
        assertThat(keys(sannes().assessedPartsOpen())).contains(PLAN.value());

        clock.advance(Duration.ofDays(13));
        assertThat(plan()).as("the sample programme gives 14 days").isEqualTo(Status.REVISION);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(plan()).isEqualTo(Status.FAILED);
        assertThat(sannes().complete()).isFalse();
    }

    @Test
    void aNewVersionHandedInDuringTheHerkansingWaitsForItsResultAgain() {
        SubmissionId first = handIn(sanne, PLAN);
        clock.advance(Duration.ofDays(70));
        assertThat(sannes().activity(PLAN).orElseThrow().planned().orElseThrow().at()).as("past the deadline").isBefore(clock.instant());
        agree(first, ONVOLDOENDE, true);
        assessments.release(anna, first);
        clock.advance(Duration.ofDays(3));

        handIn(sanne, PLAN);

        assertThat(plan()).isEqualTo(Status.HANDED_IN);
        assertThat(keys(sannes().waitingForResult())).containsExactly(PLAN.value());
        clock.advance(Duration.ofDays(30));
        assertThat(plan()).as("the herkansing's end does not judge the new version").isEqualTo(Status.HANDED_IN);
    }

    @Test
    void nothingHandedInByTheDeadlineIsMissing() {
        Participant ahmed = fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-ahmed")).participant();
        handIn(ahmed, PLAN);
        clock.set(sannes().activity(PLAN).orElseThrow().planned().orElseThrow().at().plusSeconds(60));

        assertThat(plan()).isEqualTo(Status.MISSING);
        assertThat(keys(sannes().assessedPartsOpen())).contains(PLAN.value());
        assertThat(progress.participantProgress(anna, ahmed.id()).activity(PLAN).orElseThrow().status()).isEqualTo(Status.HANDED_IN);
    }

    @Test
    void theCohortMatrixAndTheParticipantsOwnProgressAgree() {
        Participant ahmed = fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-ahmed")).participant();
        SubmissionId released = handIn(sanne, PLAN);
        agree(released, ONVOLDOENDE, true);
        assessments.release(anna, released);
        handIn(ahmed, PLAN);
        progress.markDone(sanneActor, sanne.id(), new ActivityKey("m1-e-learning"), true);
        ActivityKey video = new ActivityKey("m2-video-opdracht");
        fixture.core().extensions().grant(anna, ahmed.id(), video, clock.instant().plus(Duration.ofDays(85)), "Ziek geweest");
        clock.set(clock.instant().plus(Duration.ofDays(70)));

        CohortProgress matrix = progress.cohortProgress(anna, cohort.id());
        assertThat(progress.participantProgress(anna, sanne.id()).activity(video).orElseThrow().status()).isEqualTo(Status.MISSING);
        assertThat(progress.participantProgress(anna, ahmed.id()).activity(video).orElseThrow().status())
                .as("his extension applies").isEqualTo(Status.DUE);

        for (Participant p : List.of(sanne, ahmed)) {
            ParticipantProgress row = matrix.participants().stream().filter(r -> r.participant().id().equals(p.id())).findFirst()
                    .orElseThrow();
            ParticipantProgress own = progress.participantProgress(student(p.userId().value()), p.id());
            assertThat(row.activities()).extracting(ActivityProgress::status)
                    .containsExactlyElementsOf(own.activities().stream().map(ActivityProgress::status).toList());
            assertThat(row.modules()).isEqualTo(own.modules());
            assertThat(row.attendance()).isEqualTo(own.attendance());
        }
    }

    @Test
    void theHomeCountOfWaitingWorkIsTheHandedInWorkInTheCohortsProgress() {
        Participant ahmed = fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-ahmed")).participant();
        Participant noor = fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-noor")).participant();
        Participant piet = fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-piet")).participant();
        SubmissionId sannesPlan = handIn(sanne, PLAN);
        agree(sannesPlan, GOED, false);
        assessments.release(anna, sannesPlan);
        handIn(sanne, new ActivityKey("pa-concept"));
        SubmissionId ahmedsPlan = handIn(ahmed, PLAN);
        agree(ahmedsPlan, ONVOLDOENDE, true);
        assessments.release(anna, ahmedsPlan);
        handIn(ahmed, PLAN);
        SubmissionId noorsPlan = handIn(noor, PLAN);
        agree(noorsPlan, GOED, false);
        handIn(piet, new ActivityKey("po-klantgesprekken"));
        fixture.core().enrolment().withdraw(anna, piet.id(), Optional.of("Gestopt"));

        long handedIn = progress.cohortProgress(anna, cohort.id()).participants().stream()
                .flatMap(p -> p.activities().stream()).filter(a -> a.status() == Status.HANDED_IN).count();

        assertThat(handedIn).isEqualTo(4);
        assertThat(assessments.openWorkPerCohort(anna)).containsEntry(cohort.id(), (int) handedIn);
    }
}
