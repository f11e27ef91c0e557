package nl.leerlijn.benchmark;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.lti.LoginRedirect;
import nl.leerlijn.lti.LoginRequest;
import nl.leerlijn.testing.TestPlatform;

/**
 * How many LTI launches one core checks per second once the platform's keys are cached: the state used up, the id
 * token's signature and claims checked, the nonce recorded, on the benchmark's PostgreSQL. The platform's signing and
 * the login initiation happen before the clock runs.
 */
final class LaunchBenchmark {
    private static final URI TOOL = URI.create("https://leerlijn.example.nl/leerlijn");

    private LaunchBenchmark() {
    }

    /** @return a line for the report: launches per second on one thread, mean and p99 per launch */
    static String measure(DataSource database) {
        TestPlatform platform = new TestPlatform();
        LeerlijnCore core = LeerlijnCore.builder().dataSource(database).ltiKeySets(platform.keySets()).build();
        core.lti().register(new Actor(new UserId("bench-beheer"), "Beheer", Set.of(Role.ADMINISTRATOR)), platform.registration());
        run(core, platform, 500);
        long[] nanos = run(core, platform, 3_000);
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        double p99 = nanos[(int) (nanos.length * 0.99)] / 1e6;
        return String.format(java.util.Locale.ROOT, "LTI launch check with cached keys (PostgreSQL), %d launches on one thread: "
                + "%.0f launches/s, mean %.2f ms, p99 %.2f ms per launch", nanos.length, 1000 / mean, mean, p99);
    }

    private static long[] run(LeerlijnCore core, TestPlatform platform, int launches) {
        String target = TOOL + "/lti/launch";
        long[] nanos = new long[launches];
        for (int i = 0; i < launches; i++) {
            LoginRedirect login = core.lti().startLogin(new LoginRequest(TestPlatform.ISSUER, "hint", target, Optional.empty(),
                    Optional.of(TestPlatform.CLIENT_ID), Optional.of(TestPlatform.DEPLOYMENT)), URI.create(target), TOOL);
            String nonce = Arrays.stream(login.location().getRawQuery().split("&")).filter(p -> p.startsWith("nonce="))
                    .map(p -> URLDecoder.decode(p.substring(6), StandardCharsets.UTF_8)).findFirst().orElseThrow();
            String token = platform.sign(platform.claims(nonce, Instant.now(), target).subject("learner-" + i).build());
            long start = System.nanoTime();
            core.lti().launch(token, login.state());
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }
}
