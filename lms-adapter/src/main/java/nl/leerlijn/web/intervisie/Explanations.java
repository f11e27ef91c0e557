package nl.leerlijn.web.intervisie;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.leerlijn.grouping.Reason;
import nl.leerlijn.grouping.Violation;
import nl.leerlijn.web.render.Messages;

/** The group engine's reasons and refusals in the reader's words: {@code grouping.reason.<KIND>}, {@code grouping.violation.<KIND>}. */
final class Explanations {
    private Explanations() {
    }

    static String reason(Reason reason, Function<String, String> name, Messages messages) {
        return messages.get("grouping.reason." + reason.kind().name(), arguments(reason.people(), reason.numbers(), name, messages,
                reason.kind() == nl.leerlijn.grouping.ReasonKind.REPEATS));
    }

    static String violation(Violation violation, Function<String, String> name, Messages messages) {
        return messages.get("grouping.violation." + violation.kind().name(),
                arguments(violation.people(), groupNumbers(violation), name, messages, false));
    }

    /** Violations count groups from 0; people count them from 1. */
    private static List<Integer> groupNumbers(Violation violation) {
        List<Integer> numbers = new ArrayList<>(violation.numbers());
        int groups = switch (violation.kind()) {
            case MANAGER_WITH_STAFF, APART_TOGETHER, GROUP_TOO_SMALL, GROUP_TOO_LARGE, UNKNOWN_PERSON -> 1;
            case PIN_SPLIT -> 2;
            case PLACED_TWICE -> numbers.size();
            default -> 0;
        };
        for (int i = 0; i < Math.min(groups, numbers.size()); i++) {
            numbers.set(i, numbers.get(i) + 1);
        }
        return numbers;
    }

    /**
     * The arguments of a sentence: {0} the first person, {1} the second, {2} everyone (pairs joined when the list holds
     * pairs), {3}, {4}, {5} the numbers.
     */
    private static Object[] arguments(List<String> people, List<Integer> numbers, Function<String, String> name, Messages messages,
            boolean pairs) {
        List<String> names = people.stream().map(name).toList();
        Object[] args = new Object[6];
        args[0] = names.isEmpty() ? "" : names.get(0);
        args[1] = names.size() < 2 ? "" : names.get(1);
        args[2] = pairs ? pairs(names, messages) : String.join(", ", names);
        args[3] = numbers.isEmpty() ? "" : numbers.get(0);
        args[4] = numbers.size() < 2 ? "" : numbers.get(1);
        args[5] = numbers.size() < 3 ? "" : numbers.get(2);
        return args;
    }

    private static String pairs(List<String> names, Messages messages) {
        if (names.size() % 2 != 0) {
            return String.join(", ", names);
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < names.size(); i += 2) {
            pairs.add(messages.get("grouping.pair", names.get(i), names.get(i + 1)));
        }
        return String.join("; ", pairs);
    }
}
