package nl.leerlijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.assessment.AssessmentState;
import nl.leerlijn.schedule.ScheduleChange;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.testing.CountingDataSource;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page's or a form's number of SQL statements must not grow with the cohort: each is run for a cohort of 10 and one of
 * 200 participants in full swing (see {@link BusyCohort}: markings by both assessors, agreed and released results with
 * their audit rows, extensions, attendance) and must run exactly as many statements for both. The marking page and
 * saving a marking also keep to a fixed budget. Each form acts on other work than the others, so their order does not
 * matter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryCountTest {
    static final String SECOND = "beoordelaar-bob";
    private static final String EXAMINER = "examen-eva";
    private static final int MARKING_BUDGET = 10;

    private CountingDataSource counting;
    private TestHost host;
    private BusyCohort small;
    private BusyCohort large;
    /** A cohort without a tweede beoordelaar. */
    private BusyCohort solo;
    /** The statements of the examencommissie's list of cohorts before the large cohort started (a node's first page reads its secrets). */
    private int resultsWithoutLarge;

    @BeforeAll
    void start() {
        host = TestHost.start(TestDatabase.H2, ds -> {
            counting = new CountingDataSource(ds);
            return counting.dataSource();
        });
        Actor second = new Actor(new UserId(SECOND), "Bob Beoordelaar", Set.of(Role.SECOND_ASSESSOR));
        host.signIn(SECOND, second.displayName(), Role.SECOND_ASSESSOR, Optional.empty());
        host.signIn(EXAMINER, "Eva Examen", Role.EXAM_COMMITTEE, Optional.empty());
        solo = busy("Solo", 10, Optional.empty());
        small = busy("Klein", 10, Optional.of(second));
        statementsFor("/results", EXAMINER);
        resultsWithoutLarge = statementsFor("/results", EXAMINER);
        large = busy("Groot", 200, Optional.of(second));
        // Each person's first request on a node notes where to reach them (two statements, then none): like the secrets,
        // not what a page costs.
        for (String user : java.util.stream.Stream.concat(java.util.stream.Stream.of(SECOND, EXAMINER, solo.kerndocent().userId().value(),
                small.kerndocent().userId().value(), large.kerndocent().userId().value()),
                java.util.stream.IntStream.range(0, 200).mapToObj(i -> i < 10 ? List.of(small.student(i), solo.student(i), large.student(i))
                        : List.of(large.student(i))).flatMap(List::stream)).toList()) {
            host.get("/", "X-Test-User", user);
        }
    }

    private BusyCohort busy(String name, int size, Optional<Actor> second) {
        Actor kerndocent = People.kerndocent("docent-" + name.toLowerCase(Locale.ROOT));
        host.signIn(kerndocent.userId().value(), kerndocent.displayName(), Role.CORE_TEACHER, Optional.empty());
        BusyCohort cohort = BusyCohort.of(host.leerlijn().core(), kerndocent, second, name, size);
        for (int i = 0; i < size; i++) {
            host.signIn(cohort.student(i), "Deelnemer " + i, Role.STUDENT, Optional.empty());
        }
        return cohort;
    }

    @AfterAll
    void stop() {
        host.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(StaffPage.class)
    void aStaffPageRunsAsManyStatementsFor200ParticipantsAsFor10(StaffPage page) {
        int forSmall = statementsFor(page.path(small), page.user(small));
        List<String> small10 = counting.statements();
        int forLarge = statementsFor(page.path(large), page.user(large));

        assertThat(forSmall).isPositive();
        assertThat(forLarge).as(difference(page, small10)).isEqualTo(forSmall);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/programme", "/paper", "/calendar", "/profile", "/calendar-feed", "/intervisie", "/praktijk", "/aanwezigheid",
        "/diploma", "/mijn-gegevens"})
    void aStudentsOwnPageRunsAsManyStatementsInACohortOf200AsInOneOf10(String page) {
        int forSmall = statementsFor(personal(page, small.student(4)), small.student(4));
        List<String> small10 = counting.statements();
        int forLarge = statementsFor(personal(page, large.student(4)), large.student(4));

        assertThat(forSmall).isPositive();
        assertThat(forLarge).as(difference(page, small10)).isEqualTo(forSmall);
    }

    @Test
    void theHomePageRunsAsManyStatementsForAStudentWithManyNotificationsAsForOneWithOne() {
        move(small, 1);
        move(large, 8);
        NotificationSetUp.runJobs(host);
        assertThat(host.leerlijn().core().notifications().newForYou(People.student(large.student(4))).unread()).isGreaterThanOrEqualTo(8);

        int forOne = statementsFor("/", small.student(4));
        List<String> one = counting.statements();
        int forMany = statementsFor("/", large.student(4));

        assertThat(forMany).as(difference("the home page with 1 and with 8 notifications", one)).isEqualTo(forOne);
    }

    /** Moves sessions of the cohort (not the two the other tests use) a day later: each tells every participant. */
    private void move(BusyCohort busy, int sessions) {
        var core = host.leerlijn().core();
        core.schedule().cohortSchedule(busy.kerndocent(), busy.cohort().id()).stream().filter(ScheduleItem::isSession).skip(2)
                .limit(sessions).forEach(item -> core.schedule().reschedule(busy.kerndocent(), busy.cohort().id(),
                        new ScheduleChange(item.id(), item.at().plus(java.time.Duration.ofDays(1)), item.location(), Optional.of(item.at()))));
    }

    @Test
    void anIntervisieMeetingRunsAsManyStatementsForItsInbrengerInACohortOf200AsInOneOf10() {
        int forSmall = statementsFor("/intervisie/meetings/" + small.meeting(), small.student(4));
        List<String> small10 = counting.statements();
        int forLarge = statementsFor("/intervisie/meetings/" + large.meeting(), large.student(4));

        assertThat(forSmall).isPositive();
        assertThat(forLarge).as(difference("the meeting page", small10)).isEqualTo(forSmall);
    }

    @Test
    void theExamencommissiesListOfCohortsRunsAsManyStatementsWithACohortOf200MoreAsWithout() {
        assertThat(statementsFor("/results", EXAMINER)).as("statements: %s", counting.statements()).isEqualTo(resultsWithoutLarge)
                .isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = StaffForm.class, mode = EnumSource.Mode.EXCLUDE, names = "FIRST_SAVE_DONE")
    void aFormRunsAsManyStatementsFor200ParticipantsAsFor10(StaffForm form) {
        int forSmall = statementsFor(form.of(small, 0, host.leerlijn().core()));
        List<String> small10 = counting.statements();
        int forLarge = statementsFor(form.of(large, 0, host.leerlijn().core()));

        assertThat(forSmall).isPositive();
        assertThat(forLarge).as(difference(form, small10)).isEqualTo(forSmall);
    }

    @ParameterizedTest(name = "participant {0}")
    @ValueSource(ints = {12, 13, 14, 20, 21})
    void theMarkingPageRunsAtMostTenStatements(int participant) {
        String path = "/marking/" + large.work().get(participant).value();

        assertThat(statementsFor(path, large.kerndocent().userId().value()))
                .as("statements for the marking page: %s", counting.statements()).isLessThanOrEqualTo(MARKING_BUDGET);
        assertThat(statementsFor(path, SECOND)).as("statements for the marking page: %s", counting.statements())
                .isLessThanOrEqualTo(MARKING_BUDGET);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = StaffForm.class, names = {"FIRST_SAVE", "FINISHING_SAVE", "LATER_SAVE", "SECOND_ASSESSOR_SAVE"})
    void savingAMarkingRunsAtMostTenStatements(StaffForm form) {
        int statements = statementsFor(form.of(large, 10, host.leerlijn().core()));

        assertThat(statements).as("statements for %s: %s", form, counting.statements()).isLessThanOrEqualTo(MARKING_BUDGET);
    }

    @Test
    void aKerndocentWhoMarksAloneFinishesAtTheFirstSaveWithinTheBudget() {
        int statements = statementsFor(StaffForm.FIRST_SAVE_DONE.of(solo, 0, host.leerlijn().core()));

        assertThat(statements).as("statements: %s", counting.statements()).isLessThanOrEqualTo(MARKING_BUDGET);
        assertThat(host.leerlijn().core().assessments().marking(solo.kerndocent(), solo.work().get(0)).state())
                .isEqualTo(AssessmentState.MARKED);
    }

    private int statementsFor(String path, String user) {
        counting.reset();
        HttpResponse<String> response = host.get(path, "X-Test-User", user);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        org.slf4j.LoggerFactory.getLogger(QueryCountTest.class).debug("{} statements for GET {}", counting.count(), path);
        return counting.count();
    }

    private int statementsFor(StaffForm.Filled form) {
        counting.reset();
        HttpResponse<String> response = host.post(form.path(), form.user(), form.fields());
        assertThat(response.statusCode()).as("%s %s", form.path(), response.body()).isEqualTo(303);
        org.slf4j.LoggerFactory.getLogger(QueryCountTest.class).debug("{} statements for POST {}", counting.count(), form.path());
        return counting.count();
    }

    /** @return what a failure shows: the statements for the small cohort and, just measured, for the large one */
    private String difference(Object what, List<String> forSmall) {
        return String.format("statements for %s%n with 10 participants:%n  %s%n with 200:%n  %s", what, String.join("\n  ", forSmall),
                String.join("\n  ", counting.statements()));
    }

    private String personal(String page, String user) {
        if (!page.equals("/calendar-feed")) {
            return page;
        }
        return "/calendar/" + host.leerlijn().core().calendar().tokenFor(People.student(user)) + ".ics";
    }
}
