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
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.Participant;
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

    private CoreFixture fixture;
    private AssessmentService assessments;
    private final Actor anna = kerndocent("docent-anna");
    private final Actor bob = kerndocent("tweede-bob");
    private final Actor sanneActor = student("student-sanne");
    private Cohort cohort;
    private SubmissionId concept;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database);
        assessments = fixture.core().assessments();
        cohort = fixture.cohortBy(anna);
        fixture.core().cohorts().assignStaff(anna, cohort.id(), bob.userId(), "Bob", StaffRole.SECOND_ASSESSOR);
        Participant sanne = fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-sanne")).participant();
        concept = handIn(sanne);
    }

    private SubmissionId handIn(Participant p) {
        UploadOutcome stored = fixture.core().submissions().upload(student(p.userId().value()), p.id(), new ActivityKey("pa-concept"), "k",
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

        assessments.saveMarking(bob, concept, ALL_VOLDOENDE, Map.of(), "Voldoende", true, 0);

        MarkingView annaAfter = assessments.marking(anna, concept);
        assertThat(annaAfter.state()).isEqualTo(AssessmentState.MARKED);
        assertThat(annaAfter.other()).hasValueSatisfying(m -> assertThat(m.levels()).isEqualTo(ALL_VOLDOENDE));
        assertThat(assessments.marking(bob, concept).other()).hasValueSatisfying(m -> assertThat(m.feedback()).isEqualTo("Mooi werk"));
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
        assertThatThrownBy(() -> assessments.agree(anna, concept, ALL_GOED, "x", null)).isInstanceOf(IllegalStateException.class);
        assessments.saveMarking(bob, concept, ALL_VOLDOENDE, Map.of(), "Voldoende", true, 0);

        assessments.agree(anna, concept, Map.of("vraagstelling", 2, "onderbouwing", 1, "verbetervoorstel", 2, "reflectie", 1),
                "Goed onderbouwd voorstel; werk de literatuur verder uit.", null);
        assertThat(assessments.result(sanneActor, concept)).isEmpty();

        assessments.release(anna, concept);

        ReleasedResult result = assessments.result(sanneActor, concept).orElseThrow();
        assertThat(result.score().grade()).contains(new BigDecimal("8.4"));
        assertThat(result.feedback()).isEqualTo("Goed onderbouwd voorstel; werk de literatuur verder uit.");
        assertThat(assessments.auditTrail(anna, concept)).extracting(AuditEntry::kind)
                .containsExactly("MARKING_DONE_FIRST", "MARKING_DONE_SECOND", "RESULT_AGREED", "RELEASED");
    }

    @Test
    void onlyTheCohortsAssessorsMarkAndOnlyTheKerndocentAgreesAndReleases() {
        assertThatThrownBy(() -> assessments.saveMarking(sanneActor, concept, ALL_GOED, Map.of(), "", true, 0))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> assessments.saveMarking(kerndocent("docent-carla"), concept, ALL_GOED, Map.of(), "", true, 0))
                .isInstanceOf(NotPermittedException.class);
        assessments.saveMarking(anna, concept, ALL_GOED, Map.of(), "", true, 0);
        assessments.saveMarking(bob, concept, ALL_GOED, Map.of(), "", true, 0);
        assertThatThrownBy(() -> assessments.agree(bob, concept, ALL_GOED, "", null)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> assessments.auditTrail(sanneActor, concept)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aMarkingMarkedDoneMustBeCompleteAndUseLevelsTheRubricHas() {
        assertThatThrownBy(() -> assessments.saveMarking(anna, concept, Map.of("vraagstelling", 2), Map.of(), "", true, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assessments.saveMarking(anna, concept, Map.of("vraagstelling", 7), Map.of(), "", false, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assessments.saveMarking(anna, concept, Map.of("spelling", 1), Map.of(), "", false, 0))
                .isInstanceOf(IllegalArgumentException.class);
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
