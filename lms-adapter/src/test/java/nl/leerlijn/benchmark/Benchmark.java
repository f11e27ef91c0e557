package nl.leerlijn.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Organisation;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.RegisterNumbers;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.curriculum.ProgrammeId;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.Leerlijn;
import nl.leerlijn.web.security.HostUser;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./mvnw -Pbench}: seeds PostgreSQL with 200 cohorts of 20 participants (4,000 in all, with
 * attendance, finished work and a handed-in plan van aanpak each), serves Leerlijn in Jetty, and measures three pages with wrk on
 * loopback next to the same bytes served as a static file by the same server (the ceiling).
 * Prints a Markdown table. Not part of the test run.
 */
public final class Benchmark {
    private static final Logger LOG = LoggerFactory.getLogger(Benchmark.class);
    private static final int COHORTS = 200;
    private static final int PER_COHORT = 20;
    private static final int TEACHERS = 20;
    private static final ProgrammeId PROGRAMME = new ProgrammeId("effectieve-klantmanager");
    private static final String SECONDS = System.getenv().getOrDefault("LEERLIJN_BENCH_SECONDS", "15");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|90|99)%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(GuardBenchmark.measure());
        System.out.println(GroupingBenchmark.measure());
        if (!wrkAvailable()) {
            LOG.error("The benchmark needs wrk on the PATH: apt-get install wrk");
            System.exit(2);
        }
        try (TestDatabase.Fresh database = TestDatabase.POSTGRESQL.fresh(); HikariDataSource pool = pool(database)) {
            Leerlijn leerlijn = Leerlijn.builder().dataSource(pool).dataDirectory(Files.createTempDirectory("leerlijn-bench-data-"))
                    .hostIdentity(request ->
                    Optional.ofNullable(request.getHeader("X-Bench-User")).map(Benchmark::user)).build();
            leerlijn.migrate();
            System.out.println(LaunchBenchmark.measure(pool));
            Instant begun = Instant.now();
            Cohort measured = seed(leerlijn.core());
            LOG.info("Seeded {} cohorts with {} participants in {} s", COHORTS, COHORTS * PER_COHORT,
                    Duration.between(begun, Instant.now()).toSeconds());
            Path copies = Files.createTempDirectory("leerlijn-bench-");
            Server server = serve(leerlijn, copies);
            try {
                String base = "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
                String docent = docentOf(measured.id().value() - 1);
                String student = "student-" + (measured.id().value() - 1) + "-0";
                List<String[]> rows = new ArrayList<>();
                rows.addAll(measure("cohort overview (20 participants, progress matrix)", base,
                        "/leerlijn/cohorts/" + measured.id().value(), docent, copies, "overview.html"));
                rows.addAll(measure("student programme page", base, "/leerlijn/programme", student, copies, "programme.html"));
                rows.addAll(measure("marking queue (20 handed-in plans, a third being marked)", base,
                        "/leerlijn/cohorts/" + measured.id().value() + "/marking", docent, copies, "marking.html"));
                print(rows);
            } finally {
                server.stop();
            }
        }
    }

    private static List<String[]> measure(String name, String base, String path, String user, Path copies, String copy)
            throws Exception {
        HttpResponse<byte[]> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .header("X-Bench-User", user).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (page.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + page.statusCode());
        }
        Files.write(copies.resolve(copy), page.body());
        wrk(base + path, user, "5");
        String[] dynamic = wrk(base + path, user, SECONDS);
        wrk(base + "/static-copy/" + copy, user, "5");
        String[] ceiling = wrk(base + "/static-copy/" + copy, user, SECONDS);
        String size = String.format(Locale.ROOT, "%.1f kB", page.body().length / 1024.0);
        return List.of(row(name + ", " + size, dynamic), row("same bytes as a static file (ceiling)", ceiling));
    }

    private static String[] row(String name, String[] figures) {
        return new String[] {name, figures[0], figures[1], figures[2], figures[3]};
    }

    /** @return requests/s and the 50th, 90th, 99th percentile latency */
    private static String[] wrk(String url, String user, String seconds) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c16", "-d" + seconds + "s", "--latency",
                "-H", "X-Bench-User: " + user, url).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes());
        if (wrk.waitFor() != 0 || output.contains("Non-2xx")) {
            throw new IllegalStateException("wrk failed on " + url + ":\n" + output);
        }
        Matcher rate = RATE.matcher(output);
        Map<String, String> latency = new HashMap<>();
        Matcher p = PERCENTILE.matcher(output);
        while (p.find()) {
            latency.put(p.group(1), p.group(2) + " " + p.group(3));
        }
        return new String[] {rate.find() ? rate.group(1) : "?", latency.getOrDefault("50", "?"),
                latency.getOrDefault("90", "?"), latency.getOrDefault("99", "?")};
    }

    private static void print(List<String[]> rows) {
        StringBuilder table = new StringBuilder("\n| page | requests/s | p50 | p90 | p99 |\n|---|---:|---:|---:|---:|\n");
        for (String[] row : rows) {
            table.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        table.append(String.format(Locale.ROOT, "%nwrk -t2 -c16 -d%ss on loopback; %d cores; Java %s; PostgreSQL (embedded) with "
                + "%d cohorts, %d participants; HikariCP pool of 8.%n", SECONDS, Runtime.getRuntime().availableProcessors(),
                Runtime.version(), COHORTS, COHORTS * PER_COHORT));
        System.out.println(table);
    }

    private static Cohort seed(LeerlijnCore core) {
        LocalDate start = LocalDate.now(core.clock().withZone(core.zone())).minusWeeks(8);
        Cohort last = null;
        for (int c = 0; c < COHORTS; c++) {
            Actor docent = actor(docentOf(c));
            last = core.cohorts().create(docent, new NewCohort(PROGRAMME, "Leergang " + (c + 1), start, "Utrecht"));
            List<NewParticipant> people = new ArrayList<>();
            for (int i = 0; i < PER_COHORT; i++) {
                people.add(new NewParticipant(new UserId("student-" + c + "-" + i), new ParticipantProfile("Deelnemer " + c + "-" + i,
                        "student-" + c + "-" + i + "@example.org", new Organisation("Organisatie " + (i % 6), OrganisationType.values()[i % 4]),
                        JobFunction.values()[i % 7], RegisterNumbers.none(), Optional.empty())));
            }
            core.enrolment().enrolAll(docent, last.id(), people);
            record(core, docent, last, c);
            if (c % 40 == 39) {
                LOG.info("Seeded {} of {} cohorts", c + 1, COHORTS);
            }
        }
        return last;
    }

    private static void record(LeerlijnCore core, Actor docent, Cohort cohort, int c) {
        List<Participant> participants = core.enrolment().participants(docent, cohort.id());
        List<ScheduleItem> sessions = core.schedule().cohortSchedule(docent, cohort.id()).stream()
                .filter(ScheduleItem::isSession).limit(3).toList();
        for (ScheduleItem session : sessions) {
            Map<ParticipantId, Presence> outcomes = new HashMap<>();
            for (int i = 0; i < participants.size(); i++) {
                outcomes.put(participants.get(i).id(), i % 9 == 0 ? Presence.ABSENT : i % 7 == 0 ? Presence.EXCUSED : Presence.PRESENT);
            }
            core.attendance().record(docent, cohort.id(), session.id(), outcomes);
        }
        for (int i = 0; i < participants.size(); i += 2) {
            Participant p = participants.get(i);
            core.progress().markDone(actor(p.userId().value()), p.id(), new ActivityKey("m1-e-learning"), true);
        }
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            Actor student = actor(p.userId().value());
            UploadOutcome stored = core.submissions().upload(student, p.id(), new ActivityKey("pa-plan-van-aanpak"), "plan", List.of(),
                    Optional.of("Plan van aanpak van deelnemer " + c + "-" + i));
            SubmissionId plan = ((UploadOutcome.Stored) stored).submission().id();
            core.submissions().submit(student, plan);
            if (i % 3 == 0) {
                core.assessments().saveMarking(docent, plan, Map.of("vraag", 1, "planning", 1), Map.of(), "Akkoord", true, 0);
            }
        }
    }

    private static String docentOf(long cohortIndex) {
        return "docent-" + (cohortIndex % TEACHERS);
    }

    private static Actor actor(String id) {
        return user(id).actor();
    }

    private static HostUser user(String id) {
        Role role = id.startsWith("docent-") ? Role.CORE_TEACHER : Role.STUDENT;
        return new HostUser(new UserId(id), id, id + "@example.org", Set.of(role), Optional.empty());
    }

    /** The test database is pooled already; the benchmark serves through 8 of its connections, as a small host would. */
    private static HikariDataSource pool(TestDatabase.Fresh database) throws java.sql.SQLException {
        HikariDataSource pool = database.dataSource().unwrap(HikariDataSource.class);
        pool.getHikariConfigMXBean().setMaximumPoolSize(8);
        return pool;
    }

    private static Server serve(Leerlijn leerlijn, Path copies) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler app = new ServletContextHandler("/");
        ServletHolder holder = new ServletHolder(leerlijn.servlet());
        holder.getRegistration().setMultipartConfig(leerlijn.multipartConfig());
        app.addServlet(holder, "/leerlijn/*");
        ResourceHandler files = new ResourceHandler();
        files.setBaseResource(ResourceFactory.of(server).newResource(copies));
        ContextHandler statics = new ContextHandler(files, "/static-copy");
        server.setHandler(new ContextHandlerCollection(statics, app));
        server.start();
        return server;
    }

    private static boolean wrkAvailable() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
