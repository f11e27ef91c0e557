package nl.leerlijn.cohort;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.access.UserId;
import nl.leerlijn.assessment.AuditEntry;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipationEvent;
import nl.leerlijn.enrolment.ParticipationRecord;
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

/** A cohort's team: adding and removing kerndocenten and tweede beoordelaars, and what stays on record. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class CohortTeamTest {
    private static final Map<String, Integer> PLAN_GOED = Map.of("vraag", 1, "planning", 1);

    @Parameter
    TestDatabase database;

    private CoreFixture fixture;
    private CohortService cohorts;
    private final Actor anna = kerndocent("docent-anna");
    private final Actor bob = new Actor(new UserId("tweede-bob"), "Bob", java.util.Set.of(nl.leerlijn.access.Role.SECOND_ASSESSOR));
    private Cohort cohort;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database);
        cohorts = fixture.core().cohorts();
        cohort = fixture.cohortBy(anna);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private List<StaffMember> team() {
        return cohorts.staff(anna, cohort.id());
    }

    @Test
    void someoneAddedToTheTeamIsListedAndAddingThemAgainChangesNothing() {
        assertThat(cohorts.assignStaff(anna, cohort.id(), bob.userId(), "Bob de Vries", StaffRole.SECOND_ASSESSOR)).isTrue();
        assertThat(cohorts.assignStaff(anna, cohort.id(), bob.userId(), "Bob de Vries", StaffRole.SECOND_ASSESSOR)).isFalse();

        assertThat(team()).extracting(StaffMember::displayName, StaffMember::role).containsExactlyInAnyOrder(
                tuple("Docent docent-anna", StaffRole.CORE_TEACHER), tuple("Bob de Vries", StaffRole.SECOND_ASSESSOR));
    }

    @Test
    void someoneTakenOffTheTeamCanBeAddedAgain() {
        cohorts.assignStaff(anna, cohort.id(), bob.userId(), "Bob", StaffRole.SECOND_ASSESSOR);
        assertThat(cohorts.removeStaff(anna, cohort.id(), bob.userId(), StaffRole.SECOND_ASSESSOR)).isEqualTo(StaffRemoval.REMOVED);
        assertThat(team()).extracting(StaffMember::userId).doesNotContain(bob.userId());
        assertThat(cohorts.removeStaff(anna, cohort.id(), bob.userId(), StaffRole.SECOND_ASSESSOR)).isEqualTo(StaffRemoval.NOT_ASSIGNED);

        assertThat(cohorts.assignStaff(anna, cohort.id(), bob.userId(), "Bob de Vries", StaffRole.SECOND_ASSESSOR)).isTrue();

        assertThat(team()).extracting(StaffMember::displayName).contains("Bob de Vries");
        assertThat(fixture.core().assessments().queue(bob, cohort.id()).entries()).isEmpty();
    }

    @Test
    void theLastKerndocentCannotBeTakenOffAndStays() {
        assertThat(cohorts.removeStaff(anna, cohort.id(), anna.userId(), StaffRole.CORE_TEACHER)).isEqualTo(StaffRemoval.LAST_CORE_TEACHER);

        assertThat(team()).extracting(StaffMember::userId).containsExactly(anna.userId());
        Actor carla = kerndocent("docent-carla");
        cohorts.assignStaff(anna, cohort.id(), carla.userId(), "Carla", StaffRole.CORE_TEACHER);
        assertThat(cohorts.removeStaff(carla, cohort.id(), anna.userId(), StaffRole.CORE_TEACHER)).isEqualTo(StaffRemoval.REMOVED);
        assertThat(cohorts.removeStaff(carla, cohort.id(), carla.userId(), StaffRole.CORE_TEACHER))
                .isEqualTo(StaffRemoval.LAST_CORE_TEACHER);
        assertThatThrownBy(() -> cohorts.assignStaff(anna, cohort.id(), anna.userId(), "Anna", StaffRole.CORE_TEACHER))
                .as("a kerndocent taken off no longer manages the cohort").isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aTweedeBeoordelaarTakenOffNoLongerSeesTheQueueAndWhatTheyMarkedKeepsTheNameTheyHadThen() {
        cohorts.assignStaff(anna, cohort.id(), bob.userId(), "Bob de Vries", StaffRole.SECOND_ASSESSOR);
        Participant sanne = fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-sanne")).participant();
        SubmissionId plan = handIn(sanne);
        fixture.core().assessments().saveMarking(bob, plan, PLAN_GOED, Map.of(), "Helder plan", true, 0);

        cohorts.removeStaff(anna, cohort.id(), bob.userId(), StaffRole.SECOND_ASSESSOR);

        assertThatThrownBy(() -> fixture.core().assessments().queue(bob, cohort.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> fixture.core().assessments().marking(bob, plan)).isInstanceOf(NotPermittedException.class);
        Actor examencommissie = new Actor(new UserId("examen-eva"), "Eva", java.util.Set.of(nl.leerlijn.access.Role.EXAM_COMMITTEE));
        assertThat(fixture.core().assessments().auditTrail(examencommissie, plan)).extracting(AuditEntry::kind, AuditEntry::actorName)
                .containsExactly(tuple("MARKING_DONE_SECOND", "Bob"));

        cohorts.assignStaff(anna, cohort.id(), bob.userId(), "Zzz iemand anders", StaffRole.SECOND_ASSESSOR);

        assertThat(fixture.core().assessments().auditTrail(examencommissie, cohort.id()).records())
                .as("a name typed later does not rewrite who made the change").extracting(r -> r.entry().actorName())
                .containsExactly("Bob");
    }

    @Test
    void aWithdrawalKeepsItsReasonAndWhoDidItInTheHistory() {
        Participant sanne = fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-sanne")).participant();

        fixture.core().enrolment().withdraw(anna, sanne.id(), Optional.of("  Nieuwe baan bij de gemeente  "));

        List<ParticipationRecord> history = fixture.core().enrolment().history(anna, sanne.id());
        assertThat(history).extracting(ParticipationRecord::event, ParticipationRecord::reason, ParticipationRecord::actorName)
                .containsExactly(tuple(ParticipationEvent.ENROLLED, Optional.empty(), "Docent docent-anna"),
                        tuple(ParticipationEvent.WITHDRAWN, Optional.of("Nieuwe baan bij de gemeente"), "Docent docent-anna"));
        assertThat(history.get(1).actor()).isEqualTo(anna.userId());
        assertThat(history.get(1).at()).isEqualTo(CoreFixture.NOW);
    }

    private SubmissionId handIn(Participant p) {
        Actor author = student(p.userId().value());
        UploadOutcome stored = fixture.core().submissions().upload(author, p.id(), new ActivityKey("pa-plan-van-aanpak"), "plan-1",
                List.of(new Upload("plan.pdf", new ByteArrayInputStream("%PDF-1.7 plan".getBytes(StandardCharsets.UTF_8)))),
                Optional.empty());
        SubmissionId id = ((UploadOutcome.Stored) stored).submission().id();
        fixture.core().submissions().submit(author, id);
        return id;
    }
}
