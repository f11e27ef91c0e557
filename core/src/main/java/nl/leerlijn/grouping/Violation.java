package nl.leerlijn.grouping;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A hard rule a grouping breaks, or a reason a request cannot be met, as a value the web layer renders in its own words.
 *
 * @param kind the rule; its documentation lists the arguments
 * @param people candidate ids, in the order the kind documents
 * @param numbers group indexes, sizes and counts, in the order the kind documents
 */
public record Violation(ViolationKind kind, List<String> people, List<Integer> numbers) {
    /**
     * Copies the lists.
     *
     * @param kind the rule; its documentation lists the arguments
     * @param people candidate ids, in the order the kind documents
     * @param numbers group indexes, sizes and counts, in the order the kind documents
     */
    public Violation {
        people = List.copyOf(people);
        numbers = List.copyOf(numbers);
    }

    static Violation of(ViolationKind kind, List<String> people, Integer... numbers) {
        return new Violation(kind, people, List.of(numbers));
    }

    /** @return the violation in plain English, for logs, messages and the benchmark */
    public String describe() {
        return switch (kind) {
            case MANAGER_WITH_STAFF -> "manager " + first() + " is in group " + numbers.get(0) + " with their staff member "
                    + people.get(1);
            case PIN_SPLIT -> first() + " and " + people.get(1) + " must be together but are in groups " + numbers.get(0)
                    + " and " + numbers.get(1);
            case APART_TOGETHER -> first() + " and " + people.get(1) + " must be apart but are both in group " + numbers.get(0);
            case GROUP_TOO_SMALL -> "group " + numbers.get(0) + " has " + numbers.get(1) + " members, fewer than " + numbers.get(2);
            case GROUP_TOO_LARGE -> "group " + numbers.get(0) + " has " + numbers.get(1) + " members, more than " + numbers.get(2);
            case NOT_PLACED -> first() + " is in no group";
            case PLACED_TWICE -> first() + " is in more than one group: " + numbers;
            case UNKNOWN_PERSON -> first() + " in group " + numbers.get(0) + " is not a candidate";
            case TOO_FEW_CANDIDATES -> numbers.get(0) + " people are too few for a group of at least " + numbers.get(1);
            case PIN_CHAIN_TOO_LARGE -> "the people pinned together (" + String.join(", ", people) + ") are " + numbers.get(0)
                    + ", more than a group of at most " + numbers.get(1);
            case PIN_CHAIN_APART -> first() + " and " + people.get(1) + " must be apart, but pins join them: "
                    + String.join(", ", people);
            case PIN_CHAIN_MANAGER -> "manager " + first() + " and their staff member " + people.get(1)
                    + " are joined by pins: " + String.join(", ", people);
            case NO_ARRANGEMENT -> "no arrangement in " + numbers.get(0) + " groups keeps every rule";
        };
    }

    private String first() {
        return people.get(0);
    }

    static String pairs(List<String> flat) {
        return IntStream.range(0, flat.size() / 2).mapToObj(i -> flat.get(2 * i) + "+" + flat.get(2 * i + 1))
                .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return describe();
    }
}
