package nl.leerlijn.progress;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.UserId;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Organisation;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.RegisterNumbers;
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

/**
 * "Wie loopt achter" as the cohort overview gets it. The sample programme has 12 sessions and asks 80% (10), so missing 3
 * puts the minimum out of reach. The clock stands at the end of the third session (trainingsdag 2, week 6), after the
 * deadlines of two pieces of online work (m1-e-learning, m1-reflectie) and before any assessed deadline.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class WhoIsBehindTest {
    private static final List<String> SESSIONS = List.of("m1-trainingsdag", "iv-bijeenkomst-1", "m2-trainingsdag");
    private static final List<String> ONLINE = List.of("m1-e-learning", "m1-reflectie");

    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private CoreFixture fixture;
    private final Actor anna = kerndocent("docent-anna");
    private Cohort cohort;
    private final Map<String, Map<Participant, Presence>> presence = new HashMap<>();

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database, clock);
        cohort = fixture.cohortBy(anna);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    /** Enrols someone who attended {@code attended} of the three sessions so far and did the online work named. */
    private Participant person(String name, int attended, List<String> onlineDone) {
        String id = "student-" + name.toLowerCase(java.util.Locale.ROOT);
        Participant p = fixture.core().enrolment().enrol(anna, cohort.id(), new NewParticipant(new UserId(id),
                new ParticipantProfile(name, id + "@example.org", new Organisation("Gemeente Utrecht", OrganisationType.GEMEENTE),
                        JobFunction.KLANTMANAGER, RegisterNumbers.none(), Optional.empty()))).participant();
        for (int i = 0; i < SESSIONS.size(); i++) {
            presence.computeIfAbsent(SESSIONS.get(i), k -> new HashMap<>()).put(p, i < attended ? Presence.PRESENT : Presence.ABSENT);
        }
        onlineDone.forEach(key -> fixture.core().progress().markDone(student(id), p.id(), new ActivityKey(key), true));
        return p;
    }

    private List<String> behind() {
        presence.forEach((session, who) -> {
            Map<nl.leerlijn.enrolment.ParticipantId, Presence> byId = new HashMap<>();
            who.forEach((p, value) -> byId.put(p.id(), value));
            fixture.core().attendance().record(anna, cohort.id(), item(session).id(), byId);
        });
        clock.set(item("m2-trainingsdag").endsAt().orElseThrow());
        return fixture.core().progress().cohortProgress(anna, cohort.id()).behind().stream()
                .map(a -> a.progress().participant().profile().displayName()).toList();
    }

    private ScheduleItem item(String key) {
        return fixture.core().schedule().cohortSchedule(anna, cohort.id()).stream().filter(i -> i.activity().value().equals(key))
                .findFirst().orElseThrow();
    }

    @Test
    void someoneWhoCanNoLongerReachTheMinimumAttendanceComesBeforeSomeoneMissingOneOnlineAssignment() {
        person("Anouk", 3, List.of("m1-reflectie"));
        person("Zeynep", 0, ONLINE);

        assertThat(behind()).containsExactly("Zeynep", "Anouk");
        Attention zeynep = fixture.core().progress().cohortProgress(anna, cohort.id()).behind().get(0);
        assertThat(zeynep.reasons()).extracting(Attention.Reason::kind).containsExactly(Attention.Kind.ATTENDANCE_OUT_OF_REACH);
    }

    @Test
    void withdrawnParticipantsAreNeverListed() {
        Participant gone = person("Bram", 0, List.of());
        person("Cas", 3, ONLINE);
        fixture.core().enrolment().withdraw(anna, gone.id(), Optional.of("Andere baan"));

        assertThat(behind()).isEmpty();
    }

    @Test
    void theMostUrgentComeFirstThenThoseWithTheMostReasonsThenByName() {
        person("Aaron", 3, List.of("m1-reflectie"));
        person("Anouk", 2, ONLINE);
        person("Yara", 2, List.of());
        person("Xander", 0, ONLINE);
        person("Bas", 2, List.of());
        person("Cas", 3, ONLINE);

        assertThat(behind()).containsExactly("Xander", "Bas", "Yara", "Anouk", "Aaron");
    }
}
