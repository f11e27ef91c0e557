package nl.leerlijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.time.LocalDate;
import javax.sql.DataSource;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.cohort.StaffRemoval;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.enrolment.EnrolmentOutcome;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Organisation;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.RegisterNumbers;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.testing.TestFolders;
import nl.leerlijn.web.security.HostUser;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding examples, line for line where they mount Leerlijn or call the API, in a real Jetty 12: a host
 * that mounts Leerlijn like this gets its pages, and people it enrols or assigns by its own user ids find their cohort.
 */
class EmbeddingExampleTest {

    /** The host's own idea of a signed-in person; here from a header, in a real host from its session. */
    record LmsUser(String id, String name, Set<String> roles) {
    }

    private static final Map<String, LmsUser> SESSIONS = Map.of(
            "anna", new LmsUser("docent-anna", "Anna de Vries", Set.of("teacher")),
            "sanne", new LmsUser("sanne.jansen", "Sanne Jansen", Set.of("student")),
            "henk", new LmsUser("henk.bosman", "Henk Bosman", Set.of()));

    private static Optional<LmsUser> hostSession(HttpServletRequest request) {
        return Optional.ofNullable(request.getHeader("X-Session")).map(SESSIONS::get);
    }

    // As in the README (Roles and people).
    private static final Map<String, Role> ROLES = Map.of(
            "teacher", Role.CORE_TEACHER, "student", Role.STUDENT,
            "exam-board", Role.EXAM_COMMITTEE, "admin", Role.ADMINISTRATOR);

    static Role[] leerlijnRoles(Set<String> lmsRoles) {
        return lmsRoles.stream().map(ROLES::get).filter(Objects::nonNull).toArray(Role[]::new);
    }

    private static Leerlijn buildLeerlijn(DataSource hostDataSource) {
        return Leerlijn.builder()
                .dataSource(hostDataSource)
                .hostIdentity(request -> hostSession(request)
                        .map(user -> HostUser.of(user.id(), user.name(), leerlijnRoles(user.roles()))))
                .frameAncestors("'self' https://lms.example.nl")
                .hostStylesheet("/assets/lms-theme.css")
                .dataDirectory(TestFolders.fresh())
                .withoutBackgroundJobs()
                .build();
    }

    /** The README's example (a), with the data source handed in. */
    @WebListener
    public static final class LeerlijnMount implements ServletContextListener {
        private final DataSource hostDataSource;

        LeerlijnMount(DataSource hostDataSource) {
            this.hostDataSource = hostDataSource;
        }

        @Override
        public void contextInitialized(ServletContextEvent event) {
            Leerlijn leerlijn = buildLeerlijn(hostDataSource);
            leerlijn.migrate();
            ServletRegistration.Dynamic servlet = event.getServletContext().addServlet("leerlijn", leerlijn.servlet());
            servlet.addMapping("/leerlijn/*");
            servlet.setMultipartConfig(leerlijn.multipartConfig());
            servlet.setLoadOnStartup(1);
        }
    }

    @Test
    void mountedFromAServletContextListenerLeerlijnAnswersUnderItsPrefix() throws Exception {
        try (TestDatabase.Fresh database = TestDatabase.H2.fresh()) {
            Server server = server();
            ServletContextHandler context = new ServletContextHandler("/");
            context.addEventListener(new LeerlijnMount(database.dataSource()));
            server.setHandler(context);
            server.start();
            try {
                assertAnswers(server);
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void mountedWithAJettyServletHolderLeerlijnAnswersUnderItsPrefix() throws Exception {
        try (TestDatabase.Fresh database = TestDatabase.H2.fresh()) {
            Leerlijn leerlijn = buildLeerlijn(database.dataSource());
            leerlijn.migrate();
            Server server = server();

            // The README's example (b).
            ServletContextHandler context = new ServletContextHandler("/");
            ServletHolder holder = new ServletHolder("leerlijn", leerlijn.servlet());
            holder.getRegistration().setMultipartConfig(leerlijn.multipartConfig());
            holder.setInitOrder(1);
            context.addServlet(holder, "/leerlijn/*");
            server.setHandler(context);

            server.start();
            try {
                assertAnswers(server);
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void peopleEnrolledAndAssignedThroughTheApiUnderTheHostsUserIdSeeTheCohort() throws Exception {
        try (TestDatabase.Fresh database = TestDatabase.H2.fresh()) {
            Leerlijn leerlijn = buildLeerlijn(database.dataSource());
            leerlijn.migrate();
            LeerlijnCore core = leerlijn.core();
            Actor sync = new Actor(new UserId("lms-sync"), "LMS-koppeling", Set.of(Role.ADMINISTRATOR));
            CohortId cohortId = core.cohorts().create(sync, new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026",
                    LocalDate.of(2026, 9, 8), "Utrecht")).id();
            core.cohorts().assignStaff(sync, cohortId, new UserId("docent-anna"), "Anna de Vries", StaffRole.CORE_TEACHER);

            // As in the README (Roles and people).
            EnrolmentOutcome outcome = core.enrolment().enrol(sync, cohortId, new NewParticipant(new UserId("sanne.jansen"),
                    new ParticipantProfile("Sanne Jansen", "sanne.jansen@utrecht.nl",
                            new Organisation("Gemeente Utrecht", OrganisationType.GEMEENTE), JobFunction.KLANTMANAGER,
                            RegisterNumbers.none(), Optional.empty())));
            boolean added = core.cohorts().assignStaff(sync, cohortId, new UserId("henk.bosman"), "Henk Bosman",
                    StaffRole.SECOND_ASSESSOR);

            assertThat(outcome).isInstanceOf(EnrolmentOutcome.Enrolled.class);
            assertThat(added).isTrue();
            Server server = server();
            ServletContextHandler context = new ServletContextHandler("/");
            context.addServlet(new ServletHolder("leerlijn", leerlijn.servlet()), "/leerlijn/*");
            server.setHandler(context);
            server.start();
            try {
                String base = "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/leerlijn";
                assertThat(get(base + "/programme", "sanne").body()).contains("Leergang najaar 2026", "Mijn paper");
                assertThat(get(base + "/cohorts/" + cohortId.value() + "/marking", "henk").statusCode()).isEqualTo(200);
                assertThat(get(base + "/", "henk").body()).contains("Leergang najaar 2026", "Tweede beoordelaar");
                assertThat(get(base + "/", "anna").body()).contains("Leergang najaar 2026", "Kerndocent");

                StaffRemoval removal = core.cohorts().removeStaff(sync, cohortId, new UserId("henk.bosman"), StaffRole.SECOND_ASSESSOR);

                assertThat(removal).isEqualTo(StaffRemoval.REMOVED);
                assertThat(get(base + "/cohorts/" + cohortId.value() + "/marking", "henk").statusCode()).isEqualTo(403);
            } finally {
                server.stop();
            }
        }
    }

    private static HttpResponse<String> get(String url, String session) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("X-Session", session).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Server server() {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        return server;
    }

    private static void assertAnswers(Server server) throws Exception {
        String base = "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/leerlijn";
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "/")).header("X-Session", "anna").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> stranger = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Mijn leergangen", "Anna de Vries", "href=\"/leerlijn/static/leerlijn.css",
                "href=\"/assets/lms-theme.css\"", "href=\"/leerlijn/cohorts/new\"");
        assertThat(stranger.statusCode()).isEqualTo(401);
    }
}
