package nl.leerlijn.attendance;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.notification.Notification;
import nl.leerlijn.notification.NotificationKind;
import nl.leerlijn.progress.AttendanceStanding;
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
class ConfirmedAttendanceTest {
    private static final ActivityKey DAY_1 = new ActivityKey("m1-trainingsdag");
    private static final ActivityKey WERKATELIER = new ActivityKey("m3-werkatelier");

    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private CoreFixture fixture;
    private LeerlijnCore core;
    private final Actor docent = kerndocent("docent-anna");
    private Cohort cohort;
    private Participant esra;
    private Participant tom;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database, clock);
        core = fixture.core();
        cohort = fixture.cohortBy(docent);
        esra = core.enrolment().enrol(docent, cohort.id(), participant("esra")).participant();
        tom = core.enrolment().enrol(docent, cohort.id(), participant("tom")).participant();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private ScheduleItem item(ActivityKey key) {
        return core.schedule().cohortSchedule(docent, cohort.id()).stream().filter(i -> i.activity().equals(key)).findFirst().orElseThrow();
    }

    private static Actor self(Participant p) {
        return student(p.userId().value());
    }

    private SessionAttendance.Row row(ScheduleItem session, Participant p) {
        return core.attendance().session(docent, cohort.id(), session.id()).rows().stream()
                .filter(r -> r.participant().id().equals(p.id())).findFirst().orElseThrow();
    }

    @Test
    void aParticipantConfirmsTheirPresenceWithTheCodeTheKerndocentShowsAndKeepsTheFirstTime() {
        ScheduleItem day = item(DAY_1);
        clock.set(day.at().plus(Duration.ofMinutes(5)));
        SessionCode code = core.attendance().openCode(docent, cohort.id(), day.id());
        assertThat(code.code()).matches("[A-Z2-9]{6}");

        clock.set(day.at().plus(Duration.ofMinutes(12)));
        ScheduleItem confirmed = core.attendance().confirmPresence(self(esra), code.code().toLowerCase(java.util.Locale.ROOT)
                .replaceFirst("^(...)", "$1 "), SelfConfirmation.Via.CODE);
        clock.set(day.at().plus(Duration.ofMinutes(40)));
        core.attendance().confirmPresence(self(esra), code.code(), SelfConfirmation.Via.QR);

        assertThat(confirmed.activity()).isEqualTo(DAY_1);
        assertThat(row(day, esra).self()).contains(new SelfConfirmation(day.at().plus(Duration.ofMinutes(12)), SelfConfirmation.Via.CODE));
        assertThat(row(day, tom).self()).isEmpty();
        assertThat(core.attendance().openCode(docent, cohort.id(), day.id())).isEqualTo(code);
    }

    @Test
    void aWrongClosedOrOtherCohortsCodeConfirmsNothing() {
        ScheduleItem day = item(DAY_1);
        clock.set(day.at());
        SessionCode code = core.attendance().openCode(docent, cohort.id(), day.id());
        Cohort other = fixture.cohortBy(kerndocent("docent-bob"));
        Participant stranger = core.enrolment().enrol(kerndocent("docent-bob"), other.id(), participant("sem")).participant();

        assertThatThrownBy(() -> core.attendance().confirmPresence(self(esra), "ZZZZZZ".equals(code.code()) ? "YYYYYY" : "ZZZZZZ",
                SelfConfirmation.Via.CODE)).isInstanceOf(SessionCodeNotValidException.class);
        assertThatThrownBy(() -> core.attendance().confirmPresence(self(stranger), code.code(), SelfConfirmation.Via.CODE))
                .isInstanceOf(SessionCodeNotValidException.class);
        core.attendance().closeCode(docent, cohort.id(), day.id());
        assertThatThrownBy(() -> core.attendance().confirmPresence(self(esra), code.code(), SelfConfirmation.Via.CODE))
                .isInstanceOf(SessionCodeNotValidException.class);
        assertThat(row(day, esra).self()).isEmpty();
    }

    @Test
    void afterFiveWrongCodesInAQuarterOfAnHourNoCodeIsCheckedUntilItHasPassed() {
        ScheduleItem day = item(DAY_1);
        clock.set(day.at());
        SessionCode code = core.attendance().openCode(docent, cohort.id(), day.id());
        String wrong = code.code().startsWith("Z") ? "YYYYYY" : "ZZZZZZ";
        for (int i = 0; i < AttendanceService.MAX_WRONG_CODES; i++) {
            assertThatThrownBy(() -> core.attendance().confirmPresence(self(esra), wrong, SelfConfirmation.Via.CODE))
                    .isInstanceOf(SessionCodeNotValidException.class);
        }

        assertThatThrownBy(() -> core.attendance().confirmPresence(self(esra), code.code(), SelfConfirmation.Via.CODE))
                .isInstanceOf(TooManyWrongCodesException.class);
        assertThat(core.attendance().confirmPresence(self(tom), code.code(), SelfConfirmation.Via.CODE).activity()).isEqualTo(DAY_1);
        clock.set(day.at().plus(AttendanceService.ATTEMPT_WINDOW).plusSeconds(1));
        assertThat(core.attendance().confirmPresence(self(esra), code.code(), SelfConfirmation.Via.CODE).activity()).isEqualTo(DAY_1);
    }

    @Test
    void aCodeOpensFromAnHourBeforeTheSessionUntilItsEndAndCanBeEnteredHalfAnHourLonger() {
        ScheduleItem day = item(DAY_1);
        clock.set(day.at().minus(Duration.ofMinutes(61)));
        assertThatThrownBy(() -> core.attendance().openCode(docent, cohort.id(), day.id())).isInstanceOf(CodeNotOpenableException.class);
        assertThatThrownBy(() -> core.attendance().openCode(student("esra"), cohort.id(), day.id())).isInstanceOf(NotPermittedException.class);

        clock.set(day.endsAt().orElseThrow().minus(Duration.ofMinutes(1)));
        SessionCode code = core.attendance().openCode(docent, cohort.id(), day.id());
        assertThat(code.closesAt()).isEqualTo(day.endsAt().orElseThrow().plus(Duration.ofMinutes(30)));
        clock.set(code.closesAt());
        assertThatThrownBy(() -> core.attendance().confirmPresence(self(esra), code.code(), SelfConfirmation.Via.CODE))
                .isInstanceOf(SessionCodeNotValidException.class);
        assertThatThrownBy(() -> core.attendance().openCode(docent, cohort.id(), day.id())).isInstanceOf(CodeNotOpenableException.class);
    }

    @Test
    void theKerndocentConfirmsACompleteListWithinSevenDaysAChangeAsksForANewConfirmationAndAfterwardsItIsFixed() {
        ScheduleItem day = item(DAY_1);
        clock.set(day.at().minus(Duration.ofDays(1)));
        core.attendance().recordOthersPresent(docent, cohort.id(), day.id());
        assertThatThrownBy(() -> core.attendance().confirmList(docent, cohort.id(), day.id())).isInstanceOf(ListIncompleteException.class);

        clock.set(day.endsAt().orElseThrow().plus(Duration.ofDays(2)));
        core.attendance().confirmList(docent, cohort.id(), day.id());
        SessionAttendance list = core.attendance().session(docent, cohort.id(), day.id());
        assertThat(list.confirmation()).map(ListConfirmation::at).contains(clock.instant());
        assertThat(list.confirmation()).map(ListConfirmation::byName).contains(docent.displayName());

        core.attendance().record(docent, cohort.id(), day.id(), Map.of(tom.id(), Presence.ABSENT));
        assertThat(core.attendance().session(docent, cohort.id(), day.id()).confirmation()).isEmpty();
        core.attendance().confirmList(docent, cohort.id(), day.id());

        clock.set(day.endsAt().orElseThrow().plus(Duration.ofDays(7)).plusSeconds(1));
        assertThatThrownBy(() -> core.attendance().confirmList(docent, cohort.id(), day.id()))
                .isInstanceOf(AttendanceListClosedException.class);
        assertThatThrownBy(() -> core.attendance().record(docent, cohort.id(), day.id(), Map.of(tom.id(), Presence.PRESENT)))
                .isInstanceOf(AttendanceListClosedException.class);
        assertThat(row(day, tom).presence()).contains(Presence.ABSENT);
        assertThat(core.attendance().session(docent, cohort.id(), day.id()).confirmation()).isPresent();
    }

    @Test
    void aListNobodyConfirmedInTimeCanStillBeFilledInButNeverConfirmed() {
        ScheduleItem day = item(DAY_1);
        clock.set(day.endsAt().orElseThrow().plus(Duration.ofDays(8)));
        core.attendance().recordOthersPresent(docent, cohort.id(), day.id());

        assertThat(row(day, esra).presence()).contains(Presence.PRESENT);
        assertThatThrownBy(() -> core.attendance().confirmList(docent, cohort.id(), day.id()))
                .isInstanceOf(AttendanceListClosedException.class);
    }

    @Test
    void aListIsIncompleteWhileSomeoneWithoutARecordIsLeft() {
        ScheduleItem day = item(DAY_1);
        clock.set(day.endsAt().orElseThrow());
        core.attendance().record(docent, cohort.id(), day.id(), Map.of(esra.id(), Presence.PRESENT));

        assertThatThrownBy(() -> core.attendance().confirmList(docent, cohort.id(), day.id())).isInstanceOf(ListIncompleteException.class);
        assertThatThrownBy(() -> core.attendance().confirmList(student("esra"), cohort.id(), day.id()))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aParticipantReportsAbsenceBeforehandWithAReasonAndTheKerndocentDecidesWhetherItIsExcused() {
        ScheduleItem day = item(DAY_1);
        clock.set(day.at().minus(Duration.ofDays(2)));
        assertThatThrownBy(() -> core.attendance().reportAbsence(self(esra), esra.id(), DAY_1, "  "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> core.attendance().reportAbsence(self(tom), esra.id(), DAY_1, "Ziek"))
                .isInstanceOf(NotPermittedException.class);
        core.attendance().reportAbsence(self(esra), esra.id(), DAY_1, "Begrafenis van mijn oom");

        clock.set(day.at().plus(Duration.ofMinutes(1)));
        assertThatThrownBy(() -> core.attendance().withdrawAbsence(self(esra), esra.id(), DAY_1))
                .isInstanceOf(AbsenceNoticeTooLateException.class);
        int present = core.attendance().recordOthersPresent(docent, cohort.id(), day.id());

        assertThat(present).isEqualTo(1);
        assertThat(row(day, esra).presence()).isEmpty();
        assertThat(row(day, esra).notice()).map(AbsenceNotice::reason).contains("Begrafenis van mijn oom");
        core.attendance().record(docent, cohort.id(), day.id(), Map.of(esra.id(), Presence.EXCUSED));
        ParticipantAttendance own = core.attendance().of(self(esra), esra.id());
        ParticipantAttendance.Session session = own.sessions().stream().filter(s -> s.session().activity().equals(DAY_1)).findFirst()
                .orElseThrow();
        assertThat(session.presence()).contains(Presence.EXCUSED);
        assertThat(session.notice()).isPresent();
        assertThatThrownBy(() -> core.attendance().of(self(tom), esra.id())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aMissedSessionGivesTheParticipantItsReplacementAssignmentOnceAndPresenceAfterAllCancelsIt() {
        ScheduleItem day = item(DAY_1);
        clock.set(day.endsAt().orElseThrow());
        core.attendance().record(docent, cohort.id(), day.id(), Map.of(esra.id(), Presence.ABSENT, tom.id(), Presence.PRESENT));
        core.attendance().record(docent, cohort.id(), day.id(), Map.of(esra.id(), Presence.EXCUSED));
        core.attendance().record(docent, cohort.id(), item(WERKATELIER).id(), Map.of(esra.id(), Presence.ABSENT));

        List<ReplacementAssignment> made = core.attendance().replacements(docent, cohort.id());
        assertThat(made).hasSize(1);
        ReplacementAssignment replacement = made.get(0);
        assertThat(replacement.participant()).isEqualTo(esra.id());
        assertThat(replacement.session()).isEqualTo(DAY_1);
        assertThat(replacement.description()).contains("gesprekstechnieken");
        assertThat(replacement.dueAt()).isEqualTo(clock.instant().plus(Duration.ofDays(14)));

        core.attendance().record(docent, cohort.id(), day.id(), Map.of(esra.id(), Presence.PRESENT));
        assertThat(core.attendance().replacements(docent, cohort.id())).isEmpty();
        assertThat(core.attendance().of(self(esra), esra.id()).replacements()).isEmpty();
    }

    @Test
    void twoNodesRecordingTheSameAbsenceAtOnceMakeOneReplacementAssignment() throws Exception {
        ScheduleItem day = item(DAY_1);
        clock.set(day.endsAt().orElseThrow());
        LeerlijnCore second = LeerlijnCore.builder().dataSource(fixture.database().dataSource())
                .dataDirectory(nl.leerlijn.testing.TestFolders.fresh()).clock(clock).build();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (LeerlijnCore node : List.of(core, second)) {
                done.add(pool.submit(() -> {
                    together.await();
                    node.attendance().record(docent, cohort.id(), day.id(), Map.of(esra.id(), Presence.ABSENT));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(core.attendance().replacements(docent, cohort.id())).hasSize(1);
    }

    @Test
    void aReplacementHandedInAndJudgedVoldoendeCountsInsteadOfTheSession() {
        ScheduleItem day = item(DAY_1);
        clock.set(day.endsAt().orElseThrow());
        core.attendance().record(docent, cohort.id(), day.id(), Map.of(esra.id(), Presence.ABSENT));
        ReplacementAssignment replacement = core.attendance().replacements(docent, cohort.id()).get(0);
        assertThatThrownBy(() -> core.attendance().judgeReplacement(docent, replacement.id(), Judgement.VOLDOENDE, ""))
                .isInstanceOf(ReplacementNotOpenException.class);
        assertThatThrownBy(() -> core.attendance().handInReplacement(self(tom), replacement.id(), "Niet van mij"))
                .isInstanceOf(NotPermittedException.class);

        clock.set(clock.instant().plus(Duration.ofDays(3)));
        core.attendance().handInReplacement(self(esra), replacement.id(), "Mijn verslag van het gesprek.");
        assertThatThrownBy(() -> core.attendance().judgeReplacement(docent, replacement.id(), Judgement.ONVOLDOENDE, " "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> core.attendance().judgeReplacement(self(esra), replacement.id(), Judgement.VOLDOENDE, ""))
                .isInstanceOf(NotPermittedException.class);
        core.attendance().judgeReplacement(docent, replacement.id(), Judgement.ONVOLDOENDE, "Beschrijf ook wat de klant zei.");
        AttendanceStanding before = standing(esra);
        core.attendance().handInReplacement(self(esra), replacement.id(), "Mijn verslag, met wat de klant zei.");
        core.attendance().judgeReplacement(docent, replacement.id(), Judgement.VOLDOENDE, "Goed uitgewerkt.");

        AttendanceStanding after = standing(esra);
        assertThat(before.counted()).isZero();
        assertThat(after.replaced()).isEqualTo(1);
        assertThat(after.counted()).isEqualTo(1);
        assertThat(after.missed()).isZero();
        ReplacementAssignment judged = core.attendance().replacement(self(esra), replacement.id());
        assertThat(judged.counts()).isTrue();
        assertThat(judged.feedback()).isEqualTo("Goed uitgewerkt.");
        assertThatThrownBy(() -> core.attendance().handInReplacement(self(esra), replacement.id(), "Nog eens"))
                .isInstanceOf(ReplacementNotOpenException.class);
    }

    private AttendanceStanding standing(Participant p) {
        return core.progress().cohortProgress(docent, cohort.id()).participants().stream()
                .filter(x -> x.participant().id().equals(p.id())).findFirst().orElseThrow().attendance();
    }

    @Test
    void theParticipantAndTheKerndocentAreWarnedOnceWhenOneMoreMissedSessionPutsTheMinimumOutOfReachAndNoReplacementCanStillCount() {
        List<ScheduleItem> sessions = core.schedule().cohortSchedule(docent, cohort.id()).stream().filter(ScheduleItem::isSession).toList();
        // 11 sessions, 80%: 9 must count, so 2 may be missed.
        record(sessions.get(0), Presence.ABSENT);
        record(sessions.get(1), Presence.PRESENT);
        clock.set(sessions.get(1).endsAt().orElseThrow());
        core.remind();
        assertThat(warnings(self(esra))).isEmpty();

        record(sessions.get(2), Presence.EXCUSED);
        clock.set(sessions.get(2).endsAt().orElseThrow());
        core.remind();
        assertThat(warnings(self(esra))).as("her replacement assignments may still count").isEmpty();
        clock.set(sessions.get(2).endsAt().orElseThrow().plus(Duration.ofDays(15)));
        core.remind();
        core.remind();
        assertThat(warnings(self(esra))).extracting(n -> n.fact("level")).containsExactly("AT_RISK");
        assertThat(warnings(docent)).extracting(n -> n.fact("name")).containsExactly(esra.profile().displayName());
        assertThat(warnings(self(tom))).isEmpty();

        record(sessions.get(3), Presence.ABSENT);
        clock.set(sessions.get(3).endsAt().orElseThrow().plus(Duration.ofDays(15)));
        core.remind();
        assertThat(warnings(self(esra))).extracting(n -> n.fact("level")).containsExactlyInAnyOrder("AT_RISK", "OUT_OF_REACH");
    }

    private void record(ScheduleItem session, Presence esrasPresence) {
        Map<ParticipantId, Presence> presences = new HashMap<>();
        presences.put(esra.id(), esrasPresence);
        presences.put(tom.id(), Presence.PRESENT);
        clock.set(session.endsAt().orElseThrow());
        core.attendance().record(docent, cohort.id(), session.id(), presences);
    }

    private List<Notification> warnings(Actor actor) {
        return core.notifications().recent(actor).stream()
                .filter(n -> n.kind() == NotificationKind.ATTENDANCE_WARNING || n.kind() == NotificationKind.ATTENDANCE_AT_RISK).toList();
    }

    @Test
    void aSessionWithoutAReplacementInTheDefinitionGivesNone() {
        ScheduleItem werkatelier = item(WERKATELIER);
        clock.set(werkatelier.endsAt().orElseThrow());
        core.attendance().record(docent, cohort.id(), werkatelier.id(), Map.of(esra.id(), Presence.ABSENT));

        assertThat(core.attendance().replacements(docent, cohort.id())).isEmpty();
    }
}
