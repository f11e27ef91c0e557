package nl.leerlijn.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ProgrammeDefinitionReaderTest {
    private final ProgrammeDefinitionReader reader = new ProgrammeDefinitionReader();

    private static final String MINIMAL = """
            id: kort
            title: Korte leergang
            durationWeeks: 4
            completion:
              minimumAttendancePercent: 80
              award: CERTIFICAAT
            modules:
              - code: M1
                title: Gespreksvoering
                activities:
                  - key: m1-dag
                    kind: CONTACT_SESSION
                    title: Trainingsdag
                    week: 2
                    startTime: "09:30"
                    durationMinutes: 360
            """;

    private ProgrammeDefinition read(String name, String text) {
        return reader.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertProblem(ThrowingCallable reading, String file, String path, String messagePart) {
        assertThatThrownBy(reading)
                .isInstanceOf(ProgrammeDefinitionException.class)
                .hasMessageContaining(file)
                .asInstanceOf(type(ProgrammeDefinitionException.class))
                .satisfies(e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.path()).isEqualTo(path);
                            assertThat(p.message()).contains(messagePart);
                        }));
    }

    @Test
    void aMinimalDefinitionReadsIntoAProgramme() {
        Programme programme = read("kort.yaml", MINIMAL).programme();

        assertThat(programme.id()).isEqualTo(new ProgrammeId("kort"));
        assertThat(programme.activities()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ActivityKind.CONTACT_SESSION);
            assertThat(a.timing()).isEqualTo(new Timing.Session(2, 1, java.time.LocalTime.of(9, 30),
                    java.time.Duration.ofMinutes(360), SessionFormat.ON_SITE));
        });
        assertThat(programme.completion()).isEqualTo(new CompletionPolicy(80, true, AwardKind.CERTIFICAAT, 0, 0));
    }

    @Test
    void theShippedSampleHasBlendedModulesIntervisieAPaperWithThreeMilestonesAndTwoPraktijkopdrachten() {
        Programme sample = ProgrammeCatalog.samples().get(new ProgrammeId("effectieve-klantmanager")).programme();

        long blendedModules = sample.modules().stream()
                .filter(m -> m.activities().stream().anyMatch(a -> a.kind() == ActivityKind.ONLINE_WORK))
                .filter(m -> m.activities().stream().anyMatch(a -> a.kind() == ActivityKind.CONTACT_SESSION))
                .count();
        assertThat(blendedModules).isGreaterThanOrEqualTo(5);
        assertThat(sample.activities()).filteredOn(a -> a.kind() == ActivityKind.INTERVISION_MEETING).hasSizeGreaterThanOrEqualTo(4);
        assertThat(sample.activities()).filteredOn(a -> a.kind() == ActivityKind.PAPER_MILESTONE)
                .extracting(a -> a.milestone().orElseThrow())
                .containsExactly(PaperMilestone.PLAN_VAN_AANPAK, PaperMilestone.CONCEPT, PaperMilestone.EINDVERSIE);
        assertThat(sample.activities()).filteredOn(a -> a.kind() == ActivityKind.PRACTICE_ASSIGNMENT).hasSize(3)
                .anyMatch(Activity::duo);
        assertThat(sample.activity(new nl.leerlijn.curriculum.ActivityKey("po-vaktraining-plan")).orElseThrow().planOf())
                .contains(new nl.leerlijn.curriculum.ActivityKey("po-vaktraining"));
        assertThat(sample.sharedByDuo(new nl.leerlijn.curriculum.ActivityKey("po-vaktraining-plan"))).isTrue();
        assertThat(sample.sharedByDuo(new nl.leerlijn.curriculum.ActivityKey("po-klantgesprekken"))).isFalse();
        assertThat(sample.completion().minimumAttendancePercent()).isEqualTo(80);
    }

    @Test
    void jsonDefinitionsReadLikeYaml() {
        String json = """
                {"id": "kort", "title": "Korte leergang", "durationWeeks": 4,
                 "completion": {"minimumAttendancePercent": 80, "award": "CERTIFICAAT"},
                 "modules": [{"code": "M1", "title": "Gespreksvoering", "activities": [
                   {"key": "m1-lezen", "kind": "ONLINE_WORK", "title": "Lezen"}]}]}
                """;

        assertThat(read("kort.json", json).programme().activities()).singleElement()
                .satisfies(a -> assertThat(a.timing()).isInstanceOf(Timing.SelfPaced.class));
    }

    @Test
    void aMistypedFieldNameIsReportedWithItsPathAndTheKnownFields() {
        String typo = MINIMAL.replace("durationMinutes: 360", "duration: 360");

        assertProblem(() -> read("kort.yaml", typo), "kort.yaml", "modules[0].activities[0].duration",
                "unknown field \"duration\"");
    }

    @Test
    void anUnknownActivityKindNamesTheAllowedKinds() {
        String wrong = MINIMAL.replace("kind: CONTACT_SESSION", "kind: WEBINAR");

        assertProblem(() -> read("kort.yaml", wrong), "kort.yaml", "modules[0].activities[0].kind",
                "\"WEBINAR\" is not one of [ONLINE_WORK, CONTACT_SESSION");
    }

    @Test
    void aWeekOutsideTheProgrammeIsReported() {
        String late = MINIMAL.replace("week: 2", "week: 9");

        assertProblem(() -> read("kort.yaml", late), "kort.yaml", "modules[0].activities[0].week",
                "must be from 1 to 4, but is 9");
    }

    @Test
    void theHerkansingPolicyReadsWithFourteenDaysByDefaultAndIsBounded() {
        String once = MINIMAL.replace("  award: CERTIFICAAT", "  award: CERTIFICAAT\n  revisions: 1");
        String tooMany = MINIMAL.replace("  award: CERTIFICAAT", "  award: CERTIFICAAT\n  revisions: 9");

        assertThat(read("kort.yaml", once).programme().completion()).isEqualTo(new CompletionPolicy(80, true, AwardKind.CERTIFICAAT, 1, 14));
        assertProblem(() -> read("kort.yaml", tooMany), "kort.yaml", "completion.revisions", "must be from 0 to 5, but is 9");
    }

    @Test
    void aMissingTitleAndABadStartTimeAreBothReportedInOneRead() {
        String broken = MINIMAL.replace("title: Korte leergang\n", "").replace("\"09:30\"", "\"half tien\"");

        assertThatThrownBy(() -> read("kort.yaml", broken))
                .asInstanceOf(type(ProgrammeDefinitionException.class))
                .satisfies(e -> assertThat(e.problems()).extracting(DefinitionProblem::path)
                        .contains("title", "modules[0].activities[0].startTime"));
    }

    @Test
    void twoActivitiesWithTheSameKeyAreReported() {
        String twice = MINIMAL + """
                  - code: M2
                    title: Nog een module
                    activities:
                      - key: m1-dag
                        kind: ONLINE_WORK
                        title: Lezen
                """;

        assertProblem(() -> read("kort.yaml", twice), "kort.yaml", "modules[1].activities[0].key",
                "\"m1-dag\" is used by another activity too");
    }

    @Test
    void paperMilestonesMustBeCompleteAndInOrder() {
        String paper = MINIMAL + """
                  - code: PA
                    title: Paper
                    activities:
                      - key: pa-concept
                        kind: PAPER_MILESTONE
                        milestone: CONCEPT
                        title: Concept
                        week: 2
                      - key: pa-eind
                        kind: PAPER_MILESTONE
                        milestone: EINDVERSIE
                        title: Eindversie
                        week: 1
                """;

        assertThatThrownBy(() -> read("kort.yaml", paper))
                .asInstanceOf(type(ProgrammeDefinitionException.class))
                .satisfies(e -> assertThat(e.problems()).extracting(DefinitionProblem::message)
                        .anyMatch(m -> m.contains("no PLAN_VAN_AANPAK")));
    }

    @Test
    void brokenYamlSyntaxNamesTheLine() {
        String broken = "id: kort\ntitle: [niet gesloten\ndurationWeeks: 4\n";

        assertThatThrownBy(() -> read("kapot.yaml", broken))
                .isInstanceOf(ProgrammeDefinitionException.class)
                .hasMessageContaining("kapot.yaml")
                .hasMessageContaining("line ");
    }

    @Test
    void anEmptyFileIsReportedAsEmpty() {
        assertThatThrownBy(() -> read("leeg.yaml", ""))
                .isInstanceOf(ProgrammeDefinitionException.class)
                .hasMessageContaining("leeg.yaml")
                .hasMessageContaining("empty");
    }

    @Test
    void theCanonicalFormReadsBackToTheSameProgrammeAndHash() {
        ProgrammeDefinition first = read("kort.yaml", MINIMAL);

        ProgrammeDefinition again = reader.readCanonical("stored", first.canonicalJson());

        assertThat(again.programme()).isEqualTo(first.programme());
        assertThat(again.sha256()).isEqualTo(first.sha256()).hasSize(64);
        assertThat(List.of(first.sha256())).doesNotContain(read("kort.yaml", MINIMAL.replace("Korte", "Lange")).sha256());
    }

    @Test
    void aRubricThatIsNotDefinedOrWhoseLevelsDoNotRiseIsReported() {
        String withRubric = MINIMAL + """
                rubrics:
                  - id: kort
                    title: Formulier
                    scale: RATING
                    criteria:
                      - key: inhoud
                        title: Inhoud
                        levels:
                          - {label: Goed, points: 3}
                          - {label: Matig, points: 1}
                """;
        String reference = withRubric.replace("        durationMinutes: 360\n",
                "        durationMinutes: 360\n        rubric: bestaat-niet\n");
        assertThat(reference).contains("rubric: bestaat-niet");

        assertThatThrownBy(() -> read("kort.yaml", reference))
                .asInstanceOf(type(ProgrammeDefinitionException.class))
                .satisfies(e -> assertThat(e.problems()).extracting(DefinitionProblem::toString).contains(
                        "modules[0].activities[0].rubric: names rubric \"bestaat-niet\", which the programme does not define",
                        "modules[0].activities[0].rubric: only a PAPER_MILESTONE or PRACTICE_ASSIGNMENT is assessed with a rubric",
                        "rubrics[0].criteria[0].levels[1].points: must be more than the level before (3): levels go from lowest to highest"));
    }
}
