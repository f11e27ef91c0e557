package nl.leerlijn.intervisie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.leerlijn.InvalidInputException;
import org.junit.jupiter.api.Test;

class RotationPlannerTest {
    private final RotationPlanner planner = new RotationPlanner();

    @Test
    void aNewGroupOfThreeTurnsTheRolesRoundLikeAWheel() {
        List<PlannedRoles> plan = planner.plan(List.of("anna", "bram", "cem"), 4, List.of());

        assertThat(plan).containsExactly(
                new PlannedRoles("anna", "bram", "cem"),
                new PlannedRoles("bram", "cem", "anna"),
                new PlannedRoles("cem", "anna", "bram"),
                new PlannedRoles("anna", "bram", "cem"));
    }

    @Test
    void inANewGroupOfSixEveryoneBringsACaseOnceBeforeAnyoneBringsOneTwice() {
        List<String> members = List.of("anna", "bram", "cem", "dewi", "eva", "fleur");

        List<PlannedRoles> plan = planner.plan(members, 12, List.of());

        assertThat(plan.subList(0, 6)).extracting(PlannedRoles::inbrenger).containsExactlyInAnyOrderElementsOf(members);
        assertThat(plan.subList(6, 12)).extracting(PlannedRoles::inbrenger).containsExactlyInAnyOrderElementsOf(members);
        for (String member : members) {
            assertThat(plan).filteredOn(m -> m.gespreksleider().equals(member)).as("chaired by %s", member).hasSize(2);
            assertThat(plan).filteredOn(m -> m.notulist().equals(member)).as("notes by %s", member).hasSize(2);
        }
    }

    @Test
    void aMemberWhoJoinsLaterBringsACaseFirst() {
        List<PlannedRoles> history = planner.plan(List.of("anna", "bram", "cem"), 3, List.of());

        List<PlannedRoles> plan = planner.plan(List.of("anna", "bram", "cem", "dewi"), 4, history);

        assertThat(plan.get(0).inbrenger()).isEqualTo("dewi");
        assertThat(plan).extracting(PlannedRoles::inbrenger).containsExactly("dewi", "anna", "bram", "cem");
    }

    @Test
    void whenSomeoneLeavesTheOthersWhoHaveNotBroughtACaseYetGoFirst() {
        List<String> five = List.of("anna", "bram", "cem", "dewi", "eva");
        List<PlannedRoles> history = planner.plan(five, 2, List.of());
        assertThat(history).extracting(PlannedRoles::inbrenger).containsExactly("anna", "bram");

        List<PlannedRoles> plan = planner.plan(List.of("bram", "cem", "dewi", "eva"), 3, history);

        assertThat(plan).extracting(PlannedRoles::inbrenger).containsExactly("cem", "dewi", "eva");
        assertThat(plan).flatExtracting(PlannedRoles::inbrenger, PlannedRoles::gespreksleider, PlannedRoles::notulist)
                .doesNotContain("anna");
    }

    @Test
    void planningTheRestLaterContinuesThePlanMadeAtOnce() {
        List<String> members = List.of("anna", "bram", "cem", "dewi", "eva");
        List<PlannedRoles> whole = planner.plan(members, 10, List.of());

        List<PlannedRoles> rest = planner.plan(members, 6, whole.subList(0, 4));

        assertThat(rest).isEqualTo(whole.subList(4, 10));
    }

    @Test
    void inAGroupOfTwoTheOtherMemberChairsAndTakesNotes() {
        List<PlannedRoles> plan = planner.plan(List.of("anna", "bram"), 3, List.of());

        assertThat(plan).containsExactly(
                new PlannedRoles("anna", "bram", "bram"),
                new PlannedRoles("bram", "anna", "anna"),
                new PlannedRoles("anna", "bram", "bram"));
    }

    @Test
    void noMeetingsGiveAnEmptyPlan() {
        assertThat(planner.plan(List.of("anna", "bram", "cem"), 0, List.of())).isEmpty();
    }

    @Test
    void aGroupOfOneOrAMemberListedTwiceCannotBePlanned() {
        assertThatThrownBy(() -> planner.plan(List.of("anna"), 2, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least two");
        assertThatThrownBy(() -> planner.plan(List.of("anna", "bram", "anna"), 2, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("listed once");
        assertThatThrownBy(() -> planner.plan(List.of("anna", "bram"), -1, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("negative");
    }

    @Test
    void theInbrengerHoldsNoOtherRoleInTheSameMeeting() {
        assertThatThrownBy(() -> new PlannedRoles("anna", "anna", "bram")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PlannedRoles("anna", "bram", "anna")).isInstanceOf(InvalidInputException.class);
        assertThat(new PlannedRoles("anna", "bram", "cem").holder(MeetingRole.NOTETAKER)).isEqualTo("cem");
    }
}
