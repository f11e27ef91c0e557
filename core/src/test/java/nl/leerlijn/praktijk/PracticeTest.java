package nl.leerlijn.praktijk;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.intervisie.CaseRefusedException;
import nl.leerlijn.notification.Mail;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.Upload;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.submission.WorkNotSharedYetException;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.RecordingNotifier;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class PracticeTest {
    static final ActivityKey TRAINING = new ActivityKey("po-vaktraining");
    static final ActivityKey PLAN = new ActivityKey("po-vaktraining-plan");
    static final Map<String, Integer> SHARED_VOLDOENDE = Map.of("uitvoering", 1, "resultaat", 1, "werkbegeleider", 1);
    static final Outcomes OUTCOMES = new Outcomes("Bijstandsgerechtigden, 27 tot 50 jaar", OptionalInt.of(4), OptionalInt.of(10),
            List.of(new Measure("Uitstroom naar werk", "70%"), new Measure("Tevredenheid", "8,1")),
            "Een deelnemer: ik durf weer te solliciteren.");

    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private final RecordingNotifier mails = new RecordingNotifier();
    private CoreFixture fixture;
    private LeerlijnCore core;
    private final Actor docent = kerndocent("docent-anna");
    private Cohort cohort;
    private Participant esra;
    private Participant tom;
    private Participant priya;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database, clock, b -> b.notifier(mails));
        core = fixture.core();
        cohort = fixture.cohortBy(docent);
        esra = enrol("esra", "Gemeente Utrecht", OrganisationType.GEMEENTE, JobFunction.KLANTMANAGER);
        tom = enrol("tom", "Careyn", OrganisationType.ZORGORGANISATIE, JobFunction.WMO_CONSULENT);
        priya = enrol("priya", "Gemeente Zeist", OrganisationType.GEMEENTE, JobFunction.JEUGDCONSULENT);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private Participant enrol(String id, String organisation, OrganisationType type, JobFunction function) {
        return core.enrolment().enrol(docent, cohort.id(), participant(id, organisation, type, function)).participant();
    }

    private static Actor self(Participant p) {
        return student(p.userId().value());
    }

    private Duo confirmedDuo(Participant a, Participant b) {
        return core.practice().makeDuo(docent, cohort.id(), TRAINING, List.of(a.id(), b.id()));
    }

    private Submission upload(Participant p, ActivityKey activity, String text, Outcomes outcomes) {
        UploadOutcome stored = core.submissions().upload(self(p), p.id(), activity, UUID.randomUUID().toString(),
                List.of(new Upload("verslag.pdf", new ByteArrayInputStream("%PDF-1.7 verslag".getBytes(StandardCharsets.UTF_8)))),
                Optional.of(text), core.practice().outcomes(self(p), p.id(), activity, outcomes, Optional.of(text)));
        return ((UploadOutcome.Stored) stored).submission();
    }

    private Submission handedInReport() {
        confirmedDuo(esra, tom);
        Submission version = upload(esra, TRAINING, "Verslag van de training", OUTCOMES);
        core.submissions().submit(self(esra), version.id());
        return version;
    }

    @Test
    void theEngineProposesDuosAcrossDisciplinesWithOneTrioWhenTheCountIsOdd() {
        Participant sem = enrol("sem", "Gemeente Utrecht", OrganisationType.GEMEENTE, JobFunction.KLANTMANAGER);
        Participant lotte = enrol("lotte", "Careyn", OrganisationType.ZORGORGANISATIE, JobFunction.WMO_CONSULENT);

        DuoOverview overview = core.practice().proposeDuos(docent, cohort.id(), TRAINING, 7);

        assertThat(overview.duos()).extracting(d -> d.members().size()).containsExactlyInAnyOrder(2, 3);
        assertThat(overview.unpaired()).isEmpty();
        assertThat(overview.duos()).allSatisfy(d -> assertThat(d.confirmed()).isFalse());
        Map<ParticipantId, Participant> byId = overview.participants().stream()
                .collect(Collectors.toMap(Participant::id, p -> p));
        assertThat(overview.duos()).allSatisfy(d -> assertThat(d.members().stream().map(byId::get)
                .map(p -> p.profile().function()).distinct().count()).isGreaterThan(1));
        assertThat(List.of(sem, lotte)).allSatisfy(p -> assertThat(overview.duos()).anySatisfy(d -> assertThat(d.members()).contains(p.id())));
    }

    @Test
    void aPartnerTheParticipantsProposedStaysTogetherAndWorkWaitsForTheKerndocentsConfirmation() {
        enrol("sem", "Gemeente Utrecht", OrganisationType.GEMEENTE, JobFunction.PARTICIPATIECONSULENT);
        Duo proposed = core.practice().proposePartner(self(esra), esra.id(), TRAINING, priya.id());

        assertThatThrownBy(() -> upload(esra, PLAN, "Ons plan", new Outcomes("", OptionalInt.empty(), OptionalInt.empty(), List.of(), "")))
                .isInstanceOf(WorkNotSharedYetException.class);
        DuoOverview overview = core.practice().proposeDuos(docent, cohort.id(), TRAINING, 3);
        assertThat(overview.duos()).anySatisfy(d -> {
            assertThat(d.members()).containsExactlyInAnyOrder(esra.id(), priya.id());
            assertThat(d.origin()).isEqualTo(DuoOrigin.PARTICIPANT);
        });

        Duo kept = overview.duos().stream().filter(d -> d.members().contains(esra.id())).findFirst().orElseThrow();
        assertThat(core.practice().confirm(docent, cohort.id(), List.of(kept.id()))).isEqualTo(1);
        assertThat(upload(esra, PLAN, "Ons plan", new Outcomes("", OptionalInt.empty(), OptionalInt.empty(), List.of(), "")).version())
                .isEqualTo(1);
        assertThat(proposed.members()).containsExactly(esra.id(), priya.id());
    }

    @Test
    void bothMembersSeeEveryVersionOfTheSharedWorkAndNoOtherParticipantDoes() {
        confirmedDuo(esra, tom);

        Submission plan = upload(esra, PLAN, "Ons plan: vier bijeenkomsten", OUTCOMES);

        List<Submission> tomSees = core.submissions().versions(self(tom), tom.id(), PLAN);
        assertThat(tomSees).singleElement().satisfies(v -> {
            assertThat(v.text()).contains("Ons plan: vier bijeenkomsten");
            assertThat(v.uploadedBy()).contains(esra.id());
            assertThat(v.handedIn()).isFalse();
        });
        assertThatThrownBy(() -> core.submissions().versions(self(priya), esra.id(), PLAN)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.submissions().submission(self(priya), plan.id())).isInstanceOf(NotPermittedException.class);
        assertThat(core.submissions().versions(docent, esra.id(), PLAN)).isEmpty();

        core.submissions().submit(self(tom), tomSees.get(0).id());

        assertThat(core.submissions().versions(docent, esra.id(), PLAN)).singleElement().satisfies(v -> assertThat(v.handedIn()).isTrue());
        assertThat(core.submissions().versions(docent, tom.id(), PLAN)).singleElement().satisfies(v -> assertThat(v.handedIn()).isTrue());
        assertThat(core.submissions().versions(self(priya), priya.id(), PLAN)).isEmpty();
    }

    @Test
    void sharedCriteriaAreMarkedOnceAndEachMemberGetsAnIndividualResult() {
        Submission esraCopy = handedInReport();
        Submission tomCopy = core.submissions().versions(self(tom), tom.id(), TRAINING).get(0);

        core.assessments().saveMarking(docent, esraCopy.id(), with(SHARED_VOLDOENDE, "eigen-reflectie", 2), Map.of(), "", true, 0);

        assertThat(core.assessments().marking(docent, tomCopy.id()).own().orElseThrow().levels())
                .containsAllEntriesOf(SHARED_VOLDOENDE).doesNotContainKey("eigen-reflectie");
        core.assessments().saveMarking(docent, tomCopy.id(), with(SHARED_VOLDOENDE, "eigen-reflectie", 0), Map.of(), "", true, 1);
        core.assessments().agree(docent, esraCopy.id(), with(SHARED_VOLDOENDE, "eigen-reflectie", 2), Map.of(), "Sterk.", false, null);
        core.assessments().agree(docent, tomCopy.id(), with(SHARED_VOLDOENDE, "eigen-reflectie", 0), Map.of(), "Reflectie ontbreekt.",
                false, null);
        core.assessments().release(docent, esraCopy.id());
        core.assessments().release(docent, tomCopy.id());

        assertThat(core.assessments().result(self(esra), esraCopy.id()).orElseThrow().agreement().score().points()).isEqualTo(5);
        assertThat(core.assessments().result(self(tom), tomCopy.id()).orElseThrow().agreement().score().points()).isEqualTo(3);
        assertThatThrownBy(() -> core.assessments().result(self(tom), esraCopy.id())).isInstanceOf(NotPermittedException.class);
    }

    private static Map<String, Integer> with(Map<String, Integer> levels, String key, int level) {
        Map<String, Integer> all = new java.util.HashMap<>(levels);
        all.put(key, level);
        return all;
    }

    @Test
    void aPartnerWhoWithdrawsLeavesTheOtherWithTheWorkSoFar() {
        confirmedDuo(esra, tom);
        upload(esra, PLAN, "Eerste plan", OUTCOMES);

        core.enrolment().withdraw(docent, tom.id(), Optional.of("Andere baan"));
        Submission second = upload(esra, PLAN, "Tweede plan, alleen", OUTCOMES);

        assertThat(second.version()).isEqualTo(2);
        assertThat(core.submissions().versions(self(esra), esra.id(), PLAN)).extracting(v -> v.text().orElseThrow())
                .containsExactly("Eerste plan", "Tweede plan, alleen");
        assertThat(core.submissions().versions(docent, tom.id(), PLAN)).isEmpty();
        assertThat(core.submissions().versions(self(tom), tom.id(), PLAN)).extracting(Submission::version).containsExactly(1);
    }

    @Test
    void aDuoWithSharedWorkCannotBeBrokenUp() {
        Duo duo = confirmedDuo(esra, tom);
        upload(esra, PLAN, "Plan", OUTCOMES);

        assertThatThrownBy(() -> core.practice().makeDuo(docent, cohort.id(), TRAINING, List.of(tom.id(), priya.id())))
                .isInstanceOf(DuoHasWorkException.class);
        assertThat(core.practice().duos(docent, cohort.id(), TRAINING).duos()).extracting(Duo::id).containsExactly(duo.id());
        assertThat(core.practice().duos(docent, cohort.id(), TRAINING).withWork()).containsExactly(duo.id());
    }

    @Test
    void outcomesThatIdentifyAClientAreRefusedAndNothingIsStored() {
        confirmedDuo(esra, tom);
        Outcomes identifying = new Outcomes("Ouders", OptionalInt.of(3), OptionalInt.of(8), List.of(),
                "Mevrouw met BSN 111222333 zei dat het hielp.");

        assertThatThrownBy(() -> upload(esra, TRAINING, "Verslag", identifying)).isInstanceOf(CaseRefusedException.class);
        assertThatThrownBy(() -> upload(esra, TRAINING, "Verslag", new Outcomes("Ouders", OptionalInt.of(-1), OptionalInt.empty(),
                List.of(), ""))).isInstanceOf(OutcomesRefusedException.class);

        assertThat(core.submissions().versions(self(esra), esra.id(), TRAINING)).isEmpty();
    }

    @Test
    void theCohortsOutcomesListTheLatestHandedInReportOfEachDuoWithTheWerkbegeleidersAnswer() {
        Submission version = handedInReport();
        core.practice().nameSupervisor(self(esra), esra.id(), TRAINING, new Supervisor("Karin Smit", "k.smit@utrecht.nl",
                "Gemeente Utrecht", "Teamleider werk en inkomen"));
        SupervisorRequest request = core.practice().requestConfirmation(self(esra), version.id());
        String token = token(request);
        SupervisorView view = core.practice().supervisorView(token).orElseThrow();
        core.practice().decide(token, view.formToken(), Decision.CONFIRMED, "Goed uitgevoerd.");

        List<OutcomeRow> rows = core.practice().outcomeRows(docent, cohort.id());

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.members()).extracting(Participant::id).containsExactlyInAnyOrder(esra.id(), tom.id());
            assertThat(row.outcomes().measures()).extracting(Measure::value).containsExactly("70%", "8,1");
            assertThat(row.outcomes().participantsReached()).hasValue(10);
            assertThat(row.confirmation().orElseThrow().remark()).isEqualTo("Goed uitgevoerd.");
        });
        assertThatThrownBy(() -> core.practice().outcomeRows(self(esra), cohort.id())).isInstanceOf(NotPermittedException.class);
    }

    private String token(SupervisorRequest request) {
        return core.practice().linkPath(request).substring("/werkbegeleider/".length());
    }

    @Test
    void theWerkbegeleiderGetsASignedLinkThatShowsTheReportAndIsUsedUpByTheAnswer() {
        Submission version = handedInReport();
        core.practice().nameSupervisor(self(esra), esra.id(), TRAINING, new Supervisor("Karin Smit", "k.smit@utrecht.nl",
                "Gemeente Utrecht", "Teamleider werk en inkomen"));

        SupervisorRequest request = core.practice().requestConfirmation(self(esra), version.id());
        core.practice().sendRequest(request.id());

        Mail mail = mails.sent().get(0);
        assertThat(mail.to()).isEqualTo("k.smit@utrecht.nl");
        assertThat(mail.text()).contains(core.practice().linkPath(request));
        SupervisorView view = core.practice().supervisorView(token(request)).orElseThrow();
        assertThat(view.state()).isEqualTo(SupervisorRequest.State.OPEN);
        assertThat(view.version().text()).contains("Verslag van de training");
        assertThat(view.outcomes().orElseThrow().targetGroup()).isEqualTo(OUTCOMES.targetGroup());
        assertThat(view.participants()).containsExactlyInAnyOrder("Deelnemer esra", "Deelnemer tom");

        assertThat(core.practice().decide(token(request), "not-the-form-token", Decision.CONFIRMED, "")).isEmpty();
        assertThat(core.practice().decide(token(request), view.formToken(), Decision.CONFIRMED, "Klopt.")).contains(SupervisorRequest.State.CONFIRMED);
        assertThat(core.practice().decide(token(request), view.formToken(), Decision.DECLINED, "Toch niet")).contains(SupervisorRequest.State.CONFIRMED);

        PracticeEvidence evidence = core.practice().evidence(docent, core.submissions().versions(docent, tom.id(), TRAINING).get(0).id());
        assertThat(evidence.answer().orElseThrow().remark()).isEqualTo("Klopt.");
        assertThat(evidence.answer().orElseThrow().supervisor().name()).isEqualTo("Karin Smit");
    }

    @Test
    void aChangedLinkIsNotALinkAndAnExpiredOneSaysSo() {
        Submission version = handedInReport();
        core.practice().nameSupervisor(self(esra), esra.id(), TRAINING, new Supervisor("Karin Smit", "k.smit@utrecht.nl", "Utrecht", "Teamleider"));
        SupervisorRequest request = core.practice().requestConfirmation(self(esra), version.id());
        String token = token(request);
        String[] parts = token.split("\\.");

        String otherVersion = parts[0] + "." + parts[1] + "." + (version.id().value() + 1) + "." + parts[3];
        String laterExpiry = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2] + "." + parts[3];
        String otherRequest = UUID.randomUUID() + "." + parts[1] + "." + parts[2] + "." + parts[3];
        assertThat(List.of(otherVersion, laterExpiry, otherRequest, "junk", token + "x"))
                .allSatisfy(t -> assertThat(core.practice().supervisorView(t)).isEmpty());

        clock.advance(Duration.ofDays(15));
        SupervisorView expired = core.practice().supervisorView(token).orElseThrow();
        assertThat(expired.state()).isEqualTo(SupervisorRequest.State.EXPIRED);
        assertThat(core.practice().decide(token, expired.formToken(), Decision.CONFIRMED, "")).contains(SupervisorRequest.State.EXPIRED);
    }

    @Test
    void resendingMakesANewLinkAndTheOldOneStopsWorking() {
        Submission version = handedInReport();
        core.practice().nameSupervisor(self(esra), esra.id(), TRAINING, new Supervisor("Karin Smit", "k.smit@utrecht.nl", "Utrecht", "Teamleider"));
        SupervisorRequest first = core.practice().requestConfirmation(self(esra), version.id());
        String firstForm = core.practice().supervisorView(token(first)).orElseThrow().formToken();
        clock.advance(Duration.ofMinutes(3));

        SupervisorRequest second = core.practice().requestConfirmation(self(esra), version.id());

        assertThat(core.practice().supervisorView(token(first)).orElseThrow().state()).isEqualTo(SupervisorRequest.State.REPLACED);
        assertThat(core.practice().decide(token(first), firstForm, Decision.CONFIRMED, "")).contains(SupervisorRequest.State.REPLACED);
        core.practice().sendRequest(first.id());
        assertThat(mails.sent()).isEmpty();
        assertThat(core.practice().supervisorView(token(second)).orElseThrow().state()).isEqualTo(SupervisorRequest.State.OPEN);
    }

    @Test
    void onlyTheParticipantThemselfAsksTheirWerkbegeleiderAndOnlyAboutAHandedInReport() {
        confirmedDuo(esra, tom);
        Submission draft = upload(esra, TRAINING, "Nog niet af", OUTCOMES);
        core.practice().nameSupervisor(self(esra), esra.id(), TRAINING, new Supervisor("Karin Smit", "k.smit@utrecht.nl", "Utrecht", "Teamleider"));

        assertThatThrownBy(() -> core.practice().requestConfirmation(self(esra), draft.id())).isInstanceOf(ConfirmationNotPossibleException.class);
        core.submissions().submit(self(esra), draft.id());
        assertThatThrownBy(() -> core.practice().requestConfirmation(self(priya), draft.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.practice().requestConfirmation(docent, draft.id())).isInstanceOf(NotPermittedException.class);
        Submission tomCopy = core.submissions().versions(self(tom), tom.id(), TRAINING).get(0);
        assertThatThrownBy(() -> core.practice().requestConfirmation(self(tom), tomCopy.id()))
                .isInstanceOf(ConfirmationNotPossibleException.class);
        assertThat(core.practice().work(self(esra), esra.id())).filteredOn(w -> w.assignment().key().equals(TRAINING)).singleElement()
                .satisfies(w -> assertThat(w.partners()).extracting(Participant::id).containsExactly(tom.id()));
    }

    @Test
    void aVersionsWerkbegeleiderGetsAtMostFiveLinksAndNeverTwoWithinTwoMinutes() {
        Submission version = handedInReport();
        core.practice().nameSupervisor(self(esra), esra.id(), TRAINING, new Supervisor("Karin Smit", "k.smit@utrecht.nl", "Utrecht", "Teamleider"));
        core.practice().requestConfirmation(self(esra), version.id());

        assertThatThrownBy(() -> core.practice().requestConfirmation(self(esra), version.id())).isInstanceOf(TooManyLinksException.class);
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(3));
            core.practice().requestConfirmation(self(esra), version.id());
        }
        clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> core.practice().requestConfirmation(self(esra), version.id())).isInstanceOf(TooManyLinksException.class);
    }

    @Test
    void aWerkbegeleiderWhoseNameIsALinkIsRefusedAndALinkToAFellowStudentIsFlaggedToTheAssessors() {
        Submission version = handedInReport();
        assertThatThrownBy(() -> core.practice().nameSupervisor(self(esra), esra.id(), TRAINING, new Supervisor(
                "Win een prijs op www.example.com", "k.smit@utrecht.nl", "Utrecht", "Teamleider")))
                .isInstanceOf(nl.leerlijn.InvalidInputException.class);
        assertThatThrownBy(() -> core.practice().nameSupervisor(self(esra), esra.id(), TRAINING, new Supervisor(
                "Karin Smit", "k.smit@utrecht.nl", "prijzen.nl", "Teamleider"))).isInstanceOf(nl.leerlijn.InvalidInputException.class);

        core.practice().nameSupervisor(self(esra), esra.id(), TRAINING, new Supervisor("Tom", tom.profile().email(), "Utrecht", "Collega"));
        core.practice().requestConfirmation(self(esra), version.id());

        assertThat(core.practice().evidence(docent, version.id()).supervisorIsParticipant()).isTrue();
    }

    @Test
    void aColleaguesMarkingOfThePartnersCopyIsNotOverwrittenByTheSharedCriteria() {
        Actor henk = kerndocent("tweede-henk");
        core.cohorts().assignStaff(docent, cohort.id(), henk.userId(), "Henk", nl.leerlijn.cohort.StaffRole.SECOND_ASSESSOR);
        Actor bob = kerndocent("docent-bob");
        core.cohorts().assignStaff(docent, cohort.id(), bob.userId(), "Bob", nl.leerlijn.cohort.StaffRole.CORE_TEACHER);
        Submission esraCopy = handedInReport();
        Submission tomCopy = core.submissions().versions(self(tom), tom.id(), TRAINING).get(0);
        core.assessments().saveMarking(bob, tomCopy.id(), with(SHARED_VOLDOENDE, "eigen-reflectie", 1), Map.of(), "Van Bob", false, 0);

        assertThat(core.assessments().marking(docent, esraCopy.id()).own().orElseThrow().levels()).containsEntry("uitvoering", 1)
                .doesNotContainKey("eigen-reflectie");

        core.assessments().saveMarking(docent, esraCopy.id(), Map.of("uitvoering", 2, "resultaat", 2, "werkbegeleider", 1), Map.of(), "",
                false, 1);

        assertThat(core.assessments().marking(bob, tomCopy.id()).own().orElseThrow().levels()).as("Bob's marking of Tom's copy")
                .containsEntry("uitvoering", 1).containsEntry("eigen-reflectie", 1);
    }

    @Test
    void eachMemberWritesAnOwnReflectionThePartnerDoesNotSeeWhichIsFixedOnceTheirResultIsAgreed() {
        confirmedDuo(esra, tom);
        core.practice().saveReflection(self(esra), esra.id(), TRAINING, "Ik leerde veel van de wijkcoach.");
        Submission report = upload(esra, TRAINING, "Verslag", OUTCOMES);

        assertThat(core.practice().work(self(tom), tom.id())).filteredOn(w -> w.assignment().key().equals(TRAINING)).singleElement()
                .satisfies(w -> assertThat(w.reflection()).isEmpty());
        core.submissions().submit(self(esra), report.id());
        core.practice().saveReflection(self(tom), tom.id(), TRAINING, "Na het inleveren geschreven: dat mag, tot mijn resultaat vastligt.");
        core.assessments().saveMarking(docent, report.id(), with(SHARED_VOLDOENDE, "eigen-reflectie", 2), Map.of(), "", true, 0);
        core.assessments().agree(docent, report.id(), with(SHARED_VOLDOENDE, "eigen-reflectie", 2), Map.of(), "", false, null);

        assertThatThrownBy(() -> core.practice().saveReflection(self(esra), esra.id(), TRAINING, "Toch anders."))
                .isInstanceOf(ReflectionFixedException.class);
        core.practice().saveReflection(self(tom), tom.id(), TRAINING, "Tom's result is not agreed yet.");
        assertThat(core.practice().evidence(docent, report.id()).reflection()).isEqualTo("Ik leerde veel van de wijkcoach.");
        assertThat(core.practice().work(self(esra), esra.id())).filteredOn(w -> w.assignment().key().equals(TRAINING)).singleElement()
                .satisfies(w -> assertThat(w.reflectionOpen()).isFalse());
    }

    @Test
    void proposingAgainAfterAProposedPartnerWithdrewPairsEveryoneStillTakingPartOnce() {
        Participant sem = enrol("sem", "Gemeente Utrecht", OrganisationType.GEMEENTE, JobFunction.PARTICIPATIECONSULENT);
        core.practice().proposePartner(self(esra), esra.id(), TRAINING, tom.id());
        core.enrolment().withdraw(docent, tom.id(), Optional.of("Verhuisd"));

        DuoOverview overview = core.practice().proposeDuos(docent, cohort.id(), TRAINING, 5);

        assertThat(overview.duos()).flatExtracting(Duo::members).containsExactlyInAnyOrder(esra.id(), priya.id(), sem.id());
    }
}
