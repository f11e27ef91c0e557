package nl.leerlijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.RouteAccessTest.Who;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Steps taken in the wrong order or twice, in {@link WalkFixture}'s cohort: each is answered with a page that says what
 * happened (a 409 when the state does not allow it, or the confirmation that it was done already), never a 500.
 */
class WrongStateTest {
    private static final Map<String, String> VOLDOENDE = Map.of("vraagstelling", "1", "onderbouwing", "1", "verbetervoorstel", "1",
            "reflectie", "1");

    private TestHost host;
    private Map<String, String> ids;
    private WalkClient client;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        ids = WalkFixture.build(host);
        client = new WalkClient(host);
    }

    @AfterEach
    void stop() {
        assertThat(client.problems()).isEmpty();
        host.close();
    }

    private int get(Who who, String pattern) {
        return client.get(RouteAccessTest.fill(pattern, ids), who, Locale.forLanguageTag("nl"));
    }

    private int post(Who who, String pattern, Map<String, String> form) {
        return client.post(RouteAccessTest.fill(pattern, ids), who, Locale.ENGLISH, form);
    }

    private Map<String, String> levels(String prefix, Map<String, String> more) {
        Map<String, String> form = new HashMap<>(more);
        VOLDOENDE.forEach((criterion, level) -> form.put(prefix + "level-" + criterion, level));
        return form;
    }

    private int agree() {
        SubmissionId id = new SubmissionId(Long.parseLong(ids.get("submissionId")));
        int version = host.leerlijn().core().assessments().marking(People.kerndocent("docent-anna"), id).version();
        return post(Who.KERNDOCENT, "/marking/{submissionId}/agreement", levels("agreed-", Map.of("agreementBasedOn",
                Integer.toString(version))));
    }

    @Test
    void releasingWhatIsNotAgreedAgreeingBeforeTheMarkingsAreDoneAndMarkingAfterwardsAreRefusedAsNotNow() {
        assertThat(get(Who.KERNDOCENT, "/marking/{submissionId}/release")).isEqualTo(409);
        assertThat(post(Who.KERNDOCENT, "/marking/{submissionId}/release", Map.of())).isEqualTo(409);
        assertThat(agree()).as("agreeing before any marking").isEqualTo(409);
        assertThat(post(Who.KERNDOCENT, "/marking/{submissionId}", levels("", Map.of("action", "done", "basedOn", "0")))).isEqualTo(303);
        assertThat(agree()).as("agreeing before the second marking").isEqualTo(409);
        assertThat(post(Who.TWEEDE_BEOORDELAAR, "/marking/{submissionId}", levels("", Map.of("action", "done")))).isEqualTo(303);
        assertThat(post(Who.KERNDOCENT, "/marking/{submissionId}", levels("", Map.of("action", "save", "basedOn", "1"))))
                .as("changing a marking once both are done").isEqualTo(409);
        assertThat(agree()).isEqualTo(303);
        assertThat(post(Who.KERNDOCENT, "/marking/{submissionId}/release", Map.of())).isEqualTo(303);
        assertThat(post(Who.KERNDOCENT, "/marking/{submissionId}/release", Map.of())).as("releasing twice").isEqualTo(409);
    }

    @Test
    void aDraftIsNotMarkedADeadlineTakesNoAttendanceAPaperMilestoneIsNotTickedOffAndASessionNotExtended() {
        assertThat(get(Who.KERNDOCENT, "/marking/{draftId}")).as("a draft is its author's alone").isEqualTo(403);
        assertThat(get(Who.KERNDOCENT, "/cohorts/{cohortId}/schedule/{deadlineItemId}/attendance")).isEqualTo(404);
        assertThat(post(Who.KERNDOCENT, "/cohorts/{cohortId}/schedule/{deadlineItemId}/attendance/all-present", Map.of())).isEqualTo(404);
        assertThat(post(Who.STUDENT, "/programme/{participantId}/activities/pa-concept", Map.of("done", "true"))).isEqualTo(404);
        assertThat(post(Who.STUDENT, "/paper/{participantId}/milestones/m1-trainingsdag/extension", Map.of("date", "2027-01-01",
                "reason", "Ziek"))).isEqualTo(404);
    }

    @Test
    void handingInTwiceSaysItWasHandedInAlready() {
        assertThat(post(Who.STUDENT, "/paper/versions/{draftId}/submit", Map.of())).isEqualTo(303);
        assertThat(client.lastLocation()).contains("notice=submitted");
        assertThat(post(Who.STUDENT, "/paper/versions/{draftId}/submit", Map.of())).isEqualTo(303);
        assertThat(client.lastLocation()).contains("notice=alreadySubmitted");
    }

    @Test
    void decidingAnExtensionTwiceChangesNothingAndSaysSo() {
        assertThat(post(Who.KERNDOCENT, "/cohorts/{cohortId}/extensions/{extensionId}/refuse", Map.of())).isEqualTo(303);
        assertThat(client.lastLocation()).contains("notice=refused");

        assertThat(post(Who.KERNDOCENT, "/cohorts/{cohortId}/extensions/{extensionId}/approve", Map.of())).isEqualTo(303);

        assertThat(client.lastLocation()).contains("notice=alreadyDecided");
        assertThat(host.get(RouteAccessTest.fill("/cohorts/{cohortId}/extensions?notice=alreadyDecided", ids), "X-Test-User",
                "docent-anna").body()).contains("Over deze verlenging was al besloten", "Afgewezen");
    }

    @Test
    void withdrawingTwiceSaysTheParticipantHadLeftAlreadyAndTheyHandInNothingAfter() {
        String withdraw = "/cohorts/{cohortId}/participants/{participantId}/withdraw";
        assertThat(post(Who.KERNDOCENT, withdraw, Map.of("reason", "Gestopt"))).isEqualTo(303);
        assertThat(client.lastLocation()).contains("notice=withdrawn");
        assertThat(post(Who.KERNDOCENT, withdraw, Map.of("reason", "Gestopt"))).isEqualTo(303);
        assertThat(client.lastLocation()).contains("notice=alreadyWithdrawn");

        assertThat(post(Who.STUDENT, "/paper/{participantId}/milestones/pa-concept", Map.of("key", "na", "text", "Toch nog")))
                .isIn(403, 409);
        assertThat(post(Who.STUDENT, "/paper/versions/{draftId}/submit", Map.of())).isIn(403, 409);
    }
}
