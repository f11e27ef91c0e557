package nl.leerlijn.grouping;

import java.util.List;

/**
 * Why a group looks the way it does, as a value the web layer renders in its own words.
 *
 * @param kind what the reason says; its documentation lists the arguments
 * @param people candidate ids, in the order the kind documents
 * @param numbers counts and sizes, in the order the kind documents
 */
public record Reason(ReasonKind kind, List<String> people, List<Integer> numbers) {
    /**
     * Copies the lists.
     *
     * @param kind what the reason says; its documentation lists the arguments
     * @param people candidate ids, in the order the kind documents
     * @param numbers counts and sizes, in the order the kind documents
     */
    public Reason {
        people = List.copyOf(people);
        numbers = List.copyOf(numbers);
    }

    static Reason of(ReasonKind kind, List<String> people, Integer... numbers) {
        return new Reason(kind, people, List.of(numbers));
    }

    /** @return the reason in plain English, for logs and the benchmark */
    public String describe() {
        return switch (kind) {
            case ORGANISATIONS -> numbers.get(0) + " of at most " + numbers.get(1) + " organisations";
            case FUNCTIONS -> numbers.get(0) + " of at most " + numbers.get(1) + " functions";
            case NO_REPEATS -> "nobody was together before";
            case REPEATS -> numbers.get(0) + " pairs were together before: " + Violation.pairs(people);
            case PINNED -> people.get(0) + " and " + people.get(1) + " together, as asked";
            case KEPT_APART -> people.get(0) + " and " + people.get(1) + " apart, as asked";
            case MANAGER_APART -> "manager " + people.get(0) + " apart from their staff member " + people.get(1);
            case SIZE -> numbers.get(0) + " members (preferred " + numbers.get(1) + "-" + numbers.get(2) + ")";
            case LOCKED_GROUP -> "locked: nobody entered or left";
            case LOCKED_PEOPLE -> "locked here: " + String.join(", ", people);
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
