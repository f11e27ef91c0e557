package nl.leerlijn.assessment;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.Duration;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.submission.WorkItem;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.Upload;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class AssessmentServiceTest {
    private static final Map<String, Integer> ALL_VOLDOENDE = Map.of("vraagstelling", 1, "onderbouwing", 1, "verbetervoorstel", 1, "reflectie", 1);
    private static final Map<String, Integer> ALL_GOED = Map.of("vraagstelling", 2, "onderbouwing", 2, "verbetervoorstel", 2, "reflectie", 2);

    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private CoreFixture fixture;
    private AssessmentService assessments;
    private final Actor anna = kerndocent("docent-anna");
    private final Actor bob = kerndocent("tweede-bob");
    private final Actor sanneActor = student("student-sanne");
    private Cohort cohort;
    private SubmissionId concept;
    private Participant sanne;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database, clock);
        assessments = fixture.core().assessments();
        cohort = fixture.cohortBy(anna);
        fixture.core().cohorts().assignStaff(anna, cohort.id(), bob.userId(), "Bob", StaffRole.SECOND_ASSESSOR);
        sanne = fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-sanne")).participant();
        concept = handIn(sanne);
    }

    private SubmissionId handIn(Participant p) {
        UploadOutcome stored = fixture.core().submissions().upload(student(p.userId().value()), p.id(), new ActivityKey("pa-concept"),
                java.util.UUID.randomUUID().toString(),
                List.of(new Upload("concept.pdf", new ByteArrayInputStream("%PDF-1.7 concept".getBytes(StandardCharsets.UTF_8)))),
                Optional.empty());
        SubmissionId id = ((UploadOutcome.Stored) stored).submission().id();
        fixture.core().submissions().submit(student(p.userId().value()), id);
        return id;
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void theTwoAssessorsMarkIndependentlyAndSeeEachOtherOnlyWhenBothAreDone() {
        assessments.saveMarking(anna, concept, ALL_GOED, Map.of("reflectie", "Sterk"), "Mooi werk", true, 0);

        assertThatThrownBy(() -> assessments.auditTrail(bob, concept)).isInstanceOf(NotPermittedException.class);
        MarkingView bobBefore = assessments.marking(bob, concept);
        assertThat(bobBefore.role()).isEqualTo(AssessorRole.SECOND);
        assertThat(bobBefore.other()).isEmpty();
        assertThat(bobBefore.state()).isEqualTo(AssessmentState.IN_MARKING);
        assertThat(bobBefore.participantName()).isEqualTo("Deelnemer student-sanne");

        assessments.saveMarking(bob, concept, ALL_VOLDOENDE, Map.of(), "Voldoende", true, 0);

        MarkingView annaAfter = assessments.marking(anna, concept);
        assertThat(annaAfter.state()).isEqualTo(AssessmentState.MARKED);
        assertThat(annaAfter.other()).hasValueSatisfying(m -> assertThat(m.levels()).isEqualTo(ALL_VOLDOENDE));
        assertThat(assessments.marking(bob, concept).other()).hasValueSatisfying(m -> assertThat(m.feedback()).isEqualTo("Mooi werk"));
        assertThatThrownBy(() -> assessments.saveMarking(bob, concept, ALL_GOED, Map.of(), "Toch goed", true, 1))
                .as("once both are done, a marking cannot follow the other one").isInstanceOf(MarkingsClosedException.class);
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedWithBothMarkings() {
        Marking first = assessments.saveMarking(anna, concept, Map.of("vraagstelling", 2), Map.of(), "Eerste", false, 0);
        assessments.saveMarking(anna, concept, Map.of("vraagstelling", 1), Map.of(), "Tweede tabblad", false, first.version());

        assertThatThrownBy(() -> assessments.saveMarking(anna, concept, Map.of("vraagstelling", 0), Map.of(), "Oud tabblad", false,
                first.version()))
                .isInstanceOfSatisfying(MarkingChangedMeanwhileException.class, e -> {
                    assertThat(e.saved().feedback()).isEqualTo("Tweede tabblad");
                    assertThat(e.attempted().feedback()).isEqualTo("Oud tabblad");
                });
        assertThat(assessments.marking(anna, concept).own()).hasValueSatisfying(m -> assertThat(m.feedback()).isEqualTo("Tweede tabblad"));
    }

    @Test
    void theStudentSeesTheAgreedResultOnlyOnceReleasedAndEveryStepIsAudited() {
        assessments.saveMarking(anna, concept, ALL_GOED, Map.of(), "Mooi werk", true, 0);
        assertThatThrownBy(() -> assessments.agree(anna, concept, ALL_GOED, Map.of(), "x", false, null))
                .isInstanceOf(NotMarkedYetException.class);
        assessments.saveMarking(bob, concept, ALL_VOLDOENDE, Map.of(), "Voldoende", true, 0);

        assessments.agree(anna, concept, Map.of("vraagstelling", 2, "onderbouwing", 1, "verbetervoorstel", 2, "reflectie", 1),
                Map.of("onderbouwing", "Gebruik ook recente evaluaties van de Participatiewet.", "reflectie", " "),
                "Goed onderbouwd voorstel; werk de literatuur verder uit.", false, null);
        assertThat(assessments.result(sanneActor, concept)).isEmpty();
        assertThat(assessments.releasedResults(sanneActor, sanne.id())).isEmpty();

        assessments.release(anna, concept);

        ReleasedResult result = assessments.result(sanneActor, concept).orElseThrow();
        assertThat(result.agreement().score().grade()).contains(new BigDecimal("8.4"));
        assertThat(result.agreement().feedback()).isEqualTo("Goed onderbouwd voorstel; werk de literatuur verder uit.");
        assertThat(result.agreement().comments()).containsExactly(Map.entry("onderbouwing", "Gebruik ook recente evaluaties van de Participatiewet."));
        assertThat(assessments.releasedResults(sanneActor, sanne.id())).containsOnlyKeys(concept);
        fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-ahmed"));
        assertThatThrownBy(() -> assessments.result(student("student-ahmed"), concept)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> assessments.releasedResults(student("student-ahmed"), sanne.id()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> assessments.marking(student("student-ahmed"), concept)).isInstanceOf(NotPermittedException.class);
        assertThat(assessments.auditTrail(anna, concept)).extracting(AuditEntry::kind)
                .containsExactly("MARKING_DONE_FIRST", "MARKING_DONE_SECOND", "RESULT_AGREED", "RELEASED");
    }

    @Test
    void changingAnAgreedResultNeedsAReasonTakesItBackFromTheStudentAndKeepsOldAndNewInTheAuditTrail() {
        markBoth(concept);
        assessments.agree(anna, concept, ALL_VOLDOENDE, Map.of(), "", false, null);
        assessments.release(anna, concept);

        assertThatThrownBy(() -> assessments.agree(anna, concept, ALL_GOED, Map.of(), "", false, " "))
                .isInstanceOfSatisfying(InvalidMarkingException.class, e -> assertThat(e.problems())
                        .containsExactly(Map.entry("reason", InvalidMarkingException.Problem.REASON_REQUIRED)));
        assessments.agree(anna, concept, ALL_GOED, Map.of(), "", false, "Rekenfout bij criterium reflectie hersteld");

        assertThat(assessments.result(sanneActor, concept)).isEmpty();
        assertThat(assessments.auditTrail(anna, concept)).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("RESULT_AGREED");
            assertThat(e.oldValue()).contains("6.7");
            assertThat(e.newValue()).contains("10.0");
            assertThat(e.reason()).contains("Rekenfout bij criterium reflectie hersteld");
        });
    }

    @Test
    void twoKerndocentenRecordingTheResultFromTheSamePageCannotOverwriteEachOther() {
        Actor youssef = kerndocent("docent-youssef");
        fixture.core().cohorts().assignStaff(anna, cohort.id(), youssef.userId(), "Youssef", StaffRole.CORE_TEACHER);
        markBoth(concept);
        int seen = assessments.marking(anna, concept).version();
        assertThat(assessments.marking(youssef, concept).version()).isEqualTo(seen);

        assessments.agree(youssef, concept, ALL_GOED, Map.of(), "Goed", false, null, seen);

        assertThatThrownBy(() -> assessments.agree(anna, concept, ALL_VOLDOENDE, Map.of(), "Voldoende", false, "andere mening", seen))
                .isInstanceOfSatisfying(AgreementChangedMeanwhileException.class, e -> {
                    assertThat(e.saved()).hasValueSatisfying(a -> assertThat(a.feedback()).isEqualTo("Goed"));
                    assertThat(e.attempted().feedback()).isEqualTo("Voldoende");
                });
        assertThat(assessments.marking(anna, concept).agreed()).hasValueSatisfying(a -> assertThat(a.levels()).isEqualTo(ALL_GOED));
    }

    @Test
    void aRequestedRevisionLetsTheStudentHandInAfterTheDeadlineOnceAsTheHerkansingPolicyAllows() {
        clock.advance(Duration.ofDays(200));
        assertThat(work(sanne).open()).as("past the deadline, the concept is closed").isFalse();
        markBoth(concept);
        assertThat(assessments.marking(anna, concept).revisionsLeft()).isEqualTo(1);
        assessments.agree(anna, concept, Map.of("vraagstelling", 0, "onderbouwing", 1, "verbetervoorstel", 1, "reflectie", 1), Map.of(),
                "Herschrijf de vraagstelling.", true, null);
        assertThat(work(sanne).open()).as("not before the result is released").isFalse();

        assessments.release(anna, concept);

        WorkItem reopened = work(sanne);
        assertThat(reopened.open()).isTrue();
        assertThat(reopened.revisionUntil()).contains(clock.instant().plus(Duration.ofDays(14)));
        SubmissionId revised = handIn(sanne);
        assertThat(fixture.core().submissions().submission(sanneActor, revised).late()).isFalse();
        assertThat(work(sanne).open()).as("the revision is used up by handing in").isFalse();

        markBoth(revised);
        assertThat(assessments.marking(anna, revised).revisionsLeft()).isZero();
        assertThatThrownBy(() -> assessments.agree(anna, revised, ALL_VOLDOENDE, Map.of(), "", true, null))
                .isInstanceOfSatisfying(InvalidMarkingException.class, e -> assertThat(e.problems())
                        .containsExactly(Map.entry("revision", InvalidMarkingException.Problem.NO_REVISIONS_LEFT)));
    }

    @Test
    void aRevisionClosesWhenItsPeriodEnds() {
        markBoth(concept);
        clock.advance(Duration.ofDays(200));
        assessments.agree(anna, concept, ALL_VOLDOENDE, Map.of(), "", true, null);
        assessments.release(anna, concept);

        clock.advance(Duration.ofDays(15));

        assertThat(work(sanne).open()).isFalse();
        assertThat(work(sanne).revisionUntil()).isEmpty();
    }

    @Test
    void theMarkingQueueShowsEveryHandedInVersionOfTheCohortWithItsStateForBothAssessors() {
        Participant noor = fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-noor")).participant();
        SubmissionId hers = handIn(noor);
        Participant elsewhere = fixture.core().enrolment().enrol(anna, fixture.cohortBy(anna).id(), participant("student-piet")).participant();
        handIn(elsewhere);
        assessments.saveMarking(bob, hers, ALL_GOED, Map.of(), "", true, 0);

        MarkingQueue annas = assessments.queue(anna, cohort.id());
        MarkingQueue bobs = assessments.queue(bob, cohort.id());

        assertThat(annas.role()).isEqualTo(AssessorRole.FIRST);
        assertThat(annas.secondAssessor()).isTrue();
        assertThat(annas.entries()).extracting(QueueEntry::participantName, QueueEntry::state, QueueEntry::secondDone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Deelnemer student-sanne", AssessmentState.NOT_STARTED, false),
                        org.assertj.core.groups.Tuple.tuple("Deelnemer student-noor", AssessmentState.IN_MARKING, true));
        assertThat(bobs.role()).isEqualTo(AssessorRole.SECOND);
        assertThat(bobs.entries()).hasSize(2);
        assertThatThrownBy(() -> assessments.queue(sanneActor, cohort.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> assessments.queue(kerndocent("docent-carla"), cohort.id())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void releasingForTheWholeCohortReleasesExactlyItsAgreedResults() {
        Participant noor = fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-noor")).participant();
        SubmissionId hers = handIn(noor);
        markBoth(concept);
        markBoth(hers);
        assessments.agree(anna, concept, ALL_GOED, Map.of(), "", false, null);

        assertThatThrownBy(() -> assessments.releaseAll(bob, cohort.id())).isInstanceOf(NotPermittedException.class);
        assertThat(assessments.releaseAll(anna, cohort.id())).isEqualTo(1);

        assertThat(assessments.result(sanneActor, concept)).isPresent();
        assertThat(assessments.marking(anna, hers).state()).isEqualTo(AssessmentState.MARKED);
        assertThat(assessments.releaseAll(anna, cohort.id())).isZero();
    }

    @Test
    void releasingForTheWholeCohortRecordsEachReleaseAndOpensOnlyTheRevisionsAskedFor() {
        Participant noor = fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-noor")).participant();
        SubmissionId hers = handIn(noor);
        clock.advance(Duration.ofDays(200));
        markBoth(concept);
        markBoth(hers);
        assessments.agree(anna, concept, ALL_VOLDOENDE, Map.of(), "Herschrijf de vraagstelling.", true, null);
        assessments.agree(anna, hers, ALL_GOED, Map.of(), "", false, null);

        assertThat(assessments.releaseAll(anna, cohort.id())).isEqualTo(2);

        assertThat(work(sanne).open()).isTrue();
        assertThat(work(sanne).revisionUntil()).contains(clock.instant().plus(Duration.ofDays(14)));
        assertThat(work(noor).open()).isFalse();
        assertThat(assessments.result(student("student-noor"), hers)).isPresent();
        assertThat(assessments.auditTrail(anna, cohort.id()).records()).filteredOn(r -> r.entry().kind().equals("RELEASED"))
                .allSatisfy(r -> assertThat(r.entry().newValue()).isPresent())
                .extracting(AuditRecord::participantName).containsExactlyInAnyOrder("Deelnemer student-sanne", "Deelnemer student-noor");
    }

    @Test
    void theCohortsAuditTrailIsForTheKerndocentAndTheExamencommissieOnly() {
        markBoth(concept);
        assessments.agree(anna, concept, ALL_GOED, Map.of(), "", false, null);
        Actor examencommissie = new Actor(new UserId("examen-eva"), "Eva", Set.of(Role.EXAM_COMMITTEE));

        List<AuditRecord> trail = assessments.auditTrail(examencommissie, cohort.id()).records();

        assertThat(trail).extracting(r -> r.entry().kind()).containsExactly("MARKING_DONE_FIRST", "MARKING_DONE_SECOND", "RESULT_AGREED");
        assertThat(trail).allSatisfy(r -> {
            assertThat(r.participantName()).isEqualTo("Deelnemer student-sanne");
            assertThat(r.entry().actorName()).isIn("Docent docent-anna", "Docent tweede-bob");
            assertThat(r.activity()).isEqualTo(new ActivityKey("pa-concept"));
        });
        assertThat(assessments.auditTrail(anna, cohort.id()).records()).hasSize(3);
        assertThatThrownBy(() -> assessments.auditTrail(bob, cohort.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> assessments.auditTrail(sanneActor, cohort.id())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theKerndocentCannotReadTheTweedeBeoordelaarsMarkingThroughTheResultRecordOrItsAuditBeforeFinishingTheirOwn() {
        assessments.saveMarking(bob, concept, ALL_VOLDOENDE, Map.of(), "Voldoende, met twijfel", true, 0);
        Actor examencommissie = new Actor(new UserId("examen-eva"), "Eva", Set.of(Role.EXAM_COMMITTEE));

        ResultRecord annasView = assessments.record(anna, concept);
        assertThat(annasView.markings()).isEmpty();
        assertThat(annasView.history()).extracting(AuditEntry::kind).doesNotContain("MARKING_DONE_SECOND");
        assertThat(assessments.auditTrail(anna, cohort.id()).records()).extracting(r -> r.entry().kind())
                .doesNotContain("MARKING_DONE_SECOND");
        assertThat(assessments.record(examencommissie, concept).markings()).containsOnlyKeys(AssessorRole.SECOND);
        assertThat(assessments.auditTrail(examencommissie, cohort.id()).records()).extracting(r -> r.entry().kind())
                .containsExactly("MARKING_DONE_SECOND");

        assessments.saveMarking(anna, concept, ALL_GOED, Map.of(), "Goed", true, 0);

        assertThat(assessments.record(anna, concept).markings()).containsOnlyKeys(AssessorRole.FIRST, AssessorRole.SECOND);
        assertThat(assessments.auditTrail(anna, cohort.id()).records()).extracting(r -> r.entry().kind())
                .containsExactly("MARKING_DONE_SECOND", "MARKING_DONE_FIRST");
    }

    @Test
    void aTweedeBeoordelaarInTheExamencommissieStillCannotReadTheKerndocentsMarkingBeforeFinishing() {
        Actor bobInExamencommissie = new Actor(bob.userId(), "Bob", Set.of(Role.CORE_TEACHER, Role.EXAM_COMMITTEE));
        assessments.saveMarking(anna, concept, ALL_GOED, Map.of(), "Goed", true, 0);

        assertThat(assessments.record(bobInExamencommissie, concept).markings()).doesNotContainKey(AssessorRole.FIRST);
        assertThat(assessments.auditTrail(bobInExamencommissie, cohort.id()).records()).extracting(r -> r.entry().kind())
                .doesNotContain("MARKING_DONE_FIRST");
    }

    @Test
    void aKerndocentWhoTakesPartInTheirOwnCohortCannotMarkAgreeOrReleaseTheirOwnWork() {
        Participant annaTakingPart = fixture.core().enrolment().enrol(anna, cohort.id(), participant("docent-anna")).participant();
        SubmissionId own = handIn(annaTakingPart);

        assertThatThrownBy(() -> assessments.saveMarking(anna, own, ALL_GOED, Map.of(), "", true, 0))
                .isInstanceOf(NotPermittedException.class);
        assessments.saveMarking(bob, own, ALL_GOED, Map.of(), "", true, 0);
        assertThatThrownBy(() -> assessments.agree(anna, own, ALL_GOED, Map.of(), "", false, null))
                .isInstanceOf(NotPermittedException.class);
        assertThat(assessments.saveMarking(anna, concept, ALL_GOED, Map.of(), "", true, 0).done()).isTrue();
    }

    private void markBoth(SubmissionId id) {
        assessments.saveMarking(anna, id, ALL_VOLDOENDE, Map.of(), "", true, 0);
        assessments.saveMarking(bob, id, ALL_VOLDOENDE, Map.of(), "", true, 0);
    }

    private WorkItem work(Participant p) {
        return fixture.core().submissions().work(student(p.userId().value()), p.id(), ActivityKind.PAPER_MILESTONE).stream()
                .filter(w -> w.activity().key().value().equals("pa-concept")).findFirst().orElseThrow();
    }

    @Test
    void onlyTheCohortsAssessorsMarkAndOnlyTheKerndocentAgreesAndReleases() {
        assertThatThrownBy(() -> assessments.saveMarking(sanneActor, concept, ALL_GOED, Map.of(), "", true, 0))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> assessments.saveMarking(kerndocent("docent-carla"), concept, ALL_GOED, Map.of(), "", true, 0))
                .isInstanceOf(NotPermittedException.class);
        assessments.saveMarking(anna, concept, ALL_GOED, Map.of(), "", true, 0);
        assessments.saveMarking(bob, concept, ALL_GOED, Map.of(), "", true, 0);
        assertThatThrownBy(() -> assessments.agree(bob, concept, ALL_GOED, Map.of(), "", false, null))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> assessments.auditTrail(sanneActor, concept)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aMarkingMarkedDoneMustBeCompleteAndUseLevelsTheRubricHas() {
        assertThatThrownBy(() -> assessments.saveMarking(anna, concept, Map.of("vraagstelling", 2), Map.of(), "", true, 0))
                .isInstanceOfSatisfying(InvalidMarkingException.class, e -> assertThat(e.problems()).containsOnlyKeys(
                        "onderbouwing", "verbetervoorstel", "reflectie"));
        assertThatThrownBy(() -> assessments.saveMarking(anna, concept, Map.of("vraagstelling", 7), Map.of(), "", false, 0))
                .isInstanceOfSatisfying(InvalidMarkingException.class, e -> assertThat(e.problems()).containsOnlyKeys("vraagstelling"));
        assertThatThrownBy(() -> assessments.saveMarking(anna, concept, Map.of("spelling", 1), Map.of(), "", false, 0))
                .isInstanceOfSatisfying(InvalidMarkingException.class, e -> assertThat(e.problems()).containsOnlyKeys("spelling"));
        assertThat(assessments.marking(anna, concept).own()).as("nothing was saved").isEmpty();
    }

    @Test
    void withoutATweedeBeoordelaarTheKerndocentsMarkingIsEnough() {
        Cohort alone = fixture.cohortBy(anna);
        Participant noor = fixture.core().enrolment().enrol(anna, alone.id(), participant("student-noor")).participant();
        SubmissionId hers = handIn(noor);

        assessments.saveMarking(anna, hers, ALL_VOLDOENDE, Map.of(), "", true, 0);

        assertThat(assessments.marking(anna, hers).state()).isEqualTo(AssessmentState.MARKED);
    }
}
