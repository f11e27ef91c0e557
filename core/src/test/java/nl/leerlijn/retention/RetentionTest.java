package nl.leerlijn.retention;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.graduation.Award;
import nl.leerlijn.graduation.Certificate;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.spi.FileSystemFileStore;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.Upload;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.PaperSteps;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.testing.TestFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class RetentionTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private final Actor docent = kerndocent("docent-anna");
    private final Actor ellen = new Actor(new UserId("examen-ellen"), "Ellen de Boer", Set.of(Role.EXAM_COMMITTEE));
    private FileSystemFileStore files;
    private CoreFixture fixture;
    private LeerlijnCore core;
    private Cohort cohort;
    private Participant esra;
    private SubmissionId concept;
    private SubmissionId eindversie;
    private ScheduleItem firstSession;
    private LocalDate ended;

    @BeforeEach
    void start() throws Exception {
        files = new FileSystemFileStore(TestFolders.fresh());
        fixture = CoreFixture.on(database, clock, builder -> builder.fileStore(files));
        core = fixture.core();
        cohort = fixture.cohortBy(docent);
        esra = core.enrolment().enrol(docent, cohort.id(), participant("esra")).participant();
        concept = PaperSteps.handInConcept(core, esra);
        PaperSteps.releaseVoldoende(core, docent, concept);
        eindversie = handIn(esra, "pa-eindversie", "eindversie.pdf", "%PDF-1.7 eindversie van Esra");
        PaperSteps.releaseVoldoende(core, docent, eindversie);
        List<ScheduleItem> schedule = core.schedule().cohortSchedule(docent, cohort.id());
        firstSession = schedule.stream().filter(ScheduleItem::isSession).findFirst().orElseThrow();
        clock.set(firstSession.at().plusSeconds(300));
        String code = core.attendance().openCode(docent, cohort.id(), firstSession.id()).code();
        core.attendance().confirmPresence(student("esra"), code, nl.leerlijn.attendance.SelfConfirmation.Via.CODE);
        clock.set(firstSession.endsAt().orElseThrow());
        core.attendance().record(docent, cohort.id(), firstSession.id(), Map.of(esra.id(), Presence.PRESENT));
        Instant last = schedule.stream().map(i -> i.endsAt().orElse(i.at())).max(Instant::compareTo).orElseThrow();
        ended = LocalDate.ofInstant(last, ZONE);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private SubmissionId handIn(Participant p, String activity, String name, String content) {
        Actor self = student(p.userId().value());
        UploadOutcome stored = core.submissions().upload(self, p.id(), new ActivityKey(activity), UUID.randomUUID().toString(),
                List.of(new Upload(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)))), Optional.empty());
        SubmissionId id = ((UploadOutcome.Stored) stored).submission().id();
        core.submissions().submit(self, id);
        return id;
    }

    private void goTo(LocalDate day) {
        clock.set(day.atTime(3, 0).atZone(ZONE).toInstant());
    }

    /** The hourly orphan sweep, once its grace of a day has passed. */
    private void sweepADayLater() {
        clock.set(clock.instant().plus(java.time.Duration.ofDays(1)).plusSeconds(60));
        core.removeOrphanedUploads(java.time.Duration.ofDays(1));
    }

    private Submission version(SubmissionId id) {
        return core.submissions().submission(docent, id);
    }

    private nl.leerlijn.attendance.SessionAttendance.Row esrasRow() {
        return core.attendance().session(docent, cohort.id(), firstSession.id()).rows().stream()
                .filter(r -> r.participant().id().equals(esra.id())).findFirst().orElseThrow();
    }

    private Optional<Presence> recordedPresence() {
        return esrasRow().presence();
    }

    private List<Map<String, Object>> outcomesOfEsra() {
        return core.personalData().of(student("esra")).tables().stream().filter(t -> t.name().equals("practice_outcomes")).findFirst()
                .orElseThrow().rows();
    }

    @Test
    void nothingGoesADayBeforeTwoYearsAfterTheCohortEnded() {
        goTo(ended.plusYears(2).minusDays(1));

        assertThat(core.retention().purgeExpired()).isEmpty();
        assertThat(version(concept).files()).hasSize(1);
        assertThat(files.contains(version(concept).files().get(0).sha256())).isTrue();
        assertThat(recordedPresence()).contains(Presence.PRESENT);
        assertThat(esrasRow().self()).isPresent();
    }

    @Test
    void afterTwoYearsMarkedWorkAndPresenceListsGoWhileResultsAndTheFinalPaperStayAndThePurgeIsRecordedOnce() {
        Actor self = student("esra");
        ActivityKey report = new ActivityKey("po-klantgesprekken");
        Optional<String> text = Optional.of("Drie gesprekken gevoerd; twee klanten zijn gestart met een traject.");
        UploadOutcome stored = core.submissions().upload(self, esra.id(), report, UUID.randomUUID().toString(),
                List.of(new Upload("verslag.pdf", new ByteArrayInputStream("%PDF-1.7 verslag".getBytes(StandardCharsets.UTF_8)))), text,
                core.practice().outcomes(self, esra.id(), report, new nl.leerlijn.praktijk.Outcomes("Klanten in de bijstand",
                        java.util.OptionalInt.of(3), java.util.OptionalInt.of(3), List.of(), "Ik weet nu wat ik wil."), text));
        assertThat(stored).isInstanceOf(UploadOutcome.Stored.class);
        assertThat(outcomesOfEsra()).as("kept under the version's own key").hasSize(1);
        String conceptFile = version(concept).files().get(0).sha256();
        int points = core.assessments().result(student("esra"), concept).orElseThrow().agreement().score().points();
        String finalFile = version(eindversie).files().get(0).sha256();
        goTo(ended.plusYears(2));

        List<Purge> purges = core.retention().purgeExpired();

        assertThat(purges).extracting(Purge::artefact).containsExactly(Artefact.MARKED_WORK, Artefact.PRESENCE_LISTS);
        assertThat(purges.get(0).dueOn()).isEqualTo(ended.plusYears(2));
        assertThat(purges.get(0).files()).as("the concept and the praktijk report").isEqualTo(2);
        assertThat(purges).allSatisfy(p -> assertThat(p.records()).isPositive());
        assertThat(version(concept).files()).isEmpty();
        assertThat(files.contains(conceptFile)).as("kept until the orphan sweep's grace has passed").isTrue();
        sweepADayLater();
        assertThat(files.contains(conceptFile)).as("the concept's file is gone from the store").isFalse();
        assertThat(core.assessments().result(student("esra"), concept)).as("the result stays")
                .hasValueSatisfying(r -> {
                    assertThat(r.agreement().score().points()).isEqualTo(points);
                    assertThat(r.agreement().feedback()).isEmpty();
                });
        assertThat(version(eindversie).files()).hasSize(1);
        assertThat(files.contains(finalFile)).isTrue();
        assertThat(core.assessments().result(student("esra"), eindversie)).hasValueSatisfying(r ->
                assertThat(r.agreement().feedback()).isEqualTo("Voldoende."));
        assertThat(esrasRow().self()).as("her own confirmation, the proof, is gone").isEmpty();
        assertThat(recordedPresence()).as("what the kerndocent recorded stays with the results").contains(Presence.PRESENT);
        assertThat(outcomesOfEsra()).as("the praktijk report's outcomes went with it").isEmpty();

        assertThat(core.retention().purgeExpired()).as("a second run changes nothing").isEmpty();
        assertThat(core.retention().purges()).hasSize(2);
        assertThat(core.retention().of(docent, cohort.id())).filteredOn(r -> r.purge().isPresent()).extracting(Retention::artefact)
                .containsExactly(Artefact.MARKED_WORK, Artefact.PRESENCE_LISTS);
    }

    @Test
    void theFinalPaperGoesAfterSevenYearsTheResultsAfterTenAndTheAwardProofAfterFifty() {
        core.graduation().decide(ellen, esra.id(), Award.DIPLOMA, "Alle onderdelen behaald.");
        String code = core.graduation().ownCertificates(student("esra")).get(0).code();
        String finalFile = version(eindversie).files().get(0).sha256();
        int points = core.assessments().result(student("esra"), eindversie).orElseThrow().agreement().score().points();

        goTo(ended.plusYears(7));
        assertThat(core.retention().purgeExpired()).extracting(Purge::artefact)
                .containsExactly(Artefact.MARKED_WORK, Artefact.PRESENCE_LISTS, Artefact.FINAL_PAPER);
        assertThat(version(eindversie).files()).isEmpty();
        sweepADayLater();
        assertThat(files.contains(finalFile)).isFalse();
        assertThat(core.assessments().result(student("esra"), eindversie)).hasValueSatisfying(r ->
                assertThat(r.agreement().score().points()).isEqualTo(points));

        goTo(ended.plusYears(10));
        assertThat(core.retention().purgeExpired()).extracting(Purge::artefact).containsExactly(Artefact.RESULT_LISTS);
        assertThat(core.submissions().versions(docent, esra.id(), new ActivityKey("pa-eindversie"))).isEmpty();
        assertThat(recordedPresence()).isEmpty();
        assertThat(core.graduation().verify(code)).as("the award proof stays").map(Certificate::holderName)
                .contains(esra.profile().displayName());

        goTo(ended.plusYears(50));
        assertThat(core.retention().purgeExpired()).extracting(Purge::artefact).containsExactly(Artefact.AWARD_PROOF);
        assertThat(core.graduation().verify(code)).isEmpty();
        assertThat(core.enrolment().participants(docent, cohort.id())).extracting(p -> p.profile().displayName())
                .doesNotContain(esra.profile().displayName());
        assertThat(core.retention().purges()).hasSize(5);
    }

    @Test
    void aFileThatOtherWorkAlsoHoldsStaysInTheStore() {
        Cohort later = core.cohorts().create(docent, new NewCohort(CoreFixture.SAMPLE, "Leergang 2028", LocalDate.of(2028, 9, 5), "Utrecht"));
        goTo(LocalDate.of(2028, 9, 1));
        Participant tom = core.enrolment().enrol(docent, later.id(), participant("tom")).participant();
        SubmissionId his = PaperSteps.handInConcept(core, tom);
        String shared = version(concept).files().get(0).sha256();
        assertThat(version(his).files().get(0).sha256()).as("the same bytes").isEqualTo(shared);

        goTo(ended.plusYears(2));
        core.retention().purgeExpired();
        sweepADayLater();

        assertThat(version(concept).files()).isEmpty();
        assertThat(files.contains(shared)).isTrue();
        assertThat(version(his).files()).hasSize(1);
    }

    @Test
    void theKerndocentAndTheExamencommissieSeeWhenEachKindGoesAndAStudentMayNot() {
        List<Retention> plan = core.retention().of(ellen, cohort.id());

        assertThat(plan).extracting(Retention::artefact).containsExactly(Artefact.values());
        assertThat(plan).extracting(r -> r.dueOn().orElseThrow()).containsExactly(ended.plusYears(2), ended.plusYears(2),
                ended.plusYears(7), ended.plusYears(10), ended.plusYears(50));
        assertThat(plan).allSatisfy(r -> assertThat(r.purge()).isEmpty());
        assertThatThrownBy(() -> core.retention().of(student("esra"), cohort.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.retention().of(kerndocent("docent-carla"), cohort.id())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aPolicyThatKeepsResultListsShorterThanTheWorkTheyListIsRefused() {
        RetentionPolicy standard = RetentionPolicy.standard();

        assertThat(standard.keep(Artefact.MARKED_WORK, Period.ofYears(1)).period(Artefact.MARKED_WORK)).isEqualTo(Period.ofYears(1));
        assertThatThrownBy(() -> standard.keep(Artefact.RESULT_LISTS, Period.ofYears(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FINAL_PAPER");
        assertThatThrownBy(() -> standard.keep(Artefact.AWARD_PROOF, Period.ofYears(8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AWARD_PROOF");
        assertThatThrownBy(() -> standard.keep(Artefact.MARKED_WORK, Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> standard.keep(Artefact.MARKED_WORK, Period.ofDays(1))).as("a slip of a day is refused")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least");
    }
}
