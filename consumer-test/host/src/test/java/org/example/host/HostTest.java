package org.example.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.leerlijn.LeerlijnException;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.curriculum.ProgrammeId;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Organisation;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.RegisterNumbers;
import nl.leerlijn.notification.SmtpNotifier;
import nl.leerlijn.schedule.ScheduleChange;
import nl.leerlijn.schedule.ScheduleItem;
import org.example.host.Host.Order;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The host starts with Leerlijn beside its own tables and Flyway, in either order, on H2 and on PostgreSQL (the server
 * whose JDBC URL system property {@code leerlijn.postgres.url} names; ConsumerIT passes it), and serves Leerlijn's
 * pages to its kerndocent and its student.
 */
class HostTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final HttpClient http = HttpClient.newHttpClient();

    enum Database { H2, POSTGRESQL }

    static Stream<Arguments> startUps() {
        List<Arguments> all = new ArrayList<>();
        for (Database database : Database.values()) {
            for (Order order : List.of(Order.LEERLIJN_FIRST, Order.HOST_FIRST)) {
                all.add(Arguments.of(database, order));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("startUps")
    void aKerndocentAndAStudentOfTheHostSeeTheirPages(Database database, Order order) throws Exception {
        DataSource dataSource = fresh(database);
        try (Host host = Host.start(dataSource, order)) {
            assertThat(hostUsers(dataSource)).as("the host's own V1 ran").containsExactlyInAnyOrder("docent-marieke", "student-sanne");
            Cohort cohort = cohortWithSanne(host);

            HttpResponse<String> home = get(host, "/leerlijn/", "docent-marieke");
            HttpResponse<String> overview = get(host, "/leerlijn/cohorts/" + cohort.id().value(), "docent-marieke");
            HttpResponse<String> programme = get(host, "/leerlijn/programme", "student-sanne");
            HttpResponse<String> nobody = get(host, "/leerlijn/", null);

            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Mijn leergangen", "Leergang bij de host");
            assertThat(overview.statusCode()).isEqualTo(200);
            assertThat(overview.body()).contains("Sanne Jansen", "Gemeente Utrecht");
            assertThat(programme.statusCode()).isEqualTo(200);
            assertThat(programme.body()).contains("Mijn opleiding", "Leergang bij de host");
            assertThat(nobody.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aMovedSessionReachesTheParticipantThroughTheHostsMailServerWithALinkIntoTheHost() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        com.icegreen.greenmail.util.GreenMail mailServer = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1", "smtp"));
        mailServer.start();
        DataSource dataSource = fresh(Database.H2);
        SmtpNotifier smtp = new SmtpNotifier(new SmtpNotifier.SmtpSettings("127.0.0.1", port, false, Optional.empty(), "",
                "leerlijn@host.example.org", "Leerlijn", java.time.Duration.ofSeconds(5)));
        try (Host host = Host.start(dataSource, Order.LEERLIJN_FIRST, smtp)) {
            Cohort cohort = cohortWithSanne(host);
            ScheduleItem first = host.leerlijn().core().schedule().cohortSchedule(MARIEKE, cohort.id()).stream()
                    .filter(ScheduleItem::isSession).findFirst().orElseThrow();

            host.leerlijn().core().schedule().reschedule(MARIEKE, cohort.id(), new ScheduleChange(first.id(),
                    first.at().plus(java.time.Duration.ofDays(1)), Optional.of("Utrecht, Stadskantoor"), Optional.of(first.at())));

            assertThat(mailServer.waitForIncomingEmail(30_000, 1)).isTrue();
            jakarta.mail.internet.MimeMessage mail = mailServer.getReceivedMessages()[0];
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("Sanne Jansen <sanne@example.org>");
            assertThat(mail.getSubject()).startsWith("Verplaatst: ");
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail))
                    .contains("https://lms.example.org/leerlijn/programme?leergang=" + cohort.id().value());
        } finally {
            mailServer.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aHostThatForgetsLeerlijnsMigrateDoesNotStartAndIsToldWhatToDo(Database database) {
        DataSource dataSource = fresh(database);

        assertThatThrownBy(() -> Host.start(dataSource, Order.LEERLIJN_FORGOTTEN).close())
                .isInstanceOf(LeerlijnException.class).hasMessageContaining("not up to date").hasMessageContaining("leerlijn.migrate()");
    }

    private static final Actor MARIEKE = new Actor(new UserId("docent-marieke"), "Marieke de Vries", Set.of(Role.CORE_TEACHER));

    /** @return Marieke's cohort, starting in two weeks, with the host's student Sanne enrolled */
    private static Cohort cohortWithSanne(Host host) {
        Cohort cohort = host.leerlijn().core().cohorts().create(MARIEKE, new NewCohort(new ProgrammeId("effectieve-klantmanager"),
                "Leergang bij de host", LocalDate.now().plusWeeks(2), "Utrecht"));
        host.leerlijn().core().enrolment().enrol(MARIEKE, cohort.id(), new NewParticipant(new UserId("student-sanne"),
                new ParticipantProfile("Sanne Jansen", "sanne@example.org", new Organisation("Gemeente Utrecht", OrganisationType.GEMEENTE),
                        JobFunction.KLANTMANAGER, RegisterNumbers.none(), Optional.empty())));
        return cohort;
    }

    private HttpResponse<String> get(Host host, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + host.port() + path))
                .header("Accept-Language", "nl");
        if (user != null) {
            request.header("X-Host-User", user);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> hostUsers(DataSource dataSource) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM host_users")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static DataSource fresh(Database database) {
        String name = "host_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        if (database == Database.H2) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            return h2;
        }
        String server = System.getProperty("leerlijn.postgres.url");
        if (server == null || server.isBlank()) {
            throw new IllegalStateException("Set -Dleerlijn.postgres.url to a PostgreSQL server's JDBC URL (ConsumerIT does)");
        }
        try (Connection admin = DriverManager.getConnection(server); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(server.replaceFirst("/postgres(\\?|$)", "/" + name + "$1"));
        return postgres;
    }
}
