package nl.leerlijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.Upload;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.routing.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every route with every kind of person and asserts who gets in. Every POST carries a valid form for its route and a
 * valid token of the person, so "allowed" means the route did its work (200, 303, or 409 when the state does not allow it
 * at that moment) and a 400 counts as a failure; "denied" means 401, 403 or 404. A second walk posts to every route
 * without a token at all: every person is refused with 403, whatever the form.
 */
class RouteAccessTest {

    /** The people: relative to one cohort of kerndocent Anna in which Sanne is a participant. */
    enum Who {
        ANONYMOUS, STUDENT, OTHER_STUDENT, KERNDOCENT, OTHER_KERNDOCENT, TWEEDE_BEOORDELAAR, ADMINISTRATOR, EXAMENCOMMISSIE;

        String user() {
            return switch (this) {
                case ANONYMOUS -> "";
                case STUDENT -> "student-sanne";
                case OTHER_STUDENT -> "student-ahmed";
                case KERNDOCENT -> "docent-anna";
                case OTHER_KERNDOCENT -> "docent-carla";
                case TWEEDE_BEOORDELAAR -> "tweede-bob";
                case ADMINISTRATOR -> "beheer";
                case EXAMENCOMMISSIE -> "examen-eva";
            };
        }
    }

    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> MANAGERS = EnumSet.of(Who.KERNDOCENT, Who.ADMINISTRATOR);
    private static final Set<Who> STAFF = EnumSet.of(Who.KERNDOCENT, Who.TWEEDE_BEOORDELAAR, Who.ADMINISTRATOR);
    private static final Set<Who> RECORD_READERS = EnumSet.of(Who.KERNDOCENT, Who.TWEEDE_BEOORDELAAR, Who.ADMINISTRATOR,
            Who.EXAMENCOMMISSIE);
    private static final Set<Who> WORK_READERS = EnumSet.of(Who.STUDENT, Who.KERNDOCENT, Who.TWEEDE_BEOORDELAAR, Who.ADMINISTRATOR,
            Who.EXAMENCOMMISSIE);
    private static final Set<Who> ASSESSORS = EnumSet.of(Who.KERNDOCENT, Who.TWEEDE_BEOORDELAAR);
    private static final Set<Who> EXAMINERS = EnumSet.of(Who.KERNDOCENT, Who.ADMINISTRATOR, Who.EXAMENCOMMISSIE);
    private static final Set<Who> CREATORS = EnumSet.of(Who.KERNDOCENT, Who.OTHER_KERNDOCENT, Who.ADMINISTRATOR);
    private static final Set<Who> PARTICIPANTS = EnumSet.of(Who.STUDENT, Who.OTHER_STUDENT);
    private static final Set<Who> SANNE = EnumSet.of(Who.STUDENT);
    private static final Set<Who> ANNA = EnumSet.of(Who.KERNDOCENT);
    /** Who sees an intervisie meeting: its group's members and the cohort's staff (the case only members and the kerndocent). */
    private static final Set<Who> GROUP_VIEWERS = EnumSet.of(Who.STUDENT, Who.KERNDOCENT, Who.TWEEDE_BEOORDELAAR, Who.ADMINISTRATOR);

