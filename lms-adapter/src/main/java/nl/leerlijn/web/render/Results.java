package nl.leerlijn.web.render;

import java.math.BigDecimal;
import java.text.NumberFormat;
import nl.leerlijn.assessment.AssessmentState;
import nl.leerlijn.curriculum.Rubric;

/** How results and assessment states read on a page. */
public final class Results {
    private Results() {
    }

    /**
     * @param score the score of a filled-in rubric
     * @param messages the texts in the page's language
     * @return e.g. "7,5 (23 van 30 punten)" or "Voldoende (18 van 30 punten)", in the page's language
     */
    public static String describe(Rubric.Score score, Messages messages) {
        String result = score.rating().map(r -> messages.get("result.rating." + r.name()))
                .orElseGet(() -> grade(score.grade().orElseThrow(), messages));
        String text = messages.get("result.score", result, score.points(), score.maxPoints());
        return score.failedRequired().isEmpty() ? text : text + " – " + messages.get("result.failedRequired");
    }

    private static String grade(BigDecimal grade, Messages messages) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(grade);
    }

    /**
     * @param state where the assessment stands
     * @return the badge tone of an assessment state
     */
    public static String tone(AssessmentState state) {
        return switch (state) {
            case NOT_STARTED -> "neutral";
            case IN_MARKING, MARKED -> "info";
            case AGREED -> "warning";
            case RELEASED -> "success";
        };
    }
}
