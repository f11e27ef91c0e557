package nl.leerlijn.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervisionSettingsTest {
    private static final String MINIMAL = MinimalDefinition.YAML;

    private ProgrammeDefinition read(String text) {
        return MinimalDefinition.read(text);
    }

    private void assertProblems(String text, String... problems) {
        assertThatThrownBy(() -> read(text))
                .asInstanceOf(type(ProgrammeDefinitionException.class))
                .satisfies(e -> assertThat(e.problems()).extracting(DefinitionProblem::toString).contains(problems));
    }

    @Test
    void aDefinitionWithoutAnIntervisionBlockGetsTheDefaults() {
        IntervisionSettings settings = read(MINIMAL).intervision();

        assertThat(settings).isEqualTo(IntervisionSettings.defaults());
        assertThat(settings.groupSizes()).isEqualTo(new GroupSizes(4, 5, 6, 8));
        assertThat(settings.caseRetentionDays()).isEqualTo(30);
        assertThat(settings.reflectionDays()).isEqualTo(7);
        assertThat(settings.lifeDomains()).hasSize(8).contains("Werk en inkomen", "Financiën en schulden", "Zingeving");
        assertThat(settings.reflectionPrompts()).hasSizeBetween(3, 4);
    }

    @Test
    void whatTheBlockLeavesOutKeepsItsDefault() {
        IntervisionSettings settings = read(MINIMAL + """
                intervision:
                  groupSizes:
                    maximum: 7
                  reflectionDays: 10
                  casePrompts:
                    tried:
                      - Wat deed het wijkteam al?
                """).intervision();

        assertThat(settings.groupSizes()).isEqualTo(new GroupSizes(4, 5, 6, 7));
        assertThat(settings.reflectionDays()).isEqualTo(10);
        assertThat(settings.caseRetentionDays()).isEqualTo(30);
        assertThat(settings.casePrompts().tried()).containsExactly("Wat deed het wijkteam al?");
        assertThat(settings.casePrompts().question()).isEqualTo(CasePrompts.DEFAULT.question());
    }

    @Test
    void groupSizesOutOfOrderAreReportedAsAWhole() {
        assertProblems(MINIMAL + """
                intervision:
                  groupSizes:
                    minimum: 6
                    preferredMinimum: 5
                """, "intervision.groupSizes: must satisfy minimum ≤ preferredMinimum ≤ preferredMaximum ≤ maximum, "
                + "but they are 6, 5, 6 and 8");
    }

    @Test
    void groupSizesStayFromTwoToTwelve() {
        assertProblems(MINIMAL + """
                intervision:
                  groupSizes:
                    minimum: 1
                    maximum: 14
                """, "intervision.groupSizes.minimum: must be from 2 to 12, but is 1",
                "intervision.groupSizes.maximum: must be from 2 to 12, but is 14");
    }

    @Test
    void daysPromptsAndLeefgebiedenAreCheckedWithTheirPaths() {
        assertProblems(MINIMAL + """
                intervision:
                  caseRetentionDays: 0
                  reflectionDays: 90
                  lifeDomains: [Wonen, wonen]
                  reflectionPrompts: []
                  casePrompts:
                    groupQuestion: ["Wat vraag je de groep?", " "]
                """, "intervision.caseRetentionDays: must be from 1 to 365, but is 0",
                "intervision.reflectionDays: must be from 1 to 60, but is 90",
                "intervision.lifeDomains[1]: \"wonen\" is listed twice",
                "intervision.reflectionPrompts: must list at least one text",
                "intervision.casePrompts.groupQuestion[1]: is required and must not be empty");
    }

    @Test
    void theSampleSpellsOutItsIntervisionSettings() throws Exception {
        ProgrammeDefinition sample = ProgrammeCatalog.samples().get(new ProgrammeId("effectieve-klantmanager"));
        String yaml;
        try (var in = getClass().getResourceAsStream("/nl/leerlijn/programmes/effectieve-klantmanager.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(yaml).contains("intervision:", "groupSizes:", "caseRetentionDays: 30", "reflectionDays: 7",
                "lifeDomains:", "reflectionPrompts:", "casePrompts:", "groupQuestion:");
        assertThat(sample.intervision()).isEqualTo(IntervisionSettings.defaults());
        assertThat(List.of(sample.intervision().groupSizes().prefers(5), sample.intervision().groupSizes().allows(9)))
                .containsExactly(true, false);
    }
}
