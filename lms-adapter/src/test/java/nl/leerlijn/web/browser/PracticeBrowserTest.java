package nl.leerlijn.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerlijn.web.browser.Chromium.assertAccessible;
import static nl.leerlijn.web.browser.Chromium.assertAccessibleAtBothWidths;
import static nl.leerlijn.web.browser.Chromium.assertNoSidewaysScroll;
import static nl.leerlijn.web.browser.KerndocentBrowserTest.named;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.praktijk.Measure;
import nl.leerlijn.praktijk.Outcomes;
import nl.leerlijn.praktijk.Supervisor;
import nl.leerlijn.praktijk.SupervisorRequest;
import nl.leerlijn.submission.Upload;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Praktijkopdrachten in a real browser with axe-core: a duo member uploads the report with its outcomes and hands it in,
 * the kerndocent's duo page, the werkbegeleider's page from the mail on a phone (confirming with the keyboard), and the
 * marking page with the evidence.
 */
class PracticeBrowserTest {
    private static final ActivityKey TRAINING = new ActivityKey("po-vaktraining");
    private static Chromium chromium;
    private TestHost host;
    private LeerlijnCore core;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private Participant esra;
    private Participant tom;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void quit() {
        chromium.close();
    }

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        core = host.leerlijn().core();
        host.signIn("docent-anna", "Anna de Docent", Role.CORE_TEACHER, Optional.empty());
        host.signIn("student-esra", "Esra Yilmaz", Role.STUDENT, Optional.empty());
        host.signIn("student-tom", "Tom Bakker", Role.STUDENT, Optional.empty());
        cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8),
                "Utrecht, Vredenburg 40"));
        esra = core.enrolment().enrol(anna, cohort.id(), People.participant("student-esra", "Zorggroep De Bilt",
                OrganisationType.ZORGORGANISATIE, JobFunction.WMO_CONSULENT)).participant();
        tom = core.enrolment().enrol(anna, cohort.id(), People.participant("student-tom", "Gemeente Utrecht", OrganisationType.GEMEENTE,
                JobFunction.KLANTMANAGER)).participant();
        core.enrolment().enrol(anna, cohort.id(), People.participant("student-sem", "Gemeente Zeist", OrganisationType.GEMEENTE,
                JobFunction.JEUGDCONSULENT));
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void aDuoMemberUploadsTheReportWithItsOutcomesAndHandsItIn() {
        core.practice().makeDuo(anna, cohort.id(), TRAINING, List.of(esra.id(), tom.id()));
        Page page = chromium.pageAs("student-esra");
        page.navigate(host.url("/praktijk"));
        assertThat(page.locator("h1")).hasText("Praktijkopdrachten");
        assertAccessibleAtBothWidths(page);

        var report = page.locator("#work-po-vaktraining");
        report.getByLabel("Tekst van het verslag").last().fill("We gaven vier bijeenkomsten aan elf klanten.");
        report.getByLabel("Doelgroep").fill("Bijstandsgerechtigden van 27 tot 50 jaar");
        report.getByLabel("Aantal bijeenkomsten").fill("4");
        report.getByLabel("Aantal deelnemende klanten").fill("11");
        report.getByLabel("Uitkomstmaat 1").fill("Uitstroom naar werk");
        report.getByLabel("Waarde 1").fill("7 van 11");
        report.getByLabel("Wat klanten zeiden").fill("Ik durf weer te solliciteren.");
        report.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Als nieuwe versie opslaan")).last().click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Je versie is opgeslagen");
        assertThat(page.locator("#work-po-vaktraining")).containsText("7 van 11");
        page.locator("#work-po-vaktraining").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Versie 1 inleveren")).click();
        assertThat(page.locator("body")).containsText("ook voor je duopartner ingeleverd");
        page.getByRole(AriaRole.BUTTON, named("Versie 1 inleveren")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Ingeleverd");
        assertAccessibleAtBothWidths(page);

        Page partner = chromium.pageAs("student-tom", 320, 800);
        partner.navigate(host.url("/praktijk"));
        assertThat(partner.locator("#work-po-vaktraining")).containsText("Geüpload door Deelnemer student-esra");
        assertNoSidewaysScroll(partner);
    }

    @Test
    void theKerndocentLetsLeerlijnProposeDuosAndConfirmsThem() {
        Page page = chromium.pageAs("docent-anna");
        page.navigate(host.url("/cohorts/" + cohort.id().value() + "/duos"));
        assertAccessibleAtBothWidths(page);

        page.getByRole(AriaRole.BUTTON, named("Stel duo's voor")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Leerlijn heeft duo's voorgesteld");
        assertAccessibleAtBothWidths(page);
        page.locator(".ll-card").getByRole(AriaRole.BUTTON).click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Het duo is bevestigd");
        assertThat(page.locator(".ll-card")).hasCount(1);
        assertThat(page.locator(".ll-card")).containsText("Bevestigd");
    }

    @Test
    void theWerkbegeleiderReadsTheReportOnAPhoneAndConfirmsWithTheKeyboard() {
        SupervisorRequest request = handedInAndAsked();
        Page phone = chromium.pageAs("", 320, 800);
        phone.navigate(host.url(core.practice().linkPath(request)));
        assertThat(phone.locator("h1")).hasText("Bevestiging praktijkopdracht");
        assertThat(phone.locator("body")).containsText("Uitstroom naar werk");
        assertAccessible(phone);
        assertNoSidewaysScroll(phone);

        phone.getByLabel("Ja, ik bevestig dat de opdracht zo is uitgevoerd").check();
        phone.getByLabel("Opmerking of reden").fill("Klopt helemaal.");
        phone.getByRole(AriaRole.BUTTON, named("Antwoord versturen")).press("Enter");

        assertThat(phone.locator("body")).containsText("Je hebt deze opdracht bevestigd");
        assertAccessible(phone);
        org.assertj.core.api.Assertions.assertThat(phone.context().cookies()).as("the werkbegeleider gets no cookie").isEmpty();

        Page marking = chromium.pageAs("docent-anna");
        long tomsCopy = core.submissions().versions(anna, tom.id(), TRAINING).get(0).id().value();
        marking.navigate(host.url("/marking/" + tomsCopy));
        assertThat(marking.locator("body")).containsText("Bevestigd door de werkbegeleider");
        assertThat(marking.locator("legend").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Eigen reflectie")))
                .containsText("Per duolid");
        assertAccessibleAtBothWidths(marking);
    }

    private SupervisorRequest handedInAndAsked() {
        core.practice().makeDuo(anna, cohort.id(), TRAINING, List.of(esra.id(), tom.id()));
        Actor self = People.student("student-esra");
        String text = "We gaven vier bijeenkomsten aan elf klanten.";
        Outcomes outcomes = new Outcomes("Bijstandsgerechtigden", OptionalInt.of(4), OptionalInt.of(11),
                List.of(new Measure("Uitstroom naar werk", "7 van 11")), "Ik durf weer te solliciteren.");
        UploadOutcome stored = core.submissions().upload(self, esra.id(), TRAINING, "k", List.of(new Upload("verslag.pdf",
                new ByteArrayInputStream("%PDF-1.7 verslag".getBytes(StandardCharsets.UTF_8)))), Optional.of(text),
                core.practice().outcomes(self, esra.id(), TRAINING, outcomes, Optional.of(text)));
        var version = ((UploadOutcome.Stored) stored).submission().id();
        core.submissions().submit(self, version);
        core.practice().nameSupervisor(self, esra.id(), TRAINING, new Supervisor("Karin Smit", "k.smit@utrecht.nl", "Gemeente Utrecht",
                "Teamleider werk en inkomen"));
        return core.practice().requestConfirmation(self, version);
    }
}
