package nl.leerlijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.routing.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every route with every kind of person and asserts who gets in. "Allowed" means the route
 * answered (200, 303, 400 for the empty form this test sends, or 409 when the state does not allow the change now);
 * "denied" means 401, 403 or 404.
 * All POSTs carry a valid CSRF token of the person, so a denial is about who, not about the token.
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
    private static final Set<Who> ASSESSORS = EnumSet.of(Who.KERNDOCENT, Who.TWEEDE_BEOORDELAAR);
    private static final Set<Who> EXAMINERS = EnumSet.of(Who.KERNDOCENT, Who.ADMINISTRATOR, Who.EXAMENCOMMISSIE);
    private static final Set<Who> CREATORS = EnumSet.of(Who.KERNDOCENT, Who.OTHER_KERNDOCENT, Who.ADMINISTRATOR);

    /** A route and who may use it. */
    record Case(String method, String pattern, Set<Who> allowed) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static Stream<Case> table() {
        return Stream.of(
                new Case("GET", "/", SIGNED_IN),
                new Case("GET", "/cohorts/new", CREATORS),
                new Case("POST", "/cohorts", CREATORS),
                new Case("GET", "/cohorts/{cohortId}", STAFF),
                new Case("POST", "/cohorts/{cohortId}/participants", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/participants/{participantId}/withdraw", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/participants/{participantId}/reactivate", MANAGERS),
                new Case("GET", "/cohorts/{cohortId}/participants.csv", STAFF),
                new Case("GET", "/cohorts/{cohortId}/import", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/import", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/import/confirm", MANAGERS),
                new Case("GET", "/cohorts/{cohortId}/schedule", STAFF),
                new Case("GET", "/cohorts/{cohortId}/schedule/{itemId}", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/schedule/{itemId}/preview", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/schedule/{itemId}", MANAGERS),
                new Case("GET", "/cohorts/{cohortId}/schedule/{itemId}/attendance", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/schedule/{itemId}/attendance", MANAGERS),
                new Case("GET", "/programme", SIGNED_IN),
                new Case("POST", "/programme/{participantId}/activities/{activity}", EnumSet.of(Who.STUDENT)),
                new Case("GET", "/profile", EnumSet.of(Who.STUDENT, Who.OTHER_STUDENT)),
                new Case("POST", "/profile/{participantId}", EnumSet.of(Who.STUDENT)),
                new Case("GET", "/calendar", SIGNED_IN),
                new Case("POST", "/calendar/renew", SIGNED_IN),
                new Case("GET", "/calendar/{file}", EnumSet.allOf(Who.class)),
                new Case("GET", "/paper", SIGNED_IN),
                new Case("POST", "/paper/{participantId}/milestones/{milestone}", EnumSet.of(Who.STUDENT)),
                new Case("POST", "/paper/versions/{submissionId}/submit", EnumSet.of(Who.STUDENT)),
                new Case("GET", "/paper/versions/{submissionId}/files/{index}", EnumSet.of(Who.STUDENT, Who.KERNDOCENT,
                        Who.TWEEDE_BEOORDELAAR, Who.ADMINISTRATOR)),
                new Case("GET", "/paper/versions/{submissionId}/receipt.txt", EnumSet.of(Who.STUDENT, Who.KERNDOCENT,
                        Who.TWEEDE_BEOORDELAAR, Who.ADMINISTRATOR)),
                new Case("POST", "/paper/{participantId}/milestones/{milestone}/extension", EnumSet.of(Who.STUDENT)),
                new Case("GET", "/cohorts/{cohortId}/extensions", MANAGERS),
                new Case("POST", "/cohorts/{cohortId}/extensions/{extensionId}/{decision}", MANAGERS),
                new Case("GET", "/paper/versions/{submissionId}/compare", EnumSet.of(Who.STUDENT, Who.KERNDOCENT,
                        Who.TWEEDE_BEOORDELAAR, Who.ADMINISTRATOR)),
                new Case("GET", "/cohorts/{cohortId}/marking", ASSESSORS),
                new Case("POST", "/cohorts/{cohortId}/marking/release", EnumSet.of(Who.KERNDOCENT)),
                new Case("GET", "/cohorts/{cohortId}/results/audit.csv", EXAMINERS),
                new Case("GET", "/results", EnumSet.of(Who.ADMINISTRATOR, Who.EXAMENCOMMISSIE)),
                new Case("GET", "/marking/{submissionId}", ASSESSORS),
                new Case("POST", "/marking/{submissionId}", ASSESSORS),
                new Case("POST", "/marking/{submissionId}/agreement", EnumSet.of(Who.KERNDOCENT)),
                new Case("POST", "/marking/{submissionId}/release", EnumSet.of(Who.KERNDOCENT)));
    }

    @Test
    void theTableCoversEveryRouteTheServletAnswers() {
        try (TestHost host = TestHost.start(TestDatabase.H2)) {
            List<String> registered = host.leerlijn().routes().stream().map(r -> r.method() + " " + r.pattern()).toList();

            assertThat(table().map(Case::toString).toList()).containsExactlyInAnyOrderElementsOf(registered);
            assertThat(host.leerlijn().routes()).filteredOn(Route::anonymous).extracting(Route::pattern)
                    .containsExactly("/calendar/{file}");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void everyoneGetsInOrIsKeptOutAsTheTableSays(Case route) {
        try (TestHost host = TestHost.start(TestDatabase.H2)) {
            Map<String, String> ids = setUp(host);
            String path = route.pattern();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            for (Who who : Who.values()) {
                int status = send(host, route.method(), path, who);
                if (route.allowed().contains(who)) {
                    assertThat(status).as("%s %s as %s", route.method(), path, who).isIn(200, 303, 400, 409);
                } else {
                    assertThat(status).as("%s %s as %s", route.method(), path, who).isIn(401, 403, 404);
                }
            }
        }
    }

    private static int send(TestHost host, String method, String path, Who who) {
        if (method.equals("GET")) {
            HttpResponse<String> response = who == Who.ANONYMOUS ? host.get(path) : host.get(path, "X-Test-User", who.user());
            return response.statusCode();
        }
        if (who == Who.ANONYMOUS) {
            return host.post(path, "nobody-known", Map.of("_csrf", "")).statusCode();
        }
        return host.post(path, who.user(), Map.of()).statusCode();
    }

    /** Anna's cohort with Sanne; Carla's cohort with Ahmed; Bob assesses in Anna's. @return the ids for the paths */
    private static Map<String, String> setUp(TestHost host) {
        Actor anna = People.kerndocent("docent-anna");
        Actor carla = People.kerndocent("docent-carla");
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("docent-carla", carla.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("tweede-bob", "Bob", Role.SECOND_ASSESSOR, Optional.empty());
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        host.signIn("student-ahmed", "Ahmed", Role.STUDENT, Optional.empty());
        host.signIn("beheer", "Beheer", Role.ADMINISTRATOR, Optional.empty());
        host.signIn("examen-eva", "Eva", Role.EXAM_COMMITTEE, Optional.empty());
        Cohort cohort = host.leerlijn().core().cohorts().create(anna,
                new NewCohort(CoreFixture.SAMPLE, "Leergang van Anna", LocalDate.of(2026, 9, 8), "Utrecht"));
        Cohort other = host.leerlijn().core().cohorts().create(carla,
                new NewCohort(CoreFixture.SAMPLE, "Leergang van Carla", LocalDate.of(2026, 9, 8), "Zwolle"));
        host.leerlijn().core().cohorts().assignStaff(anna, cohort.id(), new UserId("tweede-bob"), "Bob", StaffRole.SECOND_ASSESSOR);
        long sanne = host.leerlijn().core().enrolment().enrol(anna, cohort.id(), People.participant("student-sanne"))
                .participant().id().value();
        host.leerlijn().core().enrolment().enrol(carla, other.id(), People.participant("student-ahmed"));
        long session = host.leerlijn().core().schedule().cohortSchedule(anna, cohort.id()).stream()
                .filter(i -> i.isSession()).findFirst().orElseThrow().id().value();
        String token = host.leerlijn().core().calendar().tokenFor(People.student("student-sanne"));
        Map<String, String> ids = new HashMap<>();
        ids.put("cohortId", Long.toString(cohort.id().value()));
        ids.put("participantId", Long.toString(sanne));
        ids.put("itemId", Long.toString(session));
        ids.put("activity", "m1-e-learning");
        ids.put("file", token + ".ics");
        ids.put("milestone", "pa-concept");
        nl.leerlijn.submission.UploadOutcome stored = host.leerlijn().core().submissions().upload(People.student("student-sanne"),
                new nl.leerlijn.cohort.ParticipantId(sanne), new nl.leerlijn.curriculum.ActivityKey("pa-concept"), "walk",
                List.of(new nl.leerlijn.submission.Upload("concept.pdf", new java.io.ByteArrayInputStream(
                        "%PDF-1.7 concept".getBytes(java.nio.charset.StandardCharsets.UTF_8)))), Optional.empty());
        nl.leerlijn.submission.SubmissionId handedIn = ((nl.leerlijn.submission.UploadOutcome.Stored) stored).submission().id();
        host.leerlijn().core().submissions().submit(People.student("student-sanne"), handedIn);
        ids.put("submissionId", Long.toString(handedIn.value()));
        ids.put("index", "1");
        java.time.Instant later = host.leerlijn().core().schedule().cohortSchedule(anna, cohort.id()).stream()
                .filter(i -> i.activity().value().equals("pa-concept")).findFirst().orElseThrow().at().plus(java.time.Duration.ofDays(7));
        ids.put("extensionId", Long.toString(host.leerlijn().core().extensions().request(People.student("student-sanne"),
                new nl.leerlijn.cohort.ParticipantId(sanne), new nl.leerlijn.curriculum.ActivityKey("pa-concept"), later, "Ziek")
                .id().value()));
        ids.put("decision", "refuse");
        return ids;
    }
}
