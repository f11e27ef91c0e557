package nl.leerlijn.demo;

import nl.leerlijn.access.Actor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.assessment.AssessmentState;
import nl.leerlijn.assessment.QueueEntry;
import nl.leerlijn.cohort.CohortMembership;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.extension.Extension;
import nl.leerlijn.extension.ExtensionState;
import nl.leerlijn.progress.Attention;
import nl.leerlijn.progress.CohortProgress;
import nl.leerlijn.progress.ParticipantProgress;
import nl.leerlijn.progress.Status;
import nl.leerlijn.testing.TestClock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo shows every feature in a realistic state: these are the states the README's walk-through and the people on the
 * start page count on. Seeded once, on a day in the middle of the first cohort.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSeedTest {
    private static final ActivityKey PLAN = new ActivityKey("pa-plan-van-aanpak");

    @TempDir
    static Path data;

    private JdbcDataSource dataSource;
    private DemoMailbox mailbox;
    private LeerlijnCore core;
    private CohortMembership utrecht;
    private CohortProgress progress;

    @BeforeAll
    void seed() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:demo-seed-test;DB_CLOSE_DELAY=-1");
        mailbox = new DemoMailbox(dataSource);
        nl.leerlijn.notification.MailComposer composer = new nl.leerlijn.web.notification.TemplateMailComposer(
                new nl.leerlijn.web.render.Renderer(List.of(), List.of(), java.util.Optional.empty()),
                java.util.Optional.of(java.net.URI.create("http://localhost:8080/leerlijn")), ZoneId.of("Europe/Amsterdam"));
        core = LeerlijnCore.builder().dataSource(dataSource).dataDirectory(data).zone(ZoneId.of("Europe/Amsterdam"))
                .clock(new TestClock(Instant.parse("2026-11-30T09:00:00Z"))).notifier(mailbox).mailComposer(composer).build();
        core.migrate();
        assertThat(DemoSeed.seedOnce(core, dataSource, data, mailbox, composer)).isTrue();
        List<CohortMembership> cohorts = core.cohorts().cohortsOf(DemoSeed.actor(DemoPeople.KERNDOCENT));
        // The running Utrecht cohort (the other one finished months ago).
        utrecht = cohorts.stream().filter(c -> c.cohort().name().contains("Utrecht"))
                .max(java.util.Comparator.comparing(c -> c.cohort().startDate())).orElseThrow();
        progress = core.progress().cohortProgress(DemoSeed.actor(DemoPeople.KERNDOCENT), utrecht.cohort().id());
    }

    @AfterAll
    void close() throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    private ParticipantProgress of(String user) {
        return progress.participants().stream().filter(p -> p.participant().userId().value().equals(user)).findFirst().orElseThrow();
    }

    @Test
    void theKerndocentHasTheRunningCohortAndTheNextOneWithNamesAsASchoolGivesThem() {
        assertThat(core.cohorts().cohortsOf(DemoSeed.actor(DemoPeople.KERNDOCENT))).extracting(c -> c.cohort().name())
                .containsExactlyInAnyOrder("Leergang 2026-1 Utrecht", "Leergang 2026-2 Utrecht", "Leergang 2027-1 Amersfoort",
                        DemoSeed.name(java.time.LocalDate.now(core.clock().withZone(core.zone())).minusYears(3)
                                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.TUESDAY)), "Amersfoort"));
        assertThat(progress.participants()).hasSize(14);
        assertThat(progress.participants().stream().filter(p -> !p.participant().isActive()))
                .extracting(p -> p.participant().userId().value()).containsExactly("student-martijn");
    }

    @Test
    void sanneHasHerPlanKlaarAndItIsNotAmongWhatSheStillNeeds() {
        ParticipantProgress sanne = of("student-sanne");

        assertThat(sanne.activity(PLAN).orElseThrow().status()).isEqualTo(Status.DONE);
        assertThat(sanne.assessedPartsOpen()).extracting(a -> a.key()).doesNotContain(PLAN);
        assertThat(sanne.settledIn(sanne.programme().modules().stream().filter(m -> m.code().equals("PA")).findFirst().orElseThrow()))
                .isEqualTo(1);
    }

    @Test
    void thePlansAreInEveryStateAKerndocentMeets() {
        Map<String, Status> plans = progress.participants().stream().filter(p -> p.participant().isActive())
                .collect(Collectors.toMap(p -> p.participant().userId().value(), p -> p.activity(PLAN).orElseThrow().status()));

        assertThat(plans).containsEntry("student-sanne", Status.DONE).containsEntry("student-ahmed", Status.REVISION)
                .containsEntry("student-joris", Status.MISSING).containsEntry("student-noor", Status.HANDED_IN);
        assertThat(plans.values()).contains(Status.DONE, Status.HANDED_IN, Status.REVISION, Status.MISSING);
    }

    @Test
    void theOverviewNamesWhoIsBehindAndWhySoTheKerndocentCanAct() {
        assertThat(progress.behind()).extracting(a -> a.progress().participant().userId().value())
                .contains("student-joris", "student-daan", "student-kees", "student-merel")
                .doesNotContain("student-sanne", "student-martijn");
        Attention joris = progress.behind().stream().filter(a -> a.progress().participant().userId().value().equals("student-joris"))
                .findFirst().orElseThrow();
        assertThat(joris.progress().attendance().atRisk() || joris.progress().attendance().outOfReach())
                .as("only his last replacement assignment, due tomorrow, keeps the minimum within reach").isTrue();
        assertThat(joris.urgency()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theMarkingQueueHoldsWorkInEveryStepOfTheTwoAssessorProcedure() {
        List<QueueEntry> entries = core.assessments().queue(DemoSeed.actor(DemoPeople.KERNDOCENT), utrecht.cohort().id()).entries();

        assertThat(entries).extracting(QueueEntry::state)
                .contains(AssessmentState.NOT_STARTED, AssessmentState.IN_MARKING, AssessmentState.MARKED, AssessmentState.AGREED);
        assertThat(core.assessments().openWorkPerCohort(DemoSeed.actor(DemoPeople.KERNDOCENT)).get(utrecht.cohort().id()))
                .isEqualTo((int) progress.participants().stream().flatMap(p -> p.activities().stream())
                        .filter(a -> a.status() == Status.HANDED_IN).count());
    }

    @Test
    void extensionsAreThereDecidedAndWaiting() {
        List<Extension> extensions = core.extensions().inCohort(DemoSeed.actor(DemoPeople.KERNDOCENT), utrecht.cohort().id());

        assertThat(extensions).extracting(Extension::state).contains(ExtensionState.REQUESTED, ExtensionState.APPROVED);
    }

    @Test
    void theGroupsArePublishedTwoMeetingsHeldAndSannesGroupMeetsTodayWithHerAsInbrenger() {
        Actor marieke = DemoSeed.actor(DemoPeople.KERNDOCENT);
        nl.leerlijn.intervisie.GroupsOverview groups = core.intervision().groups(marieke, utrecht.cohort().id());
        assertThat(groups.current().orElseThrow().published()).isTrue();
        Actor sanne = new Actor(new nl.leerlijn.access.UserId("student-sanne"), "Sanne Jansen", java.util.Set.of(nl.leerlijn.access.Role.STUDENT));
        nl.leerlijn.intervisie.MyGroup mine = core.intervision().myGroup(sanne, utrecht.cohort().id()).orElseThrow();
        Instant now = core.clock().instant();
        nl.leerlijn.intervisie.Meeting today = mine.meetings().stream().filter(m -> m.endsAt().isAfter(now)).findFirst().orElseThrow();

        assertThat(today.ownTime()).isTrue();
        assertThat(today.startsAt()).isBefore(now);
        assertThat(today.roles().inbrenger()).contains(mine.self());
        assertThat(core.intervision().meeting(sanne, today.id()).intervisionCase()).isEmpty();
        nl.leerlijn.intervisie.Meeting second = mine.meetings().get(1);
        nl.leerlijn.intervisie.MeetingPage held = core.intervision().meeting(marieke, second.id());
        assertThat(held.intervisionCase().orElseThrow().text()).isPresent();
        assertThat(held.reflections()).isNotEmpty();
        assertThat(held.reflections()).anySatisfy(r -> assertThat(r.answer()).isPresent());
        assertThat(core.intervision().meeting(marieke, mine.meetings().get(0).id()).intervisionCase().orElseThrow().removedAt())
                .as("the first meeting's case is past its retention").isPresent();
    }

    @Test
    void theWithdrawnParticipantHasNoRoleInAnyMeetingAhead() {
        Actor marieke = DemoSeed.actor(DemoPeople.KERNDOCENT);
        nl.leerlijn.intervisie.GroupsOverview groups = core.intervision().groups(marieke, utrecht.cohort().id());
        nl.leerlijn.enrolment.ParticipantId martijn = of("student-martijn").participant().id();

        assertThat(groups.meetings()).filteredOn(m -> m.startsAt().isAfter(core.clock().instant()))
                .allSatisfy(m -> assertThat(m.roles().of(martijn)).isEmpty());
    }

    @Test
    void theNextCohortHasFourteenParticipantsWhoseGroupsAreStillToBeFormed() {
        Actor youssef = DemoSeed.actor(DemoPeople.KERNDOCENT_2);
        CohortMembership amersfoort = core.cohorts().cohortsOf(youssef).stream().filter(c -> c.cohort().name().contains("Amersfoort"))
                .findFirst().orElseThrow();
        nl.leerlijn.intervisie.GroupsOverview groups = core.intervision().groups(youssef, amersfoort.cohort().id());

        assertThat(groups.participants()).hasSize(14);
        assertThat(groups.current()).isEmpty();
    }

    @Test
    void praktijkDuosAreFormedWithWorkInEveryStateAndAWerkbegeleidersLinkWaitsInTheMails() {
        Actor marieke = DemoSeed.actor(DemoPeople.KERNDOCENT);
        nl.leerlijn.praktijk.DuoOverview duos = core.practice().duos(marieke, utrecht.cohort().id(), DemoPraktijk.TRAINING);
        assertThat(duos.unpaired()).isEmpty();
        assertThat(duos.duos()).filteredOn(d -> !d.confirmed()).hasSize(1);
        assertThat(duos.duos()).anySatisfy(d -> assertThat(d.origin()).isEqualTo(nl.leerlijn.praktijk.DuoOrigin.PARTICIPANT));

        List<nl.leerlijn.praktijk.OutcomeRow> outcomes = core.practice().outcomeRows(marieke, utrecht.cohort().id());
        assertThat(outcomes).hasSize(2).anySatisfy(r -> assertThat(r.confirmation()).isPresent())
                .anySatisfy(r -> assertThat(r.confirmation()).isEmpty());
        assertThat(progress.participants()).filteredOn(p -> p.participant().userId().value().equals("student-noor")).singleElement()
                .satisfies(p -> assertThat(p.activity(DemoPraktijk.TRAINING).orElseThrow().status()).isEqualTo(Status.DONE));

        DemoMailbox.Kept link = mailbox.mails(java.util.Optional.of("k.smit@utrecht.example")).stream().findFirst().orElseThrow();
        assertThat(link.subject()).startsWith("Wil je een praktijkopdracht bevestigen?");
        String token = link.text().replaceAll("(?s).*http://localhost:8080/leerlijn/werkbegeleider/(\\S+).*", "$1");
        assertThat(core.practice().supervisorView(token).orElseThrow().state()).isEqualTo(nl.leerlijn.praktijk.SupervisorRequest.State.OPEN);
    }

    @Test
    void theMailPageHoldsWhatTheStoryMailedAtOnceAndTheKerndocentsDigestsOfYesterdayAndToday() {
        List<DemoMailbox.Kept> mails = mailbox.mails(java.util.Optional.empty());
        String marieke = DemoPeople.KERNDOCENT.email();

        assertThat(mailbox.mails(java.util.Optional.of(marieke))).extracting(DemoMailbox.Kept::subject)
                .containsExactlyInAnyOrder("Leerlijn: je samenvatting van maandag 30 november 2026",
                        "Leerlijn: je samenvatting van zondag 29 november 2026", "Aanwezigheid van Joris Smit komt in gevaar");
        assertThat(mails).filteredOn(m -> m.subject().equals("Je aanwezigheid bij de opleiding komt in gevaar"))
                .extracting(DemoMailbox.Kept::toName).containsExactly("Joris Smit");
        DemoMailbox.Kept today = mailbox.mails(java.util.Optional.of(marieke)).stream()
                .filter(m -> m.subject().contains("30 november")).findFirst().orElseThrow();
        assertThat(today.text()).contains("Esra Yilmaz heeft versie 1 van Conceptversie paper ingeleverd.",
                "Noor Visser vraagt uitstel voor Conceptversie paper", "http://localhost:8080/leerlijn/marking/");
        assertThat(today.text()).doesNotContain("Plan van aanpak paper ingeleverd");
        assertThat(mails).anySatisfy(m -> {
            assertThat(m.to()).isEqualTo("student-ahmed@demo.leerlijn.nl");
            assertThat(m.subject()).isEqualTo("Het resultaat van Plan van aanpak paper is bekend");
        });
        assertThat(mails).filteredOn(m -> m.subject().startsWith("Verplaatst")).isNotEmpty();
        assertThat(mails).filteredOn(m -> m.language().equals("en")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.toName()).isEqualTo("Priya Ramdin"));
        assertThat(mails).extracting(m -> m.to() + " " + m.subject()).as("nobody gets the same mail twice").doesNotHaveDuplicates();
    }

    @Test
    void everyoneHasLinesInNieuwVoorJouFromTheFirstStart() {
        var sanne = DemoSeed.actor(DemoPeople.find(new nl.leerlijn.access.UserId("student-sanne")).orElseThrow());
        assertThat(core.notifications().newForYou(sanne).unread()).isPositive();
        assertThat(core.notifications().newForYou(DemoSeed.actor(DemoPeople.KERNDOCENT)).unread()).isPositive();
    }

    @Test
    void attendanceIsConfirmedByBothSidesWithATrainingDayTodayAndReplacementAssignmentsInEveryState() {
        var marieke = DemoSeed.actor(DemoPeople.KERNDOCENT);
        var cohortId = utrecht.cohort().id();
        Instant now = core.clock().instant();
        List<nl.leerlijn.schedule.ScheduleItem> sessions = core.schedule().cohortSchedule(marieke, cohortId).stream()
                .filter(nl.leerlijn.schedule.ScheduleItem::isSession).toList();
        List<nl.leerlijn.attendance.SessionAttendance> past = sessions.stream().filter(i -> i.endsAt().orElseThrow().isBefore(now))
                .map(i -> core.attendance().session(marieke, cohortId, i.id())).toList();
        nl.leerlijn.attendance.SessionAttendance today = sessions.stream()
                .filter(i -> !i.at().isAfter(now) && i.endsAt().orElseThrow().isAfter(now) && i.kind() == nl.leerlijn.curriculum.ActivityKind.CONTACT_SESSION)
                .map(i -> core.attendance().session(marieke, cohortId, i.id())).findFirst().orElseThrow();

        assertThat(past).hasSizeGreaterThan(3);
        assertThat(past).allSatisfy(l -> assertThat(l.confirmation()).isPresent());
        assertThat(today.confirmation()).isEmpty();
        assertThat(past).allSatisfy(l -> assertThat(l.rows().stream().filter(r -> r.self().isPresent()).count()).isGreaterThan(5));
        assertThat(today.codeOpen()).isTrue();
        assertThat(today.rows().stream().filter(r -> r.self().isPresent()).count()).isEqualTo(5);
        assertThat(today.rows()).anySatisfy(r -> {
            assertThat(r.participant().userId().value()).isEqualTo("student-daan");
            assertThat(r.notice()).isPresent();
        });
        List<nl.leerlijn.attendance.ReplacementAssignment> replacements = core.attendance().replacements(marieke, cohortId);
        assertThat(replacements).anyMatch(nl.leerlijn.attendance.ReplacementAssignment::counts)
                .anyMatch(nl.leerlijn.attendance.ReplacementAssignment::waitingForJudgement)
                .anyMatch(r -> r.handedInAt().isEmpty());
        assertThat(of("student-merel").attendance().replaced()).isEqualTo(1);
    }

    @Test
    void theFinishedCohortHasGraduatesWithCertificatesAndOneRevoked() {
        var ellen = DemoSeed.actor(DemoPeople.EXAMENCOMMISSIE);
        var finished = core.cohorts().cohortsOf(DemoSeed.actor(DemoPeople.KERNDOCENT)).stream()
                .filter(c -> c.cohort().startDate().isBefore(utrecht.cohort().startDate()))
                .max(java.util.Comparator.comparing(c -> c.cohort().startDate())).orElseThrow();
        var graduation = core.graduation().cohort(ellen, finished.cohort().id());

        assertThat(graduation.rows()).hasSize(DemoPeople.GRADUATES.size());
        assertThat(graduation.rows()).allSatisfy(r -> assertThat(r.met()).as(r.progress().participant().profile().displayName())
                .isEqualTo(r.criteria().size()));
        assertThat(graduation.rows()).filteredOn(r -> r.decision().map(d -> d.award() == nl.leerlijn.graduation.Award.DIPLOMA).orElse(false))
                .hasSize(DemoPeople.GRADUATES.size() - 1);
        var roos = DemoSeed.actor(DemoPeople.find(new nl.leerlijn.access.UserId("student-roos")).orElseThrow());
        var lars = DemoSeed.actor(DemoPeople.find(new nl.leerlijn.access.UserId("student-lars")).orElseThrow());
        String code = core.graduation().ownCertificates(roos).get(0).code();
        assertThat(core.graduation().verify(code)).hasValueSatisfying(c -> assertThat(c.valid()).isTrue());
        assertThat(core.graduation().ownCertificates(lars)).singleElement().satisfies(c -> assertThat(c.valid()).isFalse());
    }

    @Test
    void theCohortThatFinishedOverTwoYearsAgoHasLostItsMarkedWorkAndPresenceListsButKeepsResultsAndDiplomas() {
        var ellen = DemoSeed.actor(DemoPeople.EXAMENCOMMISSIE);
        var alumni = core.cohorts().cohortsOf(DemoSeed.actor(DemoPeople.KERNDOCENT)).stream()
                .min(java.util.Comparator.comparing(c -> c.cohort().startDate())).orElseThrow();
        var fleur = DemoSeed.actor(DemoPeople.find(new nl.leerlijn.access.UserId("student-fleur")).orElseThrow());

        assertThat(alumni.cohort().name()).contains("Amersfoort");
        assertThat(core.retention().of(ellen, alumni.cohort().id())).filteredOn(r -> r.purge().isPresent())
                .extracting(nl.leerlijn.retention.Retention::artefact)
                .containsExactly(nl.leerlijn.retention.Artefact.MARKED_WORK, nl.leerlijn.retention.Artefact.PRESENCE_LISTS);
        assertThat(core.graduation().ownCertificates(fleur)).singleElement().satisfies(c -> assertThat(c.valid()).isTrue());
        var data = core.personalData().of(fleur);
        assertThat(data.files()).as("only the final paper's file is left").singleElement()
                .satisfies(f -> assertThat(f.activity()).isEqualTo("pa-eindversie"));
        assertThat(data.tables()).filteredOn(t -> t.name().equals("assessments")).singleElement()
                .satisfies(t -> assertThat(t.rows()).hasSizeGreaterThan(2));
        assertThat(data.tables()).filteredOn(t -> t.name().equals("presence_confirmations")).singleElement()
                .satisfies(t -> assertThat(t.rows()).isEmpty());
    }
}
