package nl.leerlijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.CountingDataSource;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page's number of SQL statements must not grow with the cohort: each page is rendered for a
 * cohort of 10 and one of 200 participants (with attendance and finished work recorded) and must
 * run exactly as many statements for both.
 */
class QueryCountTest {
    private final Actor anna = People.kerndocent("docent-anna");
    private CountingDataSource counting;
    private TestHost host;
    private Cohort small;
    private Cohort large;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2, ds -> {
            counting = new CountingDataSource(ds);
            return counting.dataSource();
        });
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("student-0", "Student 0", Role.STUDENT, Optional.empty());
        small = cohortWith(10, "Klein");
        large = cohortWith(200, "Groot");
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private Cohort cohortWith(int participants, String name) {
        Cohort cohort = host.leerlijn().core().cohorts().create(anna,
                new NewCohort(CoreFixture.SAMPLE, name, LocalDate.of(2026, 9, 8), "Utrecht"));
        List<NewParticipant> people = new ArrayList<>();
        IntStream.range(0, participants).forEach(i -> people.add(People.participant(name + "-student-" + i,
                "Organisatie " + (i % 7), OrganisationType.values()[i % 4], JobFunction.values()[i % 7])));
        host.leerlijn().core().enrolment().enrolAll(anna, cohort.id(), people);
        ScheduleItem session = sessionOf(cohort);
        Map<nl.leerlijn.enrolment.ParticipantId, Presence> attendance = new java.util.HashMap<>();
        host.leerlijn().core().enrolment().participants(anna, cohort.id())
                .forEach(p -> attendance.put(p.id(), Presence.PRESENT));
        host.leerlijn().core().attendance().record(anna, cohort.id(), session.id(), attendance);
        List<nl.leerlijn.enrolment.Participant> enrolled = host.leerlijn().core().enrolment().participants(anna, cohort.id());
        for (int i = 0; i < enrolled.size(); i++) {
            nl.leerlijn.enrolment.Participant p = enrolled.get(i);
            Actor student = People.student(p.userId().value());
            nl.leerlijn.submission.UploadOutcome stored = host.leerlijn().core().submissions().upload(student, p.id(),
                    new nl.leerlijn.curriculum.ActivityKey("pa-concept"), "concept", List.of(), Optional.of("Concept van " + i));
            nl.leerlijn.submission.SubmissionId id = ((nl.leerlijn.submission.UploadOutcome.Stored) stored).submission().id();
            host.leerlijn().core().submissions().submit(student, id);
            if (i % 3 == 0) {
                host.leerlijn().core().assessments().saveMarking(anna, id, Map.of("vraagstelling", 1), Map.of("reflectie", "Goed"),
                        "Eerste indruk", false, 0);
            }
        }
        return cohort;
    }

    private ScheduleItem sessionOf(Cohort cohort) {
        return host.leerlijn().core().schedule().cohortSchedule(anna, cohort.id()).stream()
                .filter(ScheduleItem::isSession).findFirst().orElseThrow();
    }

    private int statementsFor(String path, String user) {
        counting.reset();
        int status = host.get(path, "X-Test-User", user).statusCode();
        assertThat(status).as(path).isEqualTo(200);
        return counting.count();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/overview", "/schedule", "/participants.csv", "/attendance", "/marking", "/results/audit.csv",
        "/marking-page"})
    void aKerndocentsCohortPageRunsAsManyStatementsFor200ParticipantsAsFor10(String page) {
        String smallPath = path(small, page);
        String largePath = path(large, page);
        statementsFor(smallPath, "docent-anna");

        int forSmall = statementsFor(smallPath, "docent-anna");
        int forLarge = statementsFor(largePath, "docent-anna");

        assertThat(forSmall).isPositive();
        assertThat(forLarge).as("statements for %s with 200 participants", page).isEqualTo(forSmall);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/programme", "/calendar-feed", "/paper"})
    void aPersonsOwnPagesRunAsManyStatementsInALargeCohortAsInASmallOne(String page) {
        host.signIn("Klein-student-0", "Klein 0", Role.STUDENT, Optional.empty());
        host.signIn("Groot-student-0", "Groot 0", Role.STUDENT, Optional.empty());
        String smallPath = personal(page, "Klein-student-0");
        String largePath = personal(page, "Groot-student-0");
        statementsFor(smallPath, "Klein-student-0");

        int forSmall = statementsFor(smallPath, "Klein-student-0");
        int forLarge = statementsFor(largePath, "Groot-student-0");

        assertThat(forSmall).isPositive();
        assertThat(forLarge).as("statements for %s in a cohort of 200", page).isEqualTo(forSmall);
    }

    private String path(Cohort cohort, String page) {
        String base = "/cohorts/" + cohort.id().value();
        return switch (page) {
            case "/overview" -> base;
            case "/attendance" -> base + "/schedule/" + sessionOf(cohort).id().value() + "/attendance";
            case "/marking-page" -> "/marking/" + host.leerlijn().core().assessments().queue(anna, cohort.id()).entries().get(0)
                    .submission().value();
            default -> base + page;
        };
    }

    private String personal(String page, String user) {
        if (!page.equals("/calendar-feed")) {
            return page;
        }
        return "/calendar/" + host.leerlijn().core().calendar().tokenFor(People.student(user)) + ".ics";
    }
}
