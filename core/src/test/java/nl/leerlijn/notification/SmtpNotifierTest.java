package nl.leerlijn.notification;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.jobs.BackgroundJobs;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.Eventually;
import nl.leerlijn.testing.PaperSteps;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class SmtpNotifierTest {
    @Parameter
    TestDatabase database;

    private final int port = freePort();
    private final Actor anna = kerndocent("docent-anna");
    private GreenMail server;
    private CoreFixture fixture;

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private GreenMail startServer() {
        GreenMail started = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        started.start();
        return started;
    }

    private SmtpNotifier notifier() {
        return new SmtpNotifier(new SmtpNotifier.SmtpSettings("127.0.0.1", port, false, Optional.empty(), "",
                "leerlijn@opleider.example", "Leerlijn", Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aMailGoesOutAsTextAndHtmlInUtf8FromTheSenderWithAMessageIdThatFollowsItsReference() throws Exception {
        server = startServer();
        Mail mail = new Mail("sanne@gemeente.example", "Sanne de Wit-Özdemir", Locale.forLanguageTag("nl"), "Je resultaat is bekend",
                "Resultaat van ‘Conceptversie paper’ staat klaar.", "<p>Resultaat van ‘Conceptversie paper’ staat klaar.</p>",
                "notification-7");

        notifier().send(mail);
        notifier().send(mail);

        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage first = received[0];
        assertThat(first.getSubject()).isEqualTo("Je resultaat is bekend");
        assertThat(first.getFrom()[0].toString()).contains("leerlijn@opleider.example");
        assertThat(first.getRecipients(Message.RecipientType.TO)[0].toString()).contains("sanne@gemeente.example");
        assertThat(first.getHeader("Content-Language")[0]).isEqualTo("nl");
        String body = GreenMailUtil.getBody(first);
        assertThat(body).contains("text/plain").contains("text/html").contains("UTF-8");
        assertThat(first.getMessageID()).isEqualTo(received[1].getMessageID()).endsWith("@opleider.example>");
    }

    @Test
    void aMailServerThatIsDownIsReportedAsNotSentNow() {
        assertThatThrownBy(() -> notifier().send(new Mail("a@b.example", "A", Locale.ENGLISH, "s", "t", "<p>t</p>", "r")))
                .isInstanceOf(MailNotSentException.class).hasMessageContaining("127.0.0.1:" + port);
    }

    @Test
    void withTheMailServerDownForAWhileNothingIsLostAndNothingIsSentTwice() throws Exception {
        server = startServer();
        fixture = CoreFixture.on(database, java.time.Clock.fixed(CoreFixture.NOW, java.time.ZoneOffset.UTC), b -> b.notifier(notifier()));
        LeerlijnCore core = fixture.core();
        Cohort cohort = fixture.cohortBy(anna);
        Participant sanne = core.enrolment().enrol(anna, cohort.id(), participant("student-sanne")).participant();
        Participant ahmed = core.enrolment().enrol(anna, cohort.id(), participant("student-ahmed")).participant();
        Participant noor = core.enrolment().enrol(anna, cohort.id(), participant("student-noor")).participant();
        BackgroundJobs.Settings quick = new BackgroundJobs.Settings(Duration.ofHours(1), Duration.ofDays(1), Duration.ofMillis(100))
                .withRetryAfter(Duration.ofMillis(300));

        try (BackgroundJobs jobs = core.startBackgroundJobs(quick)) {
            release(core, sanne);
            assertThat(server.waitForIncomingEmail(10_000, 1)).isTrue();
            // Stop only once the server's acknowledgement has reached Leerlijn: a mail whose acknowledgement is cut off
            // is sent again (with the same Message-ID), which is not what this test is about.
            Eventually.until("Sanne's mail recorded as sent",
                    () -> core.notifications().recent(student("student-sanne")).get(0).mailedAt().isPresent(), Duration.ofSeconds(10));
            server.stop();

            release(core, ahmed);
            release(core, noor);
            Eventually.until("both mails failed twice while the server is down",
                    () -> Eventually.waiting(fixture.database().dataSource(), Notifications.SEND_MAIL, 2) == 2, Duration.ofSeconds(20));
            server = startServer();
            Eventually.until("no mail left to send",
                    () -> Eventually.waiting(fixture.database().dataSource(), Notifications.SEND_MAIL, 0) == 0, Duration.ofSeconds(20));
        }

        List<String> to = Arrays.stream(server.getReceivedMessages()).map(SmtpNotifierTest::to).toList();
        assertThat(to).containsExactlyInAnyOrder("student-ahmed@example.org", "student-noor@example.org");
        assertThat(core.notifications().recent(nl.leerlijn.testing.People.student("student-noor"))).singleElement()
                .satisfies(n -> assertThat(n.mailedAt()).isPresent());
    }

    private static String to(MimeMessage message) {
        try {
            return ((jakarta.mail.internet.InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void release(LeerlijnCore core, Participant p) {
        PaperSteps.releaseVoldoende(core, anna, PaperSteps.handInConcept(core, p));
    }
}
