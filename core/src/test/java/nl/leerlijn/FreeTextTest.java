package nl.leerlijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.leerlijn.access.UserId;
import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Test
    void typedTextLosesItsSurroundingWhiteSpace() {
        assertThat(FreeText.required("  Gemeente Utrecht\t", 200, "organisation")).isEqualTo("Gemeente Utrecht");
    }

    @Test
    void blankTooLongOrNulHoldingTextIsInvalidInput() {
        assertThatThrownBy(() -> FreeText.required(" ", 200, "organisation")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> FreeText.required("a".repeat(201), 200, "organisation")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> FreeText.required("Gemeente\u0000Utrecht", 200, "organisation"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("NUL");
    }

    @Test
    void aUserIdHoldsNoNulCharacter() {
        assertThatThrownBy(() -> new UserId("student\u0000sanne")).isInstanceOf(InvalidInputException.class);
        assertThat(new UserId("\tstudent-sanne").value()).as("a host's id is kept as it is").isEqualTo("\tstudent-sanne");
    }
}
