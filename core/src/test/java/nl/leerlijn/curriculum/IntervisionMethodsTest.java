package nl.leerlijn.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IntervisionMethodsTest {
    private final ProgrammeDefinitionReader reader = new ProgrammeDefinitionReader();

    private static final String MEETING = """
            id: kort
            title: Korte leergang
            durationWeeks: 4
            completion:
              minimumAttendancePercent: 80
              award: CERTIFICAAT
            modules:
              - code: IV
                title: Intervisie
                activities:
                  - key: iv-1
                    kind: INTERVISION_MEETING
                    title: Intervisie 1
                    week: 2
                    startTime: "13:30"
                    durationMinutes: 150
                    method: METHOD
            """;

    private static final String OWN_METHOD = """
            intervisionMethods:
              - key: KEY
                title: Ronde van successen
                summary: Ieder vertelt over een geslaagd klantcontact; de groep zoekt wat werkte.
                phases:
                  - title: Successen vertellen
                    minutes: 30
                    speaker: EVERYONE
                    prompts:
                      - Welk klantcontact ging deze maand goed?
                      - Wat deed jij daarin?
                  - title: Wat werkte?
                    minutes: 20
                    speaker: GROUP
            """;

    private ProgrammeDefinition read(String text) {
        return reader.read("kort.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String meeting(String method) {
        return MEETING.replace("METHOD", method);
    }

    private static String withOwnMethod(String meetingMethod, String ownKey) {
        return meeting(meetingMethod) + OWN_METHOD.replace("KEY", ownKey);
    }

    private void assertProblem(String text, String path, String messagePart) {
        assertThatThrownBy(() -> read(text))
                .asInstanceOf(type(ProgrammeDefinitionException.class))
                .satisfies(e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.path()).isEqualTo(path);
                    assertThat(p.message()).contains(messagePart);
                }));
    }

    @Test
    void leerlijnShipsFiveMethodsEachWithTimeBoxedPhasesThatFitAMeetingOfTwoHours() {
        assertThat(IntervisionMethod.builtIn()).extracting(IntervisionMethod::key).containsExactly(
                "incidentmethode", "roddelmethode", "balintmethode", "socratisch-gesprek", "vijfstappenmethode");
        assertThat(IntervisionMethod.builtIn()).allSatisfy(method -> {
            assertThat(method.totalMinutes()).isBetween(60, 120);
            assertThat(method.phases()).allSatisfy(phase -> assertThat(phase.prompts()).hasSizeBetween(2, 4));
            assertThat(method.phases()).extracting(MethodPhase::speaker).contains(PhaseSpeaker.INBRENGER);
        });
    }

    @Test
    void theIncidentmethodeStartsWithTheIncidentAndEndsWithTheLessonsLearned() {
        IntervisionMethod incident = IntervisionMethod.builtIn().get(0);

        assertThat(incident.title()).isEqualTo("Incidentmethode");
        assertThat(incident.phases()).hasSize(6);
        assertThat(incident.phases().get(0)).satisfies(first -> {
            assertThat(first.speaker()).isEqualTo(PhaseSpeaker.INBRENGER);
            assertThat(first.minutes()).isEqualTo(5);
        });
        assertThat(incident.phases()).extracting(MethodPhase::speaker).containsExactly(PhaseSpeaker.INBRENGER,
                PhaseSpeaker.GROUP, PhaseSpeaker.INBRENGER, PhaseSpeaker.GROUP, PhaseSpeaker.INBRENGER, PhaseSpeaker.EVERYONE);
    }

    @Test
    void aMeetingNamesAMethodByItsKeyAndCarriesTheResolvedMethod() {
        Programme programme = read(meeting("balintmethode")).programme();

        assertThat(programme.activities()).singleElement()
                .satisfies(a -> assertThat(a.method()).hasValueSatisfying(m -> assertThat(m.title()).isEqualTo("Balintmethode")));
    }

    @Test
    void theCapitalSpellingsOfDefinitionsWrittenBeforeMethodsWereDataStillNameTheMethods() {
        Programme programme = read(meeting("SOCRATISCH_GESPREK")).programme();

        assertThat(programme.activities().get(0).method()).map(IntervisionMethod::key).hasValue("socratisch-gesprek");
        assertThat(programme.intervisionMethod("INCIDENTMETHODE")).map(IntervisionMethod::key).hasValue("incidentmethode");
    }

    @Test
    void anUnknownMethodIsReportedWithItsPathAndTheKnownMethods() {
        assertProblem(meeting("visgraatmethode"), "modules[0].activities[0].method",
                "names method \"visgraatmethode\", which is neither built in nor defined under intervisionMethods; known methods: "
                        + "balintmethode, incidentmethode");
    }

    @Test
    void aProgrammeAddsItsOwnMethodNextToTheBuiltInOnes() {
        ProgrammeDefinition definition = read(withOwnMethod("ronde-van-successen", "ronde-van-successen"));

        assertThat(definition.intervisionMethods()).extracting(IntervisionMethod::key).containsExactly("incidentmethode",
                "roddelmethode", "balintmethode", "socratisch-gesprek", "vijfstappenmethode", "ronde-van-successen");
        IntervisionMethod own = definition.programme().activities().get(0).method().orElseThrow();
        assertThat(own.totalMinutes()).isEqualTo(50);
        assertThat(own.phases().get(1).prompts()).isEmpty();
        assertThat(reader.readCanonical("stored", definition.canonicalJson()).programme()).isEqualTo(definition.programme());
    }

    @Test
    void aProgrammesOwnMethodCannotTakeTheKeyOfABuiltInMethod() {
        assertProblem(withOwnMethod("incidentmethode", "incidentmethode"), "intervisionMethods[0].key",
                "\"incidentmethode\" is the key of a built-in method");
    }

    @Test
    void aProgrammesOwnMethodNeedsAValidKeyAndPhasesWithTimeBoxes() {
        String broken = withOwnMethod("incidentmethode", "Ronde_Van_Successen").replace("        minutes: 20\n", "");

        assertThatThrownBy(() -> read(broken))
                .asInstanceOf(type(ProgrammeDefinitionException.class))
                .satisfies(e -> assertThat(e.problems()).extracting(DefinitionProblem::toString).contains(
                        "intervisionMethods[0].key: must be lower-case words joined by hyphens, such as "
                                + "\"oplossingsgerichte-intervisie\", but is \"Ronde_Van_Successen\"",
                        "intervisionMethods[0].phases[1].minutes: is required (a whole number from 1 to 240)"));
    }

    @Test
    void twoOwnMethodsCannotShareAKey() {
        String twice = withOwnMethod("ronde", "ronde") + OWN_METHOD.replace("KEY", "ronde").replace("intervisionMethods:\n", "");

        assertProblem(twice, "intervisionMethods[1].key", "\"ronde\" is used by another method too");
    }

    @Test
    void anUnknownSpeakerNamesTheAllowedSpeakers() {
        String wrong = withOwnMethod("incidentmethode", "ronde").replace("speaker: GROUP", "speaker: NOTULIST");

        assertProblem(wrong, "intervisionMethods[0].phases[1].speaker",
                "\"NOTULIST\" is not one of [INBRENGER, GESPREKSLEIDER, GROUP, EVERYONE]");
    }

    @Test
    void aMethodThatTakesLongerThanItsMeetingIsReported() {
        String shortMeeting = meeting("socratisch-gesprek").replace("durationMinutes: 150", "durationMinutes: 60");

        assertProblem(shortMeeting, "modules[0].activities[0].method",
                "the method \"socratisch-gesprek\" takes 105 minutes, longer than the meeting (60 minutes)");
    }

    @Test
    void onlyAnIntervisionMeetingNamesAMethod() {
        String session = meeting("incidentmethode").replace("kind: INTERVISION_MEETING", "kind: CONTACT_SESSION");

        assertProblem(session, "modules[0].activities[0].method", "only an INTERVISION_MEETING has an intervisie method");
    }

    @Test
    void theSampleNamesAMethodForEveryMeetingAndShowsOneMethodOfItsOwn() {
        ProgrammeDefinition sample = ProgrammeCatalog.samples().get(new ProgrammeId("effectieve-klantmanager"));

        assertThat(sample.programme().activities()).filteredOn(a -> a.kind() == ActivityKind.INTERVISION_MEETING)
                .allSatisfy(a -> assertThat(a.method()).isPresent())
                .extracting(a -> a.method().orElseThrow().key())
                .contains("incidentmethode", "roddelmethode", "balintmethode", "socratisch-gesprek", "vijfstappenmethode",
                        "oplossingsgerichte-intervisie");
        assertThat(sample.intervisionMethods()).hasSize(IntervisionMethod.builtIn().size() + 1);
    }
}