    /** A route, who may use it, and for a POST a form it accepts. */
    record Case(String method, String pattern, Set<Who> allowed, Map<String, String> form) {
        Case(String method, String pattern, Set<Who> allowed) {
            this(method, pattern, allowed, Map.of());
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static Stream<Case> table() {
        return Stream.of(
                new Case("GET", "/", SIGNED_IN),
                new Case("GET", "/cohorts/new", CREATORS),
                new Case("POST", "/cohorts", CREATORS, Map.of("programme", "effectieve-klantmanager", "name", "Nieuw",
                        "startDate", "2026-09-15", "location", "Zwolle")),
                new Case("GET", "/cohorts/{cohortId}", STAFF),
                new Case("GET", "/cohorts/{cohortId}/staff", STAFF),
                new Case("POST", "/cohorts/{cohortId}/staff", MANAGERS, Map.of("userId", "docent-dirk", "name", "Dirk",
                        "role", "CORE_TEACHER")),
                new Case("POST", "/cohorts/{cohortId}/staff/remove", MANAGERS, Map.of("userId", "tweede-bob", "role", "SECOND_ASSESSOR")),
                new Case("GET", "/cohorts/{cohortId}/participants/new", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/participants", MANAGERS, Map.of("userId", "student-nieuw", "name", "Nieuw",
                        "email", "nieuw@example.org", "organisation", "Gemeente Zeist", "organisationType", "GEMEENTE",
                        "function", "KLANTMANAGER")),
                new Case("GET", "/cohorts/{cohortId}/participants/{participantId}", RECORD_READERS),
                new Case("GET", "/cohorts/{cohortId}/participants/{participantId}/withdraw", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/participants/{participantId}/withdraw", MANAGERS, Map.of("reason", "Gestopt")),
                new Case("POST", "/cohorts/{cohortId}/participants/{participantId}/reactivate", MANAGERS),
                new Case("GET", "/cohorts/{cohortId}/participants.csv", STAFF),
                new Case("GET", "/cohorts/{cohortId}/import", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/import", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/import/confirm", MANAGERS, Map.of("csv",
                        "gebruikersnaam;naam;e-mailadres;organisatie;soort organisatie;functie\n"
                                + "student-x;X;x@example.org;Lister;zorgorganisatie;jeugdconsulent\n")),
                new Case("GET", "/profile", PARTICIPANTS),
                new Case("POST", "/profile/{participantId}", SANNE, Map.of("organisation", "Gemeente Utrecht",
                        "organisationType", "GEMEENTE", "function", "KLANTMANAGER")),
                new Case("GET", "/programme", SIGNED_IN),
                new Case("POST", "/programme/{participantId}/activities/{activity}", SANNE, Map.of("done", "true")),
                new Case("GET", "/cohorts/{cohortId}/schedule", STAFF),
                new Case("GET", "/cohorts/{cohortId}/schedule/{itemId}", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/schedule/{itemId}/preview", MANAGERS, Map.of("date", "2026-09-16", "time", "10:00",
                        "location", "Amersfoort")),
                new Case("POST", "/cohorts/{cohortId}/schedule/{itemId}", MANAGERS, Map.of("date", "2026-09-16", "time", "10:00",
                        "location", "Amersfoort")),
                new Case("GET", "/cohorts/{cohortId}/schedule/{itemId}/attendance", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/schedule/{itemId}/attendance", MANAGERS, Map.of("p-{participantId}", "PRESENT")),
                new Case("POST", "/cohorts/{cohortId}/schedule/{itemId}/attendance/all-present", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/schedule/{itemId}/attendance/code", MANAGERS),
                new Case("GET", "/cohorts/{cohortId}/schedule/{itemId}/attendance/code", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/schedule/{itemId}/attendance/code/close", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/schedule/{itemId}/attendance/confirm", MANAGERS),
                new Case("GET", "/cohorts/{cohortId}/schedule/{itemId}/attendance.csv", MANAGERS),
                new Case("GET", "/cohorts/{cohortId}/schedule/{itemId}/attendance.pdf", MANAGERS),
                new Case("GET", "/cohorts/{cohortId}/vervangende-opdrachten", MANAGERS),
                // Everyone signed in may try a code; it confirms only a session of their own cohort (a 400 otherwise).
                new Case("GET", "/aanwezigheid", SIGNED_IN),
                new Case("POST", "/aanwezigheid/bevestigen", SIGNED_IN, Map.of("code", "ABC234")),
                new Case("GET", "/aanwezig", SIGNED_IN),
                new Case("POST", "/aanwezigheid/{participantId}/{sessionKey}/afmelden", SANNE, Map.of("reason", "Bruiloft van mijn zus")),
                new Case("POST", "/aanwezigheid/{participantId}/{sessionKey}/afmelding-intrekken", SANNE),
                new Case("GET", "/results/{cohortId}/diplomering", EXAMINERS),
                new Case("GET", "/results/{cohortId}/diplomering/{participantId}", EXAMINERS),
                new Case("POST", "/results/{cohortId}/diplomering/{participantId}", EnumSet.of(Who.EXAMENCOMMISSIE),
                        Map.of("award", "DIPLOMA", "reason", "Alles behaald.")),
                new Case("POST", "/results/{cohortId}/diplomering/{participantId}/intrekken", EnumSet.of(Who.EXAMENCOMMISSIE),
                        Map.of("decision", "{decisionId}", "takeBackReason", "Vergissing in de presentie.")),
                new Case("GET", "/diploma", SIGNED_IN),
                new Case("GET", "/mijn-gegevens", SIGNED_IN),
                new Case("GET", "/mijn-gegevens/leerlijn-gegevens.zip", SIGNED_IN),
                new Case("GET", "/results/{cohortId}/bewaartermijnen", EXAMINERS),
                new Case("GET", "/cohorts/{cohortId}/registerplein.csv", EXAMINERS),
                new Case("GET", "/cohorts/{cohortId}/skj.csv", EXAMINERS),
                new Case("GET", "/certificaten/{code}/{language}", EnumSet.of(Who.STUDENT, Who.KERNDOCENT, Who.ADMINISTRATOR,
                        Who.EXAMENCOMMISSIE)),
                // Anyone may check a certificate's code, without an account.
                new Case("GET", "/verificatie", EnumSet.allOf(Who.class)),
                new Case("GET", "/verificatie/{code}", EnumSet.allOf(Who.class)),
                // A platform reads Leerlijn's public keys without an account.
                new Case("GET", "/lti/jwks", EnumSet.allOf(Who.class)),
                // A platform's login and launch come without an account (here without a valid state: refused with 400).
                new Case("GET", "/lti/login", EnumSet.allOf(Who.class)),
                new Case("POST", "/lti/login", EnumSet.allOf(Who.class), Map.of("iss", "https://lms.example.edu", "login_hint", "x")),
                new Case("POST", "/lti/launch", EnumSet.allOf(Who.class), Map.of("id_token", "x.y.z", "state", "unknown")),
                // Only inside a session a launch opened (LaunchPagesTest): the host's people are not found there.
                new Case("GET", "/lti/koppelen", EnumSet.noneOf(Who.class)),
                new Case("POST", "/lti/koppelen", EnumSet.noneOf(Who.class), Map.of("cohort", "{cohortId}")),
                new Case("POST", "/lti/koppelen/nieuw", EnumSet.noneOf(Who.class), Map.of("programme", "effectieve-klantmanager",
                        "name", "Leergang", "startDate", "2026-09-14", "location", "Zwolle")),
                new Case("GET", "/lti/inschrijven", EnumSet.noneOf(Who.class)),
                new Case("POST", "/lti/inschrijven", EnumSet.noneOf(Who.class), Map.of("organisation", "Gemeente Zwolle",
                        "organisationType", "GEMEENTE", "function", "KLANTMANAGER")),
                new Case("GET", "/lti/welkom", EnumSet.noneOf(Who.class)),
                new Case("GET", "/lti/plaatsen", EnumSet.noneOf(Who.class)),
                new Case("POST", "/lti/plaatsen", EnumSet.noneOf(Who.class), Map.of("page", "/programme")),
                new Case("GET", "/cohorts/{cohortId}/lti", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/lti", MANAGERS, Map.of("assistantsAssess", "ja")),
                new Case("POST", "/cohorts/{cohortId}/lti/rooster", MANAGERS),
                new Case("GET", "/beheer/lti", EnumSet.of(Who.ADMINISTRATOR)),
                new Case("POST", "/beheer/lti/platforms", EnumSet.of(Who.ADMINISTRATOR), Map.of("name", "Canvas", "issuer",
                        "https://canvas.example.edu", "clientId", "10000000001", "deployments", "1:abc", "authUrl",
                        "https://canvas.example.edu/auth", "tokenUrl", "https://canvas.example.edu/token", "jwksUrl", "https://canvas.example.edu/jwks")),
                new Case("POST", "/beheer/lti/registratielink", EnumSet.of(Who.ADMINISTRATOR)),
                new Case("POST", "/beheer/lti/platforms/{platformId}/deployments", EnumSet.of(Who.ADMINISTRATOR), Map.of("deployment", "2:def")),
                // A platform's administrator without an account; here an unknown link, refused with 400.
                new Case("GET", "/lti/registratie/{token}", EnumSet.allOf(Who.class)),
                new Case("POST", "/lti/registratie/{token}", EnumSet.allOf(Who.class), Map.of("openid_configuration",
                        "https://lms.example.edu/.well-known/openid-configuration")),
                new Case("GET", "/vervangende-opdrachten/{replacementId}", EnumSet.of(Who.STUDENT, Who.KERNDOCENT, Who.ADMINISTRATOR)),
                new Case("POST", "/vervangende-opdrachten/{replacementId}/inleveren", SANNE, Map.of("text", "Mijn verslag.")),
                new Case("POST", "/vervangende-opdrachten/{replacementId}/beoordelen", MANAGERS, Map.of("judgement", "VOLDOENDE")),
                new Case("GET", "/calendar", SIGNED_IN),
                new Case("POST", "/calendar/renew", SIGNED_IN),
                new Case("GET", "/calendar/{file}", EnumSet.allOf(Who.class)),
                new Case("GET", "/paper", SIGNED_IN),
                new Case("POST", "/paper/{participantId}/milestones/{milestone}", SANNE),
                new Case("GET", "/paper/versions/{draftId}/submit", SANNE),
                new Case("POST", "/paper/versions/{draftId}/submit", SANNE),
                new Case("GET", "/paper/versions/{submissionId}/files/{index}", WORK_READERS),
                new Case("GET", "/paper/versions/{submissionId}/receipt.txt", WORK_READERS),
                new Case("GET", "/paper/versions/{submissionId}/compare", WORK_READERS),
                new Case("POST", "/paper/{participantId}/milestones/{milestone}/extension", SANNE, Map.of("date", "2027-05-01",
                        "reason", "Ziek")),
                new Case("GET", "/cohorts/{cohortId}/extensions", MANAGERS),
                new Case("GET", "/cohorts/{cohortId}/extensions/{extensionId}/{decision}", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/extensions/{extensionId}/{decision}", MANAGERS),
                new Case("GET", "/cohorts/{cohortId}/participants/{participantId}/extension", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/participants/{participantId}/extension", MANAGERS, Map.of("activity", "pa-concept",
                        "date", "2027-06-01", "reason", "Mantelzorg")),
                new Case("POST", "/cohorts/{cohortId}/participants/{participantId}/extension/grant", MANAGERS, Map.of("activity",
                        "pa-concept", "date", "2027-06-01", "reason", "Mantelzorg")),
                new Case("GET", "/cohorts/{cohortId}/marking", ASSESSORS),
                new Case("GET", "/cohorts/{cohortId}/marking/release", ANNA),
                new Case("POST", "/cohorts/{cohortId}/marking/release", ANNA),
                new Case("GET", "/marking/{submissionId}", ASSESSORS),
                new Case("POST", "/marking/{submissionId}", ASSESSORS, Map.of("level-vraagstelling", "1", "action", "save", "basedOn", "0")),
                new Case("POST", "/marking/{submissionId}/agreement", ANNA, Map.of("agreed-level-vraagstelling", "1",
                        "agreementBasedOn", "0")),
                new Case("GET", "/marking/{submissionId}/release", ANNA),
                new Case("POST", "/marking/{submissionId}/release", ANNA),
                new Case("GET", "/results", EnumSet.of(Who.ADMINISTRATOR, Who.EXAMENCOMMISSIE)),
                new Case("GET", "/results/{cohortId}", EXAMINERS),
                new Case("GET", "/results/versions/{submissionId}", EXAMINERS),
                new Case("GET", "/cohorts/{cohortId}/results/audit.csv", EXAMINERS),
                new Case("GET", "/cohorts/{cohortId}/intervisie", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/intervisie/form", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/intervisie/move", MANAGERS, Map.of("participant", "{participantId}", "group", "1",
                        "revision", "1")),
                new Case("POST", "/cohorts/{cohortId}/intervisie/lock", MANAGERS, Map.of("participant", "{participantId}", "locked", "true",
                        "revision", "1")),
                new Case("GET", "/cohorts/{cohortId}/intervisie/publish", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/intervisie/publish", MANAGERS, Map.of("revision", "1")),
                new Case("POST", "/cohorts/{cohortId}/intervisie/groups/{groupId}/roles", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/intervisie/rules", MANAGERS, Map.of("first", "{participantId}",
                        "second", "{groupMateId}", "kind", "APART")),
                new Case("POST", "/cohorts/{cohortId}/intervisie/rules/remove", MANAGERS, Map.of("first", "{participantId}",
                        "second", "{groupMateId}")),
                new Case("GET", "/intervisie", SIGNED_IN),
                new Case("GET", "/intervisie/meetings/{meetingId}", GROUP_VIEWERS),
                new Case("GET", "/intervisie/meetings/{meetingId}/case", SANNE),
                new Case("POST", "/intervisie/meetings/{meetingId}/case", SANNE, Map.of("question", "Wat wil de klant echt?",
                        "groupQuestion", "Hoe bouw ik vertrouwen op?")),
                new Case("POST", "/intervisie/meetings/{meetingId}/notes", ANNA, Map.of("notes", "Kleine stappen.",
                        "revision", "{meetingRevision}")),
                new Case("POST", "/intervisie/meetings/{meetingId}/presence", SANNE),
                new Case("POST", "/intervisie/meetings/{meetingId}/attendance", MANAGERS, Map.of("presence-{participantId}", "PRESENT")),
                new Case("POST", "/intervisie/meetings/{meetingId}/reflection", SANNE, Map.of("reflection", "Ik leerde veel.")),
                new Case("POST", "/intervisie/meetings/{meetingId}/reflections/{participantId}/answer", ANNA,
                        Map.of("answer-{participantId}", "Mooi.")),
                new Case("POST", "/intervisie/meetings/{meetingId}/when", MANAGERS, Map.of("location", "Zeist, Slotlaan 10",
                        "revision", "{meetingRevision}")),
                new Case("POST", "/intervisie/meetings/{meetingId}/swap", SANNE, Map.of("with", "{groupMateId}")),
                new Case("POST", "/intervisie/swaps/{swapId}/{answer}", SANNE),
                new Case("POST", "/intervisie/meetings/{meetingId}/roles", MANAGERS, Map.of("inbrenger", "{participantId}",
                        "revision", "{meetingRevision}")),
                new Case("GET", "/notifications", SIGNED_IN),
                new Case("POST", "/notifications/read", SIGNED_IN),
                new Case("GET", "/notifications/settings", SIGNED_IN),
                new Case("POST", "/notifications/settings", SIGNED_IN, Map.ofEntries(Map.entry("language", "en"),
                        Map.entry("RESULT_RELEASED", "DIGEST"), Map.entry("EXTENSION_DECIDED", "AT_ONCE"),
                        Map.entry("SESSION_MOVED", "NONE"), Map.entry("DEADLINE_COMING", "AT_ONCE"),
                        Map.entry("INTERVISION_ROLE", "AT_ONCE"), Map.entry("SUPERVISOR_ANSWERED", "AT_ONCE"),
                        Map.entry("WORK_HANDED_IN", "AT_ONCE"), Map.entry("EXTENSION_REQUESTED", "DIGEST"),
                        Map.entry("PRESENCE_TO_CONFIRM", "NONE"), Map.entry("FALLING_BEHIND", "DIGEST"))),
                new Case("POST", "/notifications/{notificationId}/open", SANNE),
                new Case("GET", "/praktijk", SIGNED_IN),
                new Case("POST", "/praktijk/{participantId}/{practice}/versions", SANNE),
                new Case("GET", "/praktijk/versions/{practiceDraftId}/submit", SANNE),
                new Case("POST", "/praktijk/versions/{practiceDraftId}/submit", SANNE),
                new Case("POST", "/praktijk/versions/{practiceDraftId}/confirmation", SANNE),
                new Case("POST", "/praktijk/{participantId}/{duoWork}/partner", SANNE, Map.of("partner", "{groupMateId}")),
                new Case("POST", "/praktijk/{participantId}/{practice}/reflection", SANNE, Map.of("reflection", "Ik leerde veel.")),
                new Case("POST", "/praktijk/{participantId}/{practice}/werkbegeleider", SANNE, Map.of("name", "Karin Smit",
                        "email", "k.smit@example.org", "organisation", "Gemeente Utrecht", "function", "Teamleider")),
                new Case("GET", "/cohorts/{cohortId}/duos", STAFF),
                new Case("POST", "/cohorts/{cohortId}/duos/{duoWork}/propose", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/duos/{duoWork}/confirm", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/duos/{duoWork}/make", MANAGERS, Map.of("first", "{participantId}",
                        "second", "{groupMateId}")),
                new Case("GET", "/cohorts/{cohortId}/praktijk/uitkomsten.csv", RECORD_READERS),
                // The werkbegeleider's link needs no one signed in: the signed link is the key, its form token the CSRF guard.
                new Case("GET", "/werkbegeleider/{token}", EnumSet.allOf(Who.class)),
                new Case("POST", "/werkbegeleider/{token}", EnumSet.allOf(Who.class), Map.of("decision", "CONFIRMED",
                        "formToken", "{formToken}")));
    }

    @Test
    void theTableCoversEveryRouteTheServletAnswers() {
        try (TestHost host = TestHost.start(TestDatabase.H2)) {
            List<String> registered = host.leerlijn().routes().stream().map(r -> r.method() + " " + r.pattern()).toList();

            assertThat(table().map(c -> c.method() + " " + c.pattern().replace("{draftId}", "{submissionId}")
                    .replace("{practiceDraftId}", "{submissionId}").replace("{practice}", "{activity}").replace("{duoWork}", "{activity}")
                    .replace("{sessionKey}", "{activity}"))
                    .toList()).containsExactlyInAnyOrderElementsOf(registered);
            assertThat(host.leerlijn().routes()).filteredOn(Route::anonymous).extracting(r -> r.method() + " " + r.pattern())
                    .containsExactlyInAnyOrder("GET /calendar/{file}", "GET /werkbegeleider/{token}", "POST /werkbegeleider/{token}",
                            "GET /verificatie", "GET /verificatie/{code}", "GET /lti/jwks", "GET /lti/login", "POST /lti/login",
                            "POST /lti/launch", "GET /lti/registratie/{token}", "POST /lti/registratie/{token}");
        }
    }

    private static TestHost sharedHost;
    private static Map<String, String> sharedIds;

    private static synchronized TestHost sharedHost() {
        if (sharedHost == null) {
            sharedHost = TestHost.start(TestDatabase.H2);
            sharedIds = setUp(sharedHost);
        }
        return sharedHost;
    }

    @org.junit.jupiter.api.AfterAll
    static void closeSharedHost() {
        if (sharedHost != null) {
            sharedHost.close();
            sharedHost = null;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void everyoneGetsInOrIsKeptOutAsTheTableSays(Case route) {
        // A GET changes nothing that decides who gets in: the GETs share one set-up; every form gets a fresh one.
        boolean shared = route.method().equals("GET") && !route.pattern().contains("{notificationId}");
        try (TestHost fresh = shared ? null : TestHost.start(TestDatabase.H2)) {
            TestHost host = shared ? sharedHost() : fresh;
            Map<String, String> ids = shared ? sharedIds : setUp(host, route.pattern().contains("{notificationId}"));
            String path = fill(route.pattern(), ids);
            for (Who who : Who.values()) {
                Map<String, String> form = new HashMap<>();
                route.form().forEach((name, value) -> form.put(fill(name, ids), name.equals("date")
                        ? LocalDate.parse(value).plusDays(who.ordinal()).toString() : fill(value, ids)));
                int status = send(host, route, path, form, who);
                if (route.allowed().contains(who)) {
                    assertThat(status).as("%s %s as %s", route.method(), path, who).isIn(200, 303, 400, 409);
                } else {
                    assertThat(status).as("%s %s as %s", route.method(), path, who).isIn(401, 403, 404);
                }
            }
        }
    }

    @Test
    void aFormWithoutAToken_orWithTheTokenInTheAddress_isRefusedOnEveryRouteForEveryone() {
        try (TestHost host = TestHost.start(TestDatabase.H2)) {
            Map<String, String> ids = setUp(host);
            table().filter(c -> c.method().equals("POST")).forEach(route -> {
                String path = fill(route.pattern(), ids);
                if (route.pattern().equals("/lti/login") || route.pattern().equals("/lti/launch")
                        || route.pattern().startsWith("/lti/registratie/")) {
                    // A platform's form: no person's token; the login's state, the nonce and the platform's signature guard it.
                    assertThat(host.postWithoutToken(path, "", route.form()).statusCode()).as("POST %s without a state", path).isEqualTo(400);
                    return;
                }
                if (route.pattern().startsWith("/werkbegeleider/")) {
                    // No signed-in person's token here: the form token bound to the signed link is the guard.
                    HttpResponse<String> noFormToken = host.postWithoutToken(path, "", Map.of("decision", "CONFIRMED"));
                    assertThat(noFormToken.statusCode()).as("POST %s without the link's form token", path).isEqualTo(403);
                    return;
                }
                for (Who who : SIGNED_IN) {
                    HttpResponse<String> noToken = host.postWithoutToken(path, who.user(), route.form());
                    assertThat(noToken.statusCode()).as("POST %s as %s without a token", path, who).isEqualTo(403);
                    HttpResponse<String> tokenInAddress = host.postWithoutToken(path + "?_csrf=" + host.tokenFor(who.user()), who.user(),
                            route.form());
                    assertThat(tokenInAddress.statusCode()).as("POST %s as %s with the token in the address", path, who).isEqualTo(403);
                }
            });
        }
    }

    static String fill(String pattern, Map<String, String> ids) {
        String path = pattern;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        return path;
    }

    private static int send(TestHost host, Case route, String path, Map<String, String> form, Who who) {
        if (route.method().equals("GET")) {
            HttpResponse<String> response = who == Who.ANONYMOUS ? host.get(path) : host.get(path, "X-Test-User", who.user());
            return response.statusCode();
        }
        if (who == Who.ANONYMOUS) {
            return host.post(path, "nobody-known", route.pattern().startsWith("/werkbegeleider/") ? form : Map.of("_csrf", "")).statusCode();
        }
        if (route.pattern().equals("/praktijk/{participantId}/{practice}/versions")) {
            return host.multipart(path, who.user(), Map.of("_csrf", host.tokenFor(who.user()), "key", "walk-" + who, "text",
                    "Drie gesprekken gevoerd.", "reached", "3"), "files", "verslag.pdf", "%PDF-1.7 verslag".getBytes(StandardCharsets.UTF_8))
                    .statusCode();
        }
        if (route.pattern().equals("/cohorts/{cohortId}/import")) {
            return host.upload(path, who.user(), "deelnemers.csv", ("gebruikersnaam;naam;e-mailadres;organisatie;soort organisatie;functie\n"
                    + "student-y;Y;y@example.org;Lister;zorgorganisatie;wijkcoach\n").getBytes(StandardCharsets.UTF_8), true).statusCode();
        }
        if (route.pattern().equals("/paper/{participantId}/milestones/{milestone}")) {
            return host.multipart(path, who.user(), Map.of("_csrf", host.tokenFor(who.user()), "key", "walk-" + who), "files",
                    "concept.pdf", "%PDF-1.7 concept".getBytes(StandardCharsets.UTF_8)).statusCode();
        }
        return host.post(path, who.user(), form).statusCode();
    }

    /**
     * Anna's cohort with Sanne, who handed in two text versions of her concept and keeps a draft; Carla's cohort with
     * Ahmed; Bob assesses in Anna's. @return the ids for the paths
     */
    static Map<String, String> setUp(TestHost host) {
        return setUp(host, false);
    }

    /**
     * @param notification whether Sanne gets a notification the way it happens (a session moved, the background jobs
     *     run): only the route that opens one needs it, and running the jobs takes a moment
     */
    static Map<String, String> setUp(TestHost host, boolean notification) {
        Actor anna = People.kerndocent("docent-anna");
        Actor carla = People.kerndocent("docent-carla");
        Actor sanne = People.student("student-sanne");
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("docent-carla", carla.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("tweede-bob", "Bob", Role.SECOND_ASSESSOR, Optional.empty());
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        host.signIn("student-ahmed", "Ahmed", Role.STUDENT, Optional.empty());
        host.signIn("beheer", "Beheer", Role.ADMINISTRATOR, Optional.empty());
        host.signIn("examen-eva", "Eva", Role.EXAM_COMMITTEE, Optional.empty());
        var core = host.leerlijn().core();
        Cohort cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang van Anna", LocalDate.of(2026, 9, 8), "Utrecht"));
        Cohort other = core.cohorts().create(carla, new NewCohort(CoreFixture.SAMPLE, "Leergang van Carla", LocalDate.of(2026, 9, 8), "Zwolle"));
        core.cohorts().assignStaff(anna, cohort.id(), new UserId("tweede-bob"), "Bob", StaffRole.SECOND_ASSESSOR);
        ParticipantId participant = core.enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant().id();
        core.enrolment().enrol(carla, other.id(), People.participant("student-ahmed"));
        long session = core.schedule().cohortSchedule(anna, cohort.id()).stream().filter(i -> i.isSession()).findFirst().orElseThrow()
                .id().value();
        ActivityKey concept = new ActivityKey("pa-concept");
        SubmissionId first = version(core, sanne, participant, concept, "v1", "De klant staat centraal.");
        core.submissions().submit(sanne, first);
        SubmissionId second = ((UploadOutcome.Stored) core.submissions().upload(sanne, participant, concept, "v2",
                List.of(new Upload("concept.pdf", new ByteArrayInputStream("%PDF-1.7 concept".getBytes(StandardCharsets.UTF_8)))),
                Optional.of("De klant en het netwerk staan centraal."))).submission().id();
        core.submissions().submit(sanne, second);
        core.submissions().upload(sanne, participant, concept, "file", List.of(new Upload("bijlage.pdf",
                new ByteArrayInputStream("%PDF-1.7 bijlage".getBytes(StandardCharsets.UTF_8)))), Optional.empty());
        SubmissionId draft = version(core, sanne, participant, concept, "v4", "Nog niet klaar.");
        Instant later = core.schedule().cohortSchedule(anna, cohort.id()).stream().filter(i -> i.activity().equals(concept)).findFirst()
                .orElseThrow().at().plus(Duration.ofDays(7));
        Map<String, String> ids = new HashMap<>();
        ids.put("cohortId", Long.toString(cohort.id().value()));
        ids.put("participantId", Long.toString(participant.value()));
        ids.put("itemId", Long.toString(session));
        ids.put("activity", "m1-e-learning");
        ids.put("file", core.calendar().tokenFor(sanne) + ".ics");
        ids.put("milestone", "pa-concept");
        ids.put("submissionId", Long.toString(second.value()));
        ids.put("draftId", Long.toString(draft.value()));
        ids.put("index", "1");
        ids.put("extensionId", Long.toString(core.extensions().request(sanne, participant, concept, later, "Ziek").id().value()));
        ids.put("decision", "refuse");
        intervision(core, anna, cohort, participant, ids);
        praktijk(core, sanne, participant, ids);
        // Sanne missed the first session, so she has its replacement assignment; the second is still to come.
        core.attendance().record(anna, cohort.id(), new nl.leerlijn.schedule.ScheduleItemId(session),
                Map.of(participant, nl.leerlijn.attendance.Presence.ABSENT));
        ids.put("replacementId", Long.toString(core.attendance().replacements(anna, cohort.id()).get(0).id().value()));
        ids.put("sessionKey", "m2-trainingsdag");
        // The examencommissie granted Sanne a diploma (so taking it back and downloading it can be walked).
        Actor eva = new Actor(new UserId("examen-eva"), "Eva", java.util.Set.of(Role.EXAM_COMMITTEE));
        nl.leerlijn.graduation.AwardDecision decision = core.graduation().decide(eva, participant, nl.leerlijn.graduation.Award.DIPLOMA,
                "Alle onderdelen behaald.");
        ids.put("decisionId", Long.toString(decision.id().value()));
        ids.put("code", core.graduation().dossier(eva, participant).certificate().orElseThrow().code());
        ids.put("language", "nl");
        ids.put("notificationId", notification ? Long.toString(NotificationSetUp.sessionMoved(host, anna, cohort.id(), sanne).value()) : "1");
        ids.put("platformId", Long.toString(core.lti().register(new Actor(new UserId("beheer"), "Beheer", java.util.Set.of(Role.ADMINISTRATOR)),
                new nl.leerlijn.lti.NewPlatform("https://moodle.example.edu", "client-7", "Moodle", java.net.URI.create("https://moodle.example.edu/auth"),
                        java.net.URI.create("https://moodle.example.edu/token"), java.net.URI.create("https://moodle.example.edu/jwks"),
                        java.util.Set.of("1"))).id()));
        return ids;
    }

    /**
     * Sanne handed in her report of the first praktijkopdracht (done alone) and asked her werkbegeleider to confirm it; she
     * keeps a second version as a draft.
     */
    private static void praktijk(nl.leerlijn.LeerlijnCore core, Actor sanne, ParticipantId participant, Map<String, String> ids) {
        ActivityKey practice = new ActivityKey("po-klantgesprekken");
        SubmissionId report = version(core, sanne, participant, practice, "po-v1", "Drie gesprekken gevoerd.");
        core.submissions().submit(sanne, report);
        core.practice().nameSupervisor(sanne, participant, practice, new nl.leerlijn.praktijk.Supervisor("Karin Smit", "k.smit@example.org",
                "Gemeente Utrecht", "Teamleider"));
        nl.leerlijn.praktijk.SupervisorRequest request = core.practice().requestConfirmation(sanne, report);
        String token = core.practice().linkPath(request).substring("/werkbegeleider/".length());
        ids.put("token", token);
        ids.put("formToken", core.practice().supervisorView(token).orElseThrow().formToken());
        ids.put("practice", practice.value());
        ids.put("duoWork", "po-vaktraining");
        ids.put("practiceDraftId", Long.toString(version(core, sanne, participant, practice, "po-v2", "Vier gesprekken.").value()));
    }

    /** Four colleagues join Anna's cohort; the groups are published and Sanne brings the case to her group's first meeting. */
    private static void intervision(nl.leerlijn.LeerlijnCore core, Actor anna, Cohort cohort, ParticipantId sanne, Map<String, String> ids) {
        String[][] colleagues = {{"student-p1", "Gemeente Zeist", "WMO_CONSULENT"}, {"student-p2", "Lister", "JEUGDCONSULENT"},
            {"student-p3", "Gemeente Houten", "WIJKCOACH"}, {"student-p4", "Kwintes", "SCHULDHULPVERLENER"}};
        for (String[] c : colleagues) {
            core.enrolment().enrol(anna, cohort.id(), People.participant(c[0], c[1], nl.leerlijn.enrolment.OrganisationType.GEMEENTE,
                    nl.leerlijn.enrolment.JobFunction.valueOf(c[2])));
        }
        var meeting = nl.leerlijn.testing.IntervisionSetUp.firstMeetingBroughtBy(core, anna, cohort.id(), sanne, 1L);
        var draft = core.intervision().groups(anna, cohort.id()).current().orElseThrow();
        ids.put("meetingId", Long.toString(meeting.id().value()));
        ids.put("groupId", Long.toString(draft.groupOf(sanne).orElseThrow().id().value()));
        // A member whose turn as inbrenger is still ahead asks Sanne to swap: Sanne may answer.
        var group = core.intervision().myGroup(People.student("student-sanne"), cohort.id()).orElseThrow();
        var theirs = group.meetings().stream().filter(m -> !m.roles().inbrenger().orElseThrow().equals(sanne)).findFirst().orElseThrow();
        var asker = group.members().stream().filter(p -> p.id().equals(theirs.roles().inbrenger().orElseThrow())).findFirst().orElseThrow();
        ids.put("swapId", Long.toString(core.intervision().askSwap(People.student(asker.userId().value()), theirs.id(), sanne).id()));
        ids.put("answer", "decline");
        ids.put("meetingRevision", Integer.toString(core.intervision().meeting(anna, meeting.id()).meeting().revision()));
        ids.put("groupMateId", Long.toString(draft.groupOf(sanne).orElseThrow().members().stream().map(m -> m.participant())
                .filter(p -> !p.equals(sanne)).findFirst().orElseThrow().value()));
    }

    private static SubmissionId version(nl.leerlijn.LeerlijnCore core, Actor student, ParticipantId participant, ActivityKey activity,
            String key, String text) {
        return ((UploadOutcome.Stored) core.submissions().upload(student, participant, activity, key, List.of(), Optional.of(text)))
                .submission().id();
    }
}
