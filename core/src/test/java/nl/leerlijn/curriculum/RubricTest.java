package nl.leerlijn.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RubricTest {
    private final Programme sample = ProgrammeCatalog.samples().get(new ProgrammeId("effectieve-klantmanager")).programme();
    private final Rubric paper = sample.rubric("paper").orElseThrow();
    private final Rubric praktijk = sample.rubric("praktijk").orElseThrow();

    @Test
    void theSampleAssessesEveryPaperMilestoneAndBothPraktijkopdrachtenWithARubric() {
        assertThat(sample.activities()).filteredOn(a -> a.rubric().isPresent())
                .extracting(a -> a.key().value() + "=" + a.rubric().get())
                .containsExactly("pa-plan-van-aanpak=plan", "pa-concept=paper", "pa-eindversie=paper", "po-klantgesprekken=praktijk",
                        "po-vaktraining-plan=praktijkplan", "po-vaktraining=praktijk");
    }

    @Test
    void aGradeRunsFromOneToTenWithTheShareOfThePoints() {
        Rubric.Score all = paper.score(Map.of("vraagstelling", 2, "onderbouwing", 2, "verbetervoorstel", 2, "reflectie", 2));
        Rubric.Score voldoende = paper.score(Map.of("vraagstelling", 1, "onderbouwing", 1, "verbetervoorstel", 1, "reflectie", 1));

        assertThat(all.grade()).contains(new BigDecimal("10.0"));
        assertThat(voldoende.points()).isEqualTo(7);
        assertThat(voldoende.maxPoints()).isEqualTo(11);
        assertThat(voldoende.grade()).contains(new BigDecimal("6.7"));
        assertThat(voldoende.passed()).isTrue();
    }

    @Test
    void aRequiredCriterionBelowItsMinimumCapsTheGradeAtFive() {
        Rubric.Score score = paper.score(Map.of("vraagstelling", 0, "onderbouwing", 2, "verbetervoorstel", 2, "reflectie", 2));

        assertThat(score.points()).isEqualTo(8);
        assertThat(score.grade()).contains(new BigDecimal("5.0"));
        assertThat(score.failedRequired()).containsExactly("vraagstelling");
        assertThat(score.passed()).isFalse();
    }

    @Test
    void aRatingFollowsTheThresholdsAndARequiredCriterionMakesItOnvoldoende() {
        assertThat(praktijk.score(Map.of("uitvoering", 2, "resultaat", 2, "werkbegeleider", 1, "eigen-reflectie", 2)).rating())
                .contains(Rubric.Rating.GOED);
        assertThat(praktijk.score(Map.of("uitvoering", 1, "resultaat", 1, "werkbegeleider", 1, "eigen-reflectie", 1)).rating())
                .contains(Rubric.Rating.VOLDOENDE);
        assertThat(praktijk.score(Map.of("uitvoering", 2, "resultaat", 2, "werkbegeleider", 0, "eigen-reflectie", 2)).rating())
                .contains(Rubric.Rating.ONVOLDOENDE);
    }

    @Test
    void aRubricThatIsNotFullyFilledInCannotBeScored() {
        assertThatThrownBy(() -> praktijk.score(Map.of("uitvoering", 2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resultaat");
        assertThatThrownBy(() -> praktijk.score(Map.of("uitvoering", 5, "resultaat", 1, "werkbegeleider", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
