package nl.leerlijn.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.assessment.AssessmentState;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.Upload;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarkingPagesTest {
    private static final Map<String, String> ALL_VOLDOENDE = Map.of("level-vraagstelling", "1", "level-onderbouwing", "1",
            "level-verbetervoorstel", "1", "level-reflectie", "1");

    private TestHost host;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private Participant sanne;
    private SubmissionId concept;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("tweede-bob", "Bob", Role.SECOND_ASSESSOR, Optional.empty());
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        cohort = host.leerlijn().core().cohorts().create(anna,
                new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), "Utrecht"));
        host.leerlijn().core().cohorts().assignStaff(anna, cohort.id(), new UserId("tweede-bob"), "Bob", StaffRole.SECOND_ASSESSOR);
        sanne = host.leerlijn().core().enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
        concept = handIn("k1", List.of(new Upload("concept.pdf", new ByteArrayInputStream(
                "%PDF-1.7 concept".getBytes(StandardCharsets.UTF_8)))), Optional.empty());
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private SubmissionId handIn(String key, List<Upload> files, Optional<String> text) {
        UploadOutcome stored = host.leerlijn().core().submissions().upload(People.student("student-sanne"), sanne.id(),
                new ActivityKey("pa-concept"), key, files, text);
        SubmissionId id = ((UploadOutcome.Stored) stored).submission().id();
        host.leerlijn().core().submissions().submit(People.student("student-sanne"), id);
        return id;
    }

    private HttpResponse<String> mark(String user, Map<String, String> levels, String action, Map<String, String> more) {
        Map<String, String> form = new HashMap<>(levels);
        form.putAll(more);
        form.put("action", action);
        return host.post("/marking/" + concept.value(), user, form);
    }

    /** Posts the agreement form as the page would: naming the assessment's version the page showed. */
    private HttpResponse<String> agree(String user, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("agreementBasedOn", Integer.toString(host.leerlijn().core().assessments().marking(anna, concept).version()));
        return host.post("/marking/" + concept.value() + "/agreement", user, form);
    }

    private String page(String path, String user) {
        return host.get(path, "X-Test-User", user).body();
    }

    @Test
    void aConceptGoesFromTwoIndependentMarkingsThroughAgreementAndReleaseToTheStudentsPaperPage() {
        assertThat(page("/cohorts/" + cohort.id().value() + "/marking", "docent-anna"))
                .contains("Deelnemer student-sanne", "Conceptversie paper", "Nog niet begonnen", "Jouw beurt");
        String markingPage = page("/marking/" + concept.value(), "docent-anna");
        assertThat(markingPage).contains("concept.pdf", "Praktijkvraagstuk en vraagstelling",
                "type=\"radio\" name=\"level-vraagstelling\"", "vereist: minstens 2 punten", "Opslaan en afronden");

        assertThat(mark("docent-anna", ALL_VOLDOENDE, "done", Map.of("comment-onderbouwing", "Bronnen uit 2015; zoek recentere.",
                "feedback", "Helder opgebouwd.")).statusCode()).isEqualTo(303);
        String bobsPage = page("/marking/" + concept.value(), "tweede-bob");
        assertThat(bobsPage).contains("Je beoordeelt onafhankelijk").doesNotContain("Bronnen uit 2015", "Helder opgebouwd.");

        Map<String, String> bobs = new HashMap<>(ALL_VOLDOENDE);
        bobs.put("level-reflectie", "2");
        assertThat(mark("tweede-bob", bobs, "done", Map.of("feedback", "Sterke reflectie.")).statusCode()).isEqualTo(303);
        String compared = page("/marking/" + concept.value(), "docent-anna");
        assertThat(compared).contains("De beoordelingen naast elkaar", "Sterke reflectie.", "verschil", "Uitslag vaststellen");

        Map<String, String> agreed = new HashMap<>();
        ALL_VOLDOENDE.forEach((k, v) -> agreed.put("agreed-" + k, v));
        agreed.put("agreed-comment-onderbouwing", "Zoek recentere bronnen over de Participatiewet.");
        agreed.put("agreed-feedback", "Een helder concept; werk de onderbouwing bij.");
        assertThat(agree("docent-anna", agreed).statusCode()).isEqualTo(303);
        assertThat(page("/paper", "student-sanne")).contains("de beoordeling is nog niet vrijgegeven")
                .doesNotContain("Een helder concept");

        assertThat(host.post("/marking/" + concept.value() + "/release", "docent-anna", Map.of()).statusCode()).isEqualTo(303);

        assertThat(page("/paper", "student-sanne")).contains("Beoordeling van versie 1", "Een helder concept; werk de onderbouwing bij.",
                "Zoek recentere bronnen over de Participatiewet.", "Onderbouwing met literatuur en evidence", "Voldoende (2 punten)");
        assertThat(page("/cohorts/" + cohort.id().value() + "/marking?status=RELEASED", "docent-anna"))
                .contains("Deelnemer student-sanne", "1 van 1 ingeleverde versie");
    }

    @Test
    void finishingWithoutALevelForEveryCriterionIsRefusedAndWhatWasTypedStays() {
        HttpResponse<String> refused = mark("docent-anna", Map.of("level-vraagstelling", "2"), "done",
                Map.of("comment-reflectie", "Nog aanvullen", "feedback", "Mijn halve feedback"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Kies bij elk criterium een niveau", "href=\"#field-level-onderbouwing\"", "Nog aanvullen",
                "Mijn halve feedback", "value=\"2\"\n          id=\"level-vraagstelling-2\"\n          checked");
        assertThat(host.leerlijn().core().assessments().marking(anna, concept).own()).isEmpty();
    }

    @Test
    void aSaveStartedFromAnOlderPageEndsInAConflictPageShowingBothAndOverwritesNothing() {
        mark("docent-anna", Map.of("level-vraagstelling", "2"), "save", Map.of("feedback", "Uit het eerste venster", "basedOn", "0"));

        HttpResponse<String> stale = mark("docent-anna", Map.of("level-vraagstelling", "0"), "save",
                Map.of("feedback", "Uit het oude venster", "basedOn", "0"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Intussen gewijzigd", "Uit het eerste venster", "Uit het oude venster", "Goed", "Onvoldoende");
        assertThat(host.leerlijn().core().assessments().marking(anna, concept).own())
                .hasValueSatisfying(m -> assertThat(m.feedback()).isEqualTo("Uit het eerste venster"));
    }

    @Test
    void changingAnAgreedResultAsksForAReasonAndTheTweedeBeoordelaarCannotAgree() {
        mark("docent-anna", ALL_VOLDOENDE, "done", Map.of());
        mark("tweede-bob", ALL_VOLDOENDE, "done", Map.of());
        Map<String, String> agreed = new HashMap<>();
        ALL_VOLDOENDE.forEach((k, v) -> agreed.put("agreed-" + k, v));
        assertThat(agree("tweede-bob", agreed).statusCode()).isEqualTo(403);
        agree("docent-anna", agreed);

        agreed.put("agreed-level-reflectie", "2");
        HttpResponse<String> withoutReason = agree("docent-anna", agreed);

        assertThat(withoutReason.statusCode()).isEqualTo(400);
        assertThat(withoutReason.body()).contains("Geef een reden voor de wijziging");
        Map<String, String> withoutLevel = new HashMap<>(agreed);
        withoutLevel.remove("agreed-level-reflectie");
        withoutLevel.put("reason", "Telfout bij reflectie");
        assertThat(agree("docent-anna", withoutLevel).body()).as("a refused change keeps its reason")
                .contains("Kies bij elk criterium een niveau", ">Telfout bij reflectie</textarea>");
        agreed.put("reason", "=HYPERLINK(\"x\") telfout");
        assertThat(agree("docent-anna", agreed).statusCode()).isEqualTo(303);
        assertThat(mark("docent-anna", ALL_VOLDOENDE, "save", Map.of("basedOn", "1")).statusCode())
                .as("markings are closed once the result is agreed").isEqualTo(409);

        String csv = host.get("/cohorts/" + cohort.id().value() + "/results/audit.csv", "X-Test-User", "docent-anna").body();
        assertThat(csv).contains("Tijdstip;Deelnemer;Onderdeel;Versie;Door", "Deelnemer student-sanne;Conceptversie paper;1",
                "Beoordeling tweede beoordelaar afgerond", "Uitslag vastgesteld", "'=HYPERLINK");
        assertThat(csv.lines().count()).isEqualTo(5);
    }

    @Test
    void aRevisionAskedForInTheAgreementReachesTheStudentWithItsLastDayOnRelease() {
        mark("docent-anna", ALL_VOLDOENDE, "done", Map.of());
        mark("tweede-bob", ALL_VOLDOENDE, "done", Map.of());
        assertThat(page("/marking/" + concept.value(), "docent-anna")).contains("Vraag de student om een herziening");
        Map<String, String> agreed = new HashMap<>();
        ALL_VOLDOENDE.forEach((k, v) -> agreed.put("agreed-" + k, v));
        agreed.put("agreed-level-vraagstelling", "0");
        agreed.put("revision", "yes");
        agree("docent-anna", agreed);
        assertThat(page("/paper", "student-sanne")).doesNotContain("herziening: lever");

        host.post("/marking/" + concept.value() + "/release", "docent-anna", Map.of());

        assertThat(page("/paper", "student-sanne")).contains("Je beoordelaars vragen om een herziening: lever uiterlijk",
                "Herziening gevraagd", "een vereist criterium is onvoldoende");
    }

    @Test
    void aResultRecordedFromAPageThatIsOutOfDateEndsInAConflictPageAndTheFirstResultStays() {
        mark("docent-anna", ALL_VOLDOENDE, "done", Map.of());
        mark("tweede-bob", ALL_VOLDOENDE, "done", Map.of());
        String agreementForm = page("/marking/" + concept.value(), "docent-anna");
        String seen = agreementForm.replaceAll("(?s).*name=\"agreementBasedOn\" value=\"(\\d+)\".*", "$1");
        Map<String, String> first = new HashMap<>();
        ALL_VOLDOENDE.forEach((k, v) -> first.put("agreed-" + k, v));
        first.put("agreed-feedback", "Uit het eerste tabblad");
        first.put("agreementBasedOn", seen);
        assertThat(host.post("/marking/" + concept.value() + "/agreement", "docent-anna", first).statusCode()).isEqualTo(303);

        Map<String, String> second = new HashMap<>(first);
        second.put("agreed-feedback", "Uit het tweede tabblad");
        second.put("reason", "Bijgesteld");
        HttpResponse<String> stale = host.post("/marking/" + concept.value() + "/agreement", "docent-anna", second);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("De uitslag is intussen door iemand anders vastgesteld", "Uit het eerste tabblad",
                "Uit het tweede tabblad");
        assertThat(host.leerlijn().core().assessments().marking(anna, concept).agreed())
                .hasValueSatisfying(a -> assertThat(a.feedback()).isEqualTo("Uit het eerste tabblad"));
    }

    @Test
    void theKerndocentReleasesEveryAgreedResultOfTheCohortAtOnce() {
        mark("docent-anna", ALL_VOLDOENDE, "done", Map.of());
        mark("tweede-bob", ALL_VOLDOENDE, "done", Map.of());
        Map<String, String> agreed = new HashMap<>();
        ALL_VOLDOENDE.forEach((k, v) -> agreed.put("agreed-" + k, v));
        agree("docent-anna", agreed);
        assertThat(page("/cohorts/" + cohort.id().value() + "/marking", "docent-anna")).contains("De vastgestelde uitslag vrijgeven");
        assertThat(page("/cohorts/" + cohort.id().value() + "/marking", "tweede-bob")).doesNotContain("vrijgeven");

        HttpResponse<String> released = host.post("/cohorts/" + cohort.id().value() + "/marking/release", "docent-anna", Map.of());

        assertThat(released.statusCode()).isEqualTo(303);
        assertThat(host.leerlijn().core().assessments().marking(anna, concept).state()).isEqualTo(AssessmentState.RELEASED);
        assertThat(page("/paper", "student-sanne")).contains("Beoordeling van versie 1");
    }

    @Test
    void theQueueFiltersByPartAndStateAndFlagsLateWork() {
        mark("tweede-bob", ALL_VOLDOENDE, "done", Map.of());

        String waitingForBob = page("/cohorts/" + cohort.id().value() + "/marking?status=mine", "tweede-bob");
        String inMarking = page("/cohorts/" + cohort.id().value() + "/marking?status=IN_MARKING&onderdeel=pa-concept", "docent-anna");
        String otherPart = page("/cohorts/" + cohort.id().value() + "/marking?onderdeel=pa-eindversie", "docent-anna");

        assertThat(waitingForBob).contains("0 van 1 ingeleverde versie");
        assertThat(inMarking).contains("1 van 1 ingeleverde versie", "kerndocent klaar: nee, tweede beoordelaar klaar: ja");
        assertThat(otherPart).contains("0 van 1 ingeleverde versie", "Er is niets ingeleverd dat bij dit filter past.");
        assertThat(inMarking).doesNotContain("te laat");
    }

    @Test
    void theStudentComparesTwoTextVersionsWordByWord() {
        SubmissionId first = handIn("t1", List.of(), Optional.of("De klant staat centraal."));
        SubmissionId second = handIn("t2", List.of(), Optional.of("De klant en het netwerk staan centraal."));

        assertThat(page("/paper", "student-sanne")).contains("/paper/versions/" + second.value() + "/compare?met=" + first.value());
        String compared = page("/paper/versions/" + second.value() + "/compare?met=" + first.value(), "student-sanne");

        assertThat(compared).contains("Versie 3 tegenover versie 2: 4 woorden toegevoegd, 1 verwijderd.",
                "<del><span class=\"ll-visually-hidden\">[verwijderd: </span>staat ", "en het netwerk staan ");
        assertThat(host.get("/paper/versions/" + concept.value() + "/compare", "X-Test-User", "student-sanne").statusCode())
                .as("the first version has nothing before it").isEqualTo(400);
        assertThat(page("/marking/" + second.value(), "docent-anna"))
                .contains("/paper/versions/" + second.value() + "/compare?met=" + first.value(), "Vergelijk met versie 2");
        assertThat(page("/paper/versions/" + second.value() + "/compare", "docent-anna"))
                .as("without a version to compare with, the previous text version is taken").contains("Versie 3 tegenover versie 2")
                .contains("/marking/" + second.value());
    }

    @Test
    void anAssessorWhoReadsEnglishGetsTheQueueAndTheMarkingPageInEnglish() {
        host.signIn("tweede-bob", "Bob", Role.SECOND_ASSESSOR, Optional.of(java.util.Locale.ENGLISH));

        assertThat(page("/cohorts/" + cohort.id().value() + "/marking", "tweede-bob"))
                .contains("Assessments", "Waiting for me", "Not started", "1 of 1 handed-in version");
        assertThat(page("/marking/" + concept.value(), "tweede-bob"))
                .contains("Assessment form", "you assess as second assessor", "Save and finish", "required: at least 2 points")
                .doesNotContain("Beoordelingsformulier");
    }

    @Test
    void theExamencommissieFindsEveryCohortAndItsRecordButNoMarkingPage() {
        host.signIn("examen-eva", "Eva", Role.EXAM_COMMITTEE, Optional.empty());

        assertThat(page("/", "examen-eva")).contains("href=\"/lms/leerlijn/results\">Resultaatverantwoording</a>");
        assertThat(page("/results", "examen-eva")).contains("Leergang najaar 2026",
                "/cohorts/" + cohort.id().value() + "/results/audit.csv");
        assertThat(host.get("/cohorts/" + cohort.id().value() + "/results/audit.csv", "X-Test-User", "examen-eva").statusCode())
                .isEqualTo(200);
        assertThat(host.get("/marking/" + concept.value(), "X-Test-User", "examen-eva").statusCode()).isEqualTo(403);
    }

    @Test
    void theExamencommissieReadsAVersionWithBothFinishedMarkingsTheAgreedResultAndItsHistoryAndChangesNothing() {
        host.signIn("examen-eva", "Eva", Role.EXAM_COMMITTEE, Optional.empty());
        mark("docent-anna", ALL_VOLDOENDE, "done", Map.of("feedback", "Helder opgebouwd."));
        mark("tweede-bob", Map.of("level-vraagstelling", "2", "level-onderbouwing", "1", "level-verbetervoorstel", "1",
                "level-reflectie", "1"), "done", Map.of("feedback", "Sterke vraag."));
        agree("docent-anna", Map.of("agreed-level-vraagstelling", "2", "agreed-level-onderbouwing", "1",
                "agreed-level-verbetervoorstel", "1", "agreed-level-reflectie", "1", "agreed-feedback", "Goed gedaan."));
        agree("docent-anna", Map.of("agreed-level-vraagstelling", "1", "agreed-level-onderbouwing", "1",
                "agreed-level-verbetervoorstel", "1", "agreed-level-reflectie", "1", "reason", "Vraag toch niet scherp genoeg"));

        String results = page("/results/" + cohort.id().value(), "examen-eva");
        String record = page("/results/versions/" + concept.value(), "examen-eva");
        String participantPage = page("/cohorts/" + cohort.id().value() + "/participants/" + sanne.id().value(), "examen-eva");

        assertThat(results).contains("Deelnemer student-sanne", "/results/versions/" + concept.value());
        assertThat(record).contains("Alleen lezen", "concept.pdf", "Helder opgebouwd.", "Sterke vraag.", "Goed (3)", "Voldoende (2)",
                "Vraag toch niet scherp genoeg", "Uitslag vastgesteld", "Docent docent-anna", "Bob")
                .doesNotContain("name=\"level-", "Opslaan en afronden")
                .as("the history gives grades with a decimal comma").doesNotContain(">7.5<", ">6.7<").contains("data-label=\"Nieuw\">7,5<");
        assertThat(participantPage).contains("Ingeleverd werk", "/results/versions/" + concept.value()).doesNotContain("/marking/");
        assertThat(host.post("/marking/" + concept.value() + "/release", "examen-eva", Map.of()).statusCode()).isEqualTo(403);
        assertThat(host.get("/results/versions/" + concept.value(), "X-Test-User", "tweede-bob").statusCode()).isEqualTo(403);
    }

    @Test
    void anAssessorWhoFinishedDoesNotSeeTheOtherMarkingWhileTheOtherIsStillAtWork() {
        mark("tweede-bob", Map.of("level-vraagstelling", "2"), "save", Map.of("feedback", "Bob denkt nog na"));
        mark("docent-anna", ALL_VOLDOENDE, "done", Map.of("feedback", "Anna is klaar"));

        String annasPage = page("/marking/" + concept.value(), "docent-anna");
        String bobsPage = page("/marking/" + concept.value(), "tweede-bob");

        assertThat(annasPage).contains("Je hebt je beoordeling afgerond").doesNotContain("Bob denkt nog na", "De beoordelingen naast elkaar");
        assertThat(bobsPage).contains("Bob denkt nog na").doesNotContain("Anna is klaar", "De beoordelingen naast elkaar");
    }

    @Test
    void aSecondTabThatSavesFromAnOlderVersionGetsTheConflictPageAndOverwritesNothing() {
        mark("docent-anna", Map.of("level-vraagstelling", "1"), "save", Map.of("feedback", "Eerste opslag", "basedOn", "0"));
        String tab = page("/marking/" + concept.value(), "docent-anna");
        java.util.regex.Matcher basedOn = java.util.regex.Pattern.compile("name=\"basedOn\" value=\"(\\d+)\"").matcher(tab);
        assertThat(basedOn.find()).isTrue();
        assertThat(basedOn.group(1)).isEqualTo("1");
        mark("docent-anna", Map.of("level-vraagstelling", "2"), "save", Map.of("feedback", "Ander tabblad", "basedOn", basedOn.group(1)));

        HttpResponse<String> stale = mark("docent-anna", Map.of("level-vraagstelling", "0"), "save",
                Map.of("feedback", "Oud tabblad", "basedOn", basedOn.group(1)));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Ander tabblad", "Oud tabblad", "Opgeslagen beoordeling openen");
        assertThat(host.leerlijn().core().assessments().marking(anna, concept).own())
                .hasValueSatisfying(m -> assertThat(m.feedback()).isEqualTo("Ander tabblad"));
    }

    @Test
    void aMarkingWithAnUnknownLevelComesBackWithTheInputAndTheProblemAndSavesNothing() {
        HttpResponse<String> refused = mark("docent-anna", Map.of("level-vraagstelling", "7", "level-onderbouwing", "x"), "save",
                Map.of("feedback", "Mijn lange toelichting"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Kies bij elk criterium een niveau.", "Mijn lange toelichting");
        assertThat(host.leerlijn().core().assessments().marking(anna, concept).own()).isEmpty();
    }
}
