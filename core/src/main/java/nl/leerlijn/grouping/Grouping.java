package nl.leerlijn.grouping;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A cohort split into groups, with its score and the hard rules it breaks (none when {@link GroupFormer#form} made it).
 *
 * @param groups the groups
 * @param overall the score of the whole, next to its bounds
 * @param violations the hard rules broken; empty for a valid grouping
 */
public record Grouping(List<FormedGroup> groups, Score overall, List<Violation> violations) {
    /**
     * Copies the lists.
     *
     * @param groups the groups
     * @param overall the score of the whole, next to its bounds
     * @param violations the hard rules broken; empty for a valid grouping
     */
    public Grouping {
        groups = List.copyOf(groups);
        violations = List.copyOf(violations);
    }

    /** @return whether every hard rule holds */
    public boolean valid() {
        return violations.isEmpty();
    }

    /** @return the members of each group */
    public List<List<String>> members() {
        return groups.stream().map(FormedGroup::members).collect(Collectors.toList());
    }

    /** @return the grouping in plain English over several lines, for logs and the benchmark */
    public String describe() {
        StringBuilder text = new StringBuilder(overall.describe());
        for (int i = 0; i < groups.size(); i++) {
            FormedGroup group = groups.get(i);
            text.append("\n  group ").append(i).append(": ").append(String.join(", ", group.members())).append(" — ")
                    .append(group.reasons().stream().map(Reason::describe).collect(Collectors.joining("; ")));
        }
        violations.forEach(v -> text.append("\n  violation: ").append(v.describe()));
        return text.toString();
    }
}
