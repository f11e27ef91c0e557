package nl.leerlijn.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The forms' tokens at work: an expired one brings the form back to send again; a wrong one saves nothing. */
class CsrfFormsTest {
    /** 10 000 characters of reflection, with what HTML must escape. */
    private static final String REFLECTION = "<b>Wat ging goed?</b> Ik vroeg door & \"luisterde\"; de klant zei 'eindelijk'. ".repeat(125);
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");

    private TestHost host;
    private Participant sanne;
    private String uploadPath;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        host.signIn("student-ahmed", "Ahmed", Role.STUDENT, Optional.empty());
        Actor anna = People.kerndocent("docent-anna");
        Cohort cohort = host.leerlijn().core().cohorts().create(anna,
                new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), "Utrecht"));
        sanne = host.leerlijn().core().enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
        uploadPath = "/paper/" + sanne.id().value() + "/milestones/pa-concept";
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private List<Submission> versions() {
        return host.leerlijn().core().submissions().versions(People.student("student-sanne"), sanne.id(), new ActivityKey("pa-concept"));
    }

    private String tokenIssuedHoursAgo(int hours, String user) {
        Clock earlier = Clock.fixed(CoreFixture.NOW.minus(Duration.ofHours(hours)), ZoneOffset.UTC);
        return new CsrfTokens(() -> host.leerlijn().core().secrets().get("csrf"), earlier).issue(new UserId(user));
    }

    @Test
    void aFormSentWithAnExpiredTokenComesBackWithEverythingTypedAndSendingItAgainSavesIt() {
        HttpResponse<String> expired = host.post(uploadPath, "student-sanne", Map.of("_csrf", tokenIssuedHoursAgo(9, "student-sanne"),
                "key", "reflectie-1", "text", REFLECTION));

        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(expired.body()).contains("Je formulier was te lang open en is niet opgeslagen", escaped(REFLECTION))
                .doesNotContain("<b>Wat ging goed?</b>");
        assertThat(versions()).as("nothing saved").isEmpty();
        Map<String, String> form = hiddenFields(expired.body());
        assertThat(form).containsEntry("key", "reflectie-1").containsEntry("text", REFLECTION).containsKey("_csrf");

        HttpResponse<String> again = host.post(uploadPath, "student-sanne", form);

        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(versions()).singleElement().satisfies(v -> assertThat(v.text()).contains(REFLECTION.strip()));
    }

    @Test
    void aTokenOfAnotherUserATamperedTokenOrATokenInTheAddressSavesNothing() {
        String ahmeds = host.tokenFor("student-ahmed");
        String sannes = host.tokenFor("student-sanne");
        String tampered = sannes.substring(0, sannes.length() - 2) + (sannes.endsWith("AA") ? "BB" : "AA");

        List<HttpResponse<String>> refused = List.of(
                host.post(uploadPath, "student-sanne", Map.of("_csrf", ahmeds, "key", "a", "text", "Concept")),
                host.post(uploadPath, "student-sanne", Map.of("_csrf", tampered, "key", "b", "text", "Concept")),
                host.post(uploadPath + "?_csrf=" + sannes, "student-sanne", Map.of("key", "c", "text", "Concept")),
                host.postWithoutToken(uploadPath + "?_csrf=" + sannes, "student-sanne", Map.of("key", "d", "text", "Concept")));

        assertThat(refused).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("Dit formulier is niet door Leerlijn voor jou gemaakt");
        });
        assertThat(versions()).isEmpty();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(page);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&"));
        }
        return fields;
    }
}
