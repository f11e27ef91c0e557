package nl.leerlijn.web.intervisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.intervisie.GroupRound;
import nl.leerlijn.intervisie.IntervisionGroup;
import nl.leerlijn.intervisie.Meeting;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Intervisie through the pages: the kerndocent forms, moves and publishes; a member sees her group only after that; the
 * case form refuses a BSN and marks it, asks about a likely name, and stores nothing until it may; who may open a
 * meeting and read its case.
 */
class IntervisionPagesTest {
    private static final String[][] PEOPLE = {
        {"student-sanne", "Gemeente Utrecht", "KLANTMANAGER"}, {"student-ahmed", "Gemeente Utrecht", "PARTICIPATIECONSULENT"},
        {"student-lotte", "Gemeente Amersfoort", "WMO_CONSULENT"}, {"student-joris", "Gemeente Amersfoort", "KLANTMANAGER"},
        {"student-fatima", "Gemeente Nieuwegein", "SCHULDHULPVERLENER"}, {"student-kees", "Gemeente Zeist", "JEUGDCONSULENT"},
        {"student-ingrid", "Gemeente Zeist", "TEAMLEIDER_WIJKZORG"}, {"student-priya", "Lister", "WMO_CONSULENT"},
        {"student-thomas", "Zorggroep De Bilt", "WIJKCOACH"}, {"student-esra", "Zorggroep De Bilt", "WMO_CONSULENT"},
        {"student-noor", "Lister", "JEUGDCONSULENT"}, {"student-daan", "Welzijn Houten", "WIJKCOACH"}};

