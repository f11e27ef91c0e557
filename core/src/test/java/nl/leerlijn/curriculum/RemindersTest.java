package nl.leerlijn.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.List;
import org.junit.jupiter.api.Test;

class RemindersTest {
    private static final String MINIMAL = MinimalDefinition.YAML;

    private Programme read(String text) {
        return MinimalDefinition.read(text).programme();
    }

    @Test
    void withoutRemindersADeadlineIsRemindedThreeDaysAndOneDayBefore() {
        assertThat(read(MINIMAL).reminders().deadlineDaysBefore()).containsExactly(3, 1);
    }

    @Test
    void aProgrammeSetsItsOwnDaysOrNone() {
        assertThat(read(MINIMAL + "reminders:\n  deadlineDaysBefore: [1, 7, 2]\n").reminders().deadlineDaysBefore()).containsExactly(7, 2, 1);
        assertThat(read(MINIMAL + "reminders:\n  deadlineDaysBefore: []\n").reminders().deadlineDaysBefore()).isEmpty();
    }

    @Test
    void daysOutsideOneToThirtyOrTwiceTheSameAreRefusedWithThePath() {
        for (String days : List.of("[0]", "[31]", "[3, 3]", "[1, 2, 3, 4, 5, 6]")) {
            assertThatThrownBy(() -> read(MINIMAL + "reminders:\n  deadlineDaysBefore: " + days + "\n"))
                    .asInstanceOf(type(ProgrammeDefinitionException.class))
                    .satisfies(e -> assertThat(e.problems()).extracting(DefinitionProblem::toString)
                            .anySatisfy(p -> assertThat(p).contains("reminders.deadlineDaysBefore")));
        }
    }
}
