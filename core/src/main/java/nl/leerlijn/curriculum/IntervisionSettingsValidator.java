package nl.leerlijn.curriculum;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.curriculum.ProgrammeDocument.CasePromptsDocument;
import nl.leerlijn.curriculum.ProgrammeDocument.GroupSizesDocument;
import nl.leerlijn.curriculum.ProgrammeDocument.IntervisionDocument;

/**
 * Turns the {@code intervision} block of a definition into {@link IntervisionSettings}; what the block leaves out takes
 * its default. Records what is wrong on the way.
 */
final class IntervisionSettingsValidator {
    private static final String PATH = "intervision";

    private final Problems problems;

    IntervisionSettingsValidator(Problems problems) {
        this.problems = problems;
    }

    /** @return the settings, or empty after recording every problem */
    Optional<IntervisionSettings> settings(IntervisionDocument doc) {
        IntervisionSettings defaults = IntervisionSettings.defaults();
        if (doc == null) {
            return Optional.of(defaults);
        }
        Optional<GroupSizes> sizes = doc.groupSizes() == null ? Optional.of(defaults.groupSizes()) : groupSizes(doc.groupSizes());
        Optional<Integer> retention = days(doc.caseRetentionDays(), defaults.caseRetentionDays(), 365, ".caseRetentionDays");
        Optional<Integer> reflection = days(doc.reflectionDays(), defaults.reflectionDays(), 60, ".reflectionDays");
        Optional<List<String>> domains = texts(doc.lifeDomains(), defaults.lifeDomains(), ".lifeDomains");
        domains.ifPresent(d -> checkDistinct(d, PATH + ".lifeDomains"));
        Optional<List<String>> reflectionPrompts = texts(doc.reflectionPrompts(), defaults.reflectionPrompts(), ".reflectionPrompts");
        Optional<CasePrompts> casePrompts = doc.casePrompts() == null
                ? Optional.of(defaults.casePrompts()) : casePrompts(doc.casePrompts(), defaults.casePrompts());
        if (sizes.isEmpty() || retention.isEmpty() || reflection.isEmpty() || domains.isEmpty()
                || reflectionPrompts.isEmpty() || casePrompts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IntervisionSettings(sizes.get(), retention.get(), reflection.get(), domains.get(),
                reflectionPrompts.get(), casePrompts.get()));
    }

    private Optional<GroupSizes> groupSizes(GroupSizesDocument doc) {
        GroupSizes fallback = GroupSizes.DEFAULT;
        String path = PATH + ".groupSizes";
        Optional<Integer> min = size(doc.minimum(), fallback.minimum(), path + ".minimum");
        Optional<Integer> prefMin = size(doc.preferredMinimum(), fallback.preferredMinimum(), path + ".preferredMinimum");
        Optional<Integer> prefMax = size(doc.preferredMaximum(), fallback.preferredMaximum(), path + ".preferredMaximum");
        Optional<Integer> max = size(doc.maximum(), fallback.maximum(), path + ".maximum");
        if (min.isEmpty() || prefMin.isEmpty() || prefMax.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (!GroupSizes.isOrdered(min.get(), prefMin.get(), prefMax.get(), max.get())) {
            problems.add(path, "must satisfy minimum ≤ preferredMinimum ≤ preferredMaximum ≤ maximum, but they are "
                    + min.get() + ", " + prefMin.get() + ", " + prefMax.get() + " and " + max.get());
            return Optional.empty();
        }
        return Optional.of(new GroupSizes(min.get(), prefMin.get(), prefMax.get(), max.get()));
    }

    private Optional<Integer> size(Integer value, int fallback, String path) {
        return value == null ? Optional.of(fallback) : problems.inRange(value, 2, GroupSizes.LIMIT, path);
    }

    private Optional<Integer> days(Integer value, int fallback, int max, String field) {
        return value == null ? Optional.of(fallback) : problems.inRange(value, 1, max, PATH + field);
    }

    private Optional<List<String>> texts(List<String> values, List<String> fallback, String field) {
        return values == null ? Optional.of(fallback) : problems.texts(values, PATH + field);
    }

    private Optional<CasePrompts> casePrompts(CasePromptsDocument doc, CasePrompts fallback) {
        Optional<List<String>> question = texts(doc.question(), fallback.question(), ".casePrompts.question");
        Optional<List<String>> domains = texts(doc.lifeDomains(), fallback.lifeDomains(), ".casePrompts.lifeDomains");
        Optional<List<String>> tried = texts(doc.tried(), fallback.tried(), ".casePrompts.tried");
        Optional<List<String>> group = texts(doc.groupQuestion(), fallback.groupQuestion(), ".casePrompts.groupQuestion");
        if (question.isEmpty() || domains.isEmpty() || tried.isEmpty() || group.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CasePrompts(question.get(), domains.get(), tried.get(), group.get()));
    }

    private void checkDistinct(List<String> texts, String path) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!seen.add(texts.get(i).toLowerCase(Locale.ROOT))) {
                problems.add(path + "[" + i + "]", "\"" + texts.get(i) + "\" is listed twice");
            }
        }
    }
}
