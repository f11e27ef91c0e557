package nl.leerlijn.notification;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.jobs.BackgroundJobs;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.Eventually;
import nl.leerlijn.testing.PaperSteps;
import nl.leerlijn.testing.RecordingNotifier;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.testing.TestFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Two Leerlijn nodes on one database, each running the background jobs: the digest still goes out once. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class DigestOnTwoNodesTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Parameter
    TestDatabase database;

    private final Clock clock = Clock.fixed(CoreFixture.NOW, ZoneOffset.UTC);
    private final Actor anna = kerndocent("docent-anna");
    private final RecordingNotifier firstNodeMails = new RecordingNotifier();
    private final RecordingNotifier secondNodeMails = new RecordingNotifier();
    private CoreFixture fixture;

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void theDailyDigestGoesOutOncePerPersonWhenTwoNodesRunTheJobs() throws Exception {
        fixture = CoreFixture.on(database, clock, b -> b.notifier(firstNodeMails));
        LeerlijnCore first = fixture.core();
        LeerlijnCore second = LeerlijnCore.builder().dataSource(fixture.database().dataSource()).dataDirectory(TestFolders.fresh())
                .clock(clock).notifier(secondNodeMails).build();
        Cohort cohort = fixture.cohortBy(anna);
        first.notifications().remember(anna, "anna@opleider.example", Locale.forLanguageTag("nl"));
        Participant sanne = first.enrolment().enrol(anna, cohort.id(), participant("student-sanne")).participant();
        PaperSteps.handInConcept(second, sanne);
        Actor bram = kerndocent("docent-bram");
        second.notifications().remember(bram, "bram@opleider.example", Locale.forLanguageTag("nl"));
        fixture.cohortBy(bram);
        // Far enough ahead that both schedulers have started on a busy machine (a time already past waits until tomorrow).
        LocalTime at = LocalTime.now(AMSTERDAM).plusSeconds(6).withNano(0);
        assumeThat(at).as("not across midnight").isAfter(LocalTime.of(0, 0, 10));
        BackgroundJobs.Settings settings = new BackgroundJobs.Settings(Duration.ofHours(1), Duration.ofDays(1), Duration.ofMillis(100))
                .withDigestAt(at);

        try (BackgroundJobs one = first.startBackgroundJobs(settings); BackgroundJobs two = second.startBackgroundJobs(settings)) {
            // Done when both kerndocenten's digests of the day are planned and none waits to be sent any more.
            Eventually.until("both digests planned and handled", () -> digestsHandled() == 2
                    && Eventually.waiting(fixture.database().dataSource(), Notifications.SEND_DIGEST, 0) == 0, Duration.ofSeconds(30));
        }

        List<Mail> all = new java.util.ArrayList<>(firstNodeMails.sent());
        all.addAll(secondNodeMails.sent());
        assertThat(all).as("one digest for Anna; none for Bram, whose cohort has nothing new").singleElement()
                .satisfies(mail -> {
                    assertThat(mail.to()).isEqualTo("anna@opleider.example");
                    assertThat(mail.text()).contains("WORK_HANDED_IN");
                });
        assertThat(first.planDigests()).as("planned already today, on either node").isZero();
        assertThat(second.planDigests()).isZero();
    }

    /** @return how many digests of a day were handled: sent, or recorded as having nothing */
    private int digestsHandled() {
        try (var c = fixture.database().dataSource().getConnection();
                var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM ll_digest WHERE sent_at IS NOT NULL")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
