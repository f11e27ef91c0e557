package nl.leerlijn.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.leerlijn.web.render.Messages;
import org.junit.jupiter.api.Test;

class ResultValuesTest {
    @Test
    void aRatingInTheHistoryIsShownInWordsAndAGradeWithTheReadersDecimalSign() {
        Messages dutch = Messages.of(Locale.forLanguageTag("nl"));

        assertThat(ResultPages.shown("GOED", dutch)).isEqualTo("Goed");
        assertThat(ResultPages.shown("ONVOLDOENDE", Messages.of(Locale.ENGLISH))).isEqualTo(Messages.of(Locale.ENGLISH).get("result.rating.ONVOLDOENDE"));
        assertThat(ResultPages.shown("7.5", dutch)).isEqualTo("7,5");
        assertThat(ResultPages.shown("7.5", Messages.of(Locale.ENGLISH))).isEqualTo("7.5");
        assertThat(ResultPages.shown("Vrijstelling", dutch)).isEqualTo("Vrijstelling");
    }
}
