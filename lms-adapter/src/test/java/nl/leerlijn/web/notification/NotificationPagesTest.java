package nl.leerlijn.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.notification.Mail;
import nl.leerlijn.notification.NotificationId;
import nl.leerlijn.schedule.ScheduleChange;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.RecordingNotifier;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.NotificationSetUp;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationPagesTest {
    private final RecordingNotifier mails = new RecordingNotifier();
    private final Actor anna = People.kerndocent("docent-anna");
    private final Actor sanne = People.student("student-sanne");
    private TestHost host;
    private Cohort cohort;

    @BeforeEach
    void start() {
        host = TestHost.withSettings(TestDatabase.H2, b -> b.notifier(mails));
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.of(Locale.ENGLISH));
        host.signIn("student-ahmed", "Ahmed", Role.STUDENT, Optional.empty());
        cohort = host.leerlijn().core().cohorts().create(anna,
                new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), "Utrecht, Vredenburg 40"));
        host.leerlijn().core().enrolment().enrol(anna, cohort.id(), People.participant("student-sanne"));
        host.leerlijn().core().enrolment().enrol(anna, cohort.id(), People.participant("student-ahmed"));
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private ScheduleItem firstSession() {
        return host.leerlijn().core().schedule().cohortSchedule(anna, cohort.id()).stream().filter(ScheduleItem::isSession).findFirst()
                .orElseThrow();
    }

    private void move(String location) {
        ScheduleItem day = firstSession();
        host.leerlijn().core().schedule().reschedule(anna, cohort.id(), new ScheduleChange(day.id(), day.at().plus(Duration.ofDays(1)),
                Optional.of(location), Optional.of(day.at())));
        NotificationSetUp.runJobs(host);
    }

    @Test
    void aMovedSessionMailsEachParticipantOnceInTheirLanguageWithALinkThatOpensTheirProgramme() {
        host.get("/", "X-Test-User", "student-sanne");
        move("Utrecht, Stadskantoor");
        NotificationSetUp.runJobs(host);

        Mail mail = mails.to("student-sanne@example.org").get(0);
        assertThat(mails.to("student-sanne@example.org")).hasSize(1);
        assertThat(mail.language()).isEqualTo(Locale.ENGLISH);
        assertThat(mail.subject()).isEqualTo("Moved: Trainingsdag 1: activerende gespreksvoering");
        String link = "https://lms.example.nl" + TestHost.PREFIX + "/programme?leergang=" + cohort.id().value();
        assertThat(mail.text()).contains("Dear Sanne,", "has moved to Wednesday 16 September 2026, 09:30, Utrecht, Stadskantoor",
                "View it in Leerlijn: " + link);
        assertThat(mail.html()).contains("<a href=\"" + link + "\"", "<html lang=\"en\">");
        assertThat(host.get(link.substring(("https://lms.example.nl" + TestHost.PREFIX).length()), "X-Test-User", "student-sanne")
                .statusCode()).isEqualTo(200);
        assertThat(mails.to("student-ahmed@example.org")).singleElement()
                .satisfies(m -> assertThat(m.subject()).startsWith("Verplaatst: "));
    }

    @Test
    void withoutALanguageFromTheHostMailsStayDutchWhateverBrowserThePersonUses() {
        host.get("/", "X-Test-User", "student-ahmed", "Accept-Language", "en-GB,en;q=0.9");

        move("Utrecht, Stadskantoor");

        assertThat(mails.to("student-ahmed@example.org")).singleElement().satisfies(m -> {
            assertThat(m.language()).isEqualTo(Locale.forLanguageTag("nl"));
            assertThat(m.subject()).startsWith("Verplaatst: ");
        });
        assertThat(host.get("/notifications/settings", "X-Test-User", "student-ahmed", "Accept-Language", "en").body())
                .contains("value=\"nl\" checked");
    }

    @Test
    void whatAParticipantTypedIsEscapedInTheHtmlMailAndLeftAsItIsInTheText() {
        move("Zaal <b>3</b> & co");

        Mail mail = mails.to("student-ahmed@example.org").get(0);
        assertThat(mail.html()).contains("Zaal &lt;b&gt;3&lt;/b&gt; &amp; co").doesNotContain("<b>3</b>");
        assertThat(mail.text()).contains("Zaal <b>3</b> & co").doesNotContain("&amp;");
    }

    @Test
    void newForYouShowsTheLineAndOpeningItGoesWhereItLeadsAndMarksItRead() {
        move("Utrecht, Stadskantoor");

        String home = host.get("/", "X-Test-User", "student-ahmed").body();
        assertThat(home).contains("Nieuw voor jou", "Trainingsdag 1: activerende gespreksvoering is verplaatst naar woensdag 16 september 2026");
        NotificationId id = host.leerlijn().core().notifications().newForYou(People.student("student-ahmed")).notifications().get(0).id();
        HttpResponse<String> opened = host.post("/notifications/" + id.value() + "/open", "student-ahmed", Map.of());

        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.headers().firstValue("Location")).hasValue(TestHost.PREFIX + "/programme?leergang=" + cohort.id().value());
        assertThat(host.get("/", "X-Test-User", "student-ahmed").body()).contains("Je hebt alles gelezen.");
        assertThat(host.get("/notifications", "X-Test-User", "student-ahmed").body()).contains("is verplaatst naar").doesNotContain("nieuw<");
    }

    @Test
    void nobodyOpensAnotherPersonsNotification() {
        move("Utrecht, Stadskantoor");
        NotificationId hers = host.leerlijn().core().notifications().newForYou(sanne).notifications().get(0).id();

        assertThat(host.post("/notifications/" + hers.value() + "/open", "student-ahmed", Map.of()).statusCode()).isEqualTo(404);
        assertThat(host.post("/notifications/" + hers.value() + "/open", "docent-anna", Map.of()).statusCode()).isEqualTo(404);
        assertThat(host.leerlijn().core().notifications().newForYou(sanne).unread()).isEqualTo(1);
    }

    @Test
    void markingAllReadEmptiesNewForYou() {
        move("Utrecht, Stadskantoor");

        assertThat(host.post("/notifications/read", "student-sanne", Map.of()).statusCode()).isEqualTo(303);

        assertThat(host.leerlijn().core().notifications().newForYou(sanne).unread()).isZero();
        assertThat(host.get("/notifications?notice=read", "X-Test-User", "student-sanne").body())
                .contains("All notifications are marked as read.");
    }

    @Test
    void eachPersonChoosesForTheKindsThatConcernThem() {
        String hers = host.get("/notifications/settings", "X-Test-User", "student-ahmed").body();
        String annas = host.get("/notifications/settings", "X-Test-User", "docent-anna").body();

        assertThat(hers).contains("Een resultaat is bekend", "E-mails gaan naar student-ahmed@example.org")
                .doesNotContain("Een deelnemer heeft werk ingeleverd");
        assertThat(annas).contains("Een deelnemer heeft werk ingeleverd", "Presentie die je nog moet bevestigen")
                .doesNotContain("Een resultaat is bekend");
    }

    @Test
    void savedChoicesTakeEffectAndAnIncompleteFormIsRefusedInWordsKeepingWhatWasSaved() {
        Map<String, String> form = new HashMap<>(Map.of("language", "nl", "RESULT_RELEASED", "AT_ONCE", "EXTENSION_DECIDED", "AT_ONCE",
                "SESSION_MOVED", "NONE", "DEADLINE_COMING", "DIGEST", "INTERVISION_ROLE", "AT_ONCE", "SUPERVISOR_ANSWERED", "AT_ONCE"));
        form.put("ATTENDANCE_WARNING", "AT_ONCE");
        assertThat(host.post("/notifications/settings", "student-sanne", form).statusCode()).isEqualTo(303);
        assertThat(host.get("/notifications/settings?notice=saved", "X-Test-User", "student-sanne").body())
                .contains("Your choices are saved.", "name=\"SESSION_MOVED\" value=\"NONE\" checked");

        form.remove("DEADLINE_COMING");
        HttpResponse<String> refused = host.post("/notifications/settings", "student-sanne", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Choose one of the options for each kind.");
        form.put("DEADLINE_COMING", "SOMETIMES");
        assertThat(host.post("/notifications/settings", "student-sanne", form).statusCode()).isEqualTo(400);

        move("Utrecht, Stadskantoor");
        assertThat(mails.to("student-sanne@example.org")).as("Sanne chose no mail for moved sessions").isEmpty();
        assertThat(mails.to("student-ahmed@example.org")).hasSize(1);
        assertThat(host.leerlijn().core().notifications().newForYou(sanne).unread()).isEqualTo(1);
    }
}