    private TestHost host;
    private LeerlijnCore core;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private final List<Participant> people = new ArrayList<>();
    private String groupsPage;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        core = host.leerlijn().core();
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("tweede-bob", "Bob", Role.SECOND_ASSESSOR, Optional.empty());
        host.signIn("examen-eva", "Eva", Role.EXAM_COMMITTEE, Optional.empty());
        // Started in July: on the test clock (31 August) the first intervisie meeting has been held.
        cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang zomer 2026", LocalDate.of(2026, 7, 13), "Utrecht"));
        core.cohorts().assignStaff(anna, cohort.id(), new UserId("tweede-bob"), "Bob", StaffRole.SECOND_ASSESSOR);
        for (String[] p : PEOPLE) {
            host.signIn(p[0], p[0], Role.STUDENT, Optional.empty());
            people.add(core.enrolment().enrol(anna, cohort.id(), People.participant(p[0], p[1], OrganisationType.GEMEENTE,
                    JobFunction.valueOf(p[2]))).participant());
        }
        groupsPage = "/cohorts/" + cohort.id().value() + "/intervisie";
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private String page(String path, String user) {
        HttpResponse<String> response = host.get(path, "X-Test-User", user);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private GroupRound current() {
        return core.intervision().groups(anna, cohort.id()).current().orElseThrow();
    }

    @Test
    void theKerndocentFormsMovesOnePersonAndPublishes_andAMemberSeesHerGroupOnlyThen() {
        assertThat(page("/intervisie", "student-sanne")).contains("Je intervisiegroep is nog niet bekend");

        assertThat(host.post(groupsPage + "/form", "docent-anna", Map.of()).statusCode()).isEqualTo(303);
        String formed = page(groupsPage, "docent-anna");
        assertThat(formed).contains("Organisaties: in de minst gemengde groep").contains("het beste wat deze leergang toelaat is")
                .contains("verschillende organisaties (het hoogst mogelijke in deze groep").contains("Concept: deelnemers zien dit nog niet");
        assertThat(page("/intervisie", "student-sanne")).contains("Je intervisiegroep is nog niet bekend");

        GroupRound draft = current();
        IntervisionGroup from = draft.groups().stream().max(java.util.Comparator.comparingInt(g -> g.members().size())).orElseThrow();
        IntervisionGroup to = draft.groups().stream().filter(g -> !g.equals(from)).findFirst().orElseThrow();
        var mover = from.members().get(0).participant();
        HttpResponse<String> moved = host.post(groupsPage + "/move", "docent-anna", Map.of("participant", Long.toString(mover.value()),
                "group", Integer.toString(to.number()), "revision", Integer.toString(draft.revision())));
        assertThat(moved.statusCode()).isEqualTo(303);
        assertThat(current().groupOf(mover).orElseThrow().number()).isEqualTo(to.number());

        assertThat(host.post(groupsPage + "/publish", "docent-anna", Map.of("revision", Integer.toString(current().revision())))
                .statusCode()).isEqualTo(303);
        String mine = page("/intervisie", "student-sanne");
        int number = current().groupOf(people.get(0).id()).orElseThrow().number();
        assertThat(mine).contains("Groep " + number).contains("Intervisie 1").contains("Jij bent");
    }

    @Test
    void aMoveThatBreaksAnExclusionIsRefusedInWordsAndChangesNothing() {
        host.post(groupsPage + "/form", "docent-anna", Map.of());
        GroupRound draft = current();
        var mover = draft.groups().get(0).members().get(0).participant();
        var other = draft.groups().get(1).members().get(0).participant();
        assertThat(host.post(groupsPage + "/rules", "docent-anna", Map.of("first", Long.toString(mover.value()), "second",
                Long.toString(other.value()), "kind", "APART")).statusCode()).isEqualTo(303);

        HttpResponse<String> refused = host.post(groupsPage + "/move", "docent-anna", Map.of("participant", Long.toString(mover.value()),
                "group", "2", "revision", Integer.toString(current().revision())));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("mogen niet samen, maar komen samen in groep 2");
        assertThat(current().groupOf(mover).orElseThrow().number()).isEqualTo(1);
    }

    @Test
    void aNewRuleThatTheDraftBreaksIsShownOnThePageAndPublishingIsRefused() {
        host.post(groupsPage + "/form", "docent-anna", Map.of());
        GroupRound draft = current();
        var first = draft.groups().get(0).members().get(0).participant();
        var second = draft.groups().get(0).members().get(1).participant();
        host.post(groupsPage + "/rules", "docent-anna", Map.of("first", Long.toString(first.value()), "second",
                Long.toString(second.value()), "kind", "APART"));

        assertThat(page(groupsPage, "docent-anna")).contains("mogen niet samen, maar komen samen in groep 1");
        assertThat(host.post(groupsPage + "/publish", "docent-anna", Map.of("revision", Integer.toString(current().revision())))
                .statusCode()).isEqualTo(400);
        assertThat(current().published()).isFalse();
    }

    private Meeting heldMeetingWithSanneAsInbrenger() {
        return nl.leerlijn.testing.IntervisionSetUp.firstMeetingBroughtBy(core, anna, cohort.id(), people.get(0).id(), 3L);
    }

    @Test
    void aCaseWithABsnIsRefusedWithTheSpotMarkedAndNothingIsStoredOrLogged() {
        Meeting meeting = heldMeetingWithSanneAsInbrenger();
        String path = "/intervisie/meetings/" + meeting.id().value() + "/case";
        assertThat(page(path, "student-sanne")).contains("Vraagverheldering").contains("Mijn vraag aan de groep");
        PrintStream err = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        HttpResponse<String> refused;
        try {
            System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
            refused = host.post(path, "student-sanne", Map.of("question", "Meneer (BSN 111.222.333) wil werk.", "groupQuestion",
                    "Hoe help ik hem verder?"));
        } finally {
            System.setErr(err);
        }

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Deze tekst is niet opgeslagen").contains("Vraagverheldering: een BSN")
                .contains("<mark>111.222.333");
        assertThat(core.intervision().meeting(anna, meeting.id()).intervisionCase()).isEmpty();
        assertThat(logged.toString(StandardCharsets.UTF_8)).doesNotContain("111.222.333").doesNotContain("wil werk");
    }

    @Test
    void aLikelyNameIsAskedAboutAndTheCaseIsSavedOnceTheAuthorConfirms() {
        Meeting meeting = heldMeetingWithSanneAsInbrenger();
        String path = "/intervisie/meetings/" + meeting.id().value() + "/case";
        Map<String, String> form = Map.of("question", "Een vader wil werk; zijn buurman Pieter helpt met de brieven.",
                "groupQuestion", "Hoe help ik hem verder?");

        HttpResponse<String> asked = host.post(path, "student-sanne", form);
        assertThat(asked.statusCode()).isEqualTo(422);
        assertThat(asked.body()).contains("&quot;Pieter&quot; in Vraagverheldering lijkt op een naam").contains("name=\"confirmNames\"");
        assertThat(core.intervision().meeting(anna, meeting.id()).intervisionCase()).isEmpty();

        Map<String, String> confirmed = new java.util.HashMap<>(form);
        confirmed.put("confirmNames", "yes");
        assertThat(host.post(path, "student-sanne", confirmed).statusCode()).isEqualTo(303);
        String member = people.stream().filter(p -> meeting.roles().chair().orElseThrow().equals(p.id())).findFirst().orElseThrow()
                .userId().value();
        assertThat(page("/intervisie/meetings/" + meeting.id().value(), member)).contains("zijn buurman Pieter helpt met de brieven");
    }

    @Test
    void anotherGroupsMemberAndTheExamencommissieAreKeptOut_andTheTweedeBeoordelaarSeesTheMeetingWithoutTheCase() {
        Meeting meeting = heldMeetingWithSanneAsInbrenger();
        core.intervision().saveCase(People.student("student-sanne"), meeting.id(), new nl.leerlijn.intervisie.CaseText(
                "Een moeder vraagt hulp in het huishouden.", "", "", "Wat is de echte vraag?"), true);
        String path = "/intervisie/meetings/" + meeting.id().value();
        String outsider = people.stream().filter(p -> current().groupOf(p.id()).orElseThrow().number() != meeting.groupNumber())
                .findFirst().orElseThrow().userId().value();

        assertThat(host.get(path, "X-Test-User", outsider).statusCode()).isEqualTo(403);
        assertThat(host.get(path, "X-Test-User", "examen-eva").statusCode()).isEqualTo(403);
        assertThat(page(path, "docent-anna")).contains("Een moeder vraagt hulp in het huishouden.");
        assertThat(page(path, "tweede-bob")).contains("Intervisie 1").doesNotContain("Een moeder vraagt hulp").doesNotContain("id=\"case\"");
        assertThat(host.get(path + "/case", "X-Test-User", "docent-anna").statusCode()).isEqualTo(403);
    }

    @Test
    void membersConfirmTheirPresenceAndWriteAReflectionThatTheKerndocentAnswers() {
        Meeting meeting = heldMeetingWithSanneAsInbrenger();
        String path = "/intervisie/meetings/" + meeting.id().value();

        assertThat(host.post(path + "/presence", "student-sanne", Map.of()).statusCode()).as("not the meeting's day").isEqualTo(409);
        assertThat(host.post(path + "/attendance", "docent-anna", Map.of("presence-" + people.get(0).id().value(), "PRESENT"))
                .statusCode()).isEqualTo(303);
        assertThat(host.post(path + "/reflection", "student-sanne", Map.of("reflection", "Ik leerde dat ik te snel adviseer."))
                .statusCode()).isEqualTo(303);
        assertThat(host.post(path + "/reflections/" + people.get(0).id().value() + "/answer", "docent-anna",
                Map.of("answer-" + people.get(0).id().value(), "Herkenbaar; probeer eerst drie vragen te stellen.")).statusCode())
                .isEqualTo(303);

        assertThat(page(path, "student-sanne")).contains("Ik leerde dat ik te snel adviseer.")
                .contains("Herkenbaar; probeer eerst drie vragen te stellen.");
        assertThat(page("/programme", "student-sanne")).contains("Reflectie geschreven op");
        assertThat(host.post(path + "/reflection", "student-sanne", Map.of("reflection", " ")).statusCode()).isEqualTo(400);
    }

    @Test
    void aMemberAsksAnotherToSwapTurnsAndTheOtherAcceptsOnTheirOwnPage() {
        GroupRound draft = core.intervision().form(anna, cohort.id(), 3L, Optional.empty());
        GroupRound published = core.intervision().publish(anna, cohort.id(), draft.revision());
        List<Meeting> meetings = core.intervision().group(anna, cohort.id(), published.groups().get(0).id()).meetings();
        java.time.Instant now = core.clock().instant();
        Meeting own = meetings.stream().filter(m -> m.startsAt().isAfter(now)).findFirst().orElseThrow();
        Participant asker = person(own.roles().inbrenger().orElseThrow());
        Meeting theirs = meetings.stream().filter(m -> m.startsAt().isAfter(now) && !m.roles().inbrenger().equals(own.roles().inbrenger()))
                .findFirst().orElseThrow();
        Participant other = person(theirs.roles().inbrenger().orElseThrow());
        assertThat(page("/intervisie", asker.userId().value())).contains("Je beurt bij " + own.title() + " ruilen met");

        assertThat(host.post("/intervisie/meetings/" + own.id().value() + "/swap", asker.userId().value(),
                Map.of("with", Long.toString(other.id().value()))).statusCode()).isEqualTo(303);
        assertThat(page("/intervisie", other.userId().value())).contains(asker.userId().value() + " vraagt of jullie ruilen");
        long swap = core.intervision().myGroup(People.student(other.userId().value()), cohort.id()).orElseThrow().swaps().get(0).id();
        assertThat(host.post("/intervisie/swaps/" + swap + "/accept", asker.userId().value(), Map.of()).statusCode()).isEqualTo(403);

        assertThat(host.post("/intervisie/swaps/" + swap + "/accept", other.userId().value(), Map.of()).statusCode()).isEqualTo(303);

        assertThat(core.intervision().meeting(anna, own.id()).meeting().roles().inbrenger()).contains(other.id());
        assertThat(core.intervision().meeting(anna, theirs.id()).meeting().roles().inbrenger()).contains(asker.id());
    }

    private Participant person(nl.leerlijn.enrolment.ParticipantId id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
