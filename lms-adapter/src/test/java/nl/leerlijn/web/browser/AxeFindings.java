package nl.leerlijn.web.browser;

import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What axe-core found on a page, split into what fails the page and what axe could not decide. axe files a contrast it
 * measured but distrusts (text in the very colour of its background: 1:1; a single character) as "incomplete", not as a
 * violation; such a contrast below the required ratio fails here too. An incomplete contrast axe could not measure (a
 * background image, overlapping elements) stays undecided and is only logged.
 *
 * @param failures one line per problem: rule, help, where and, for a contrast, the colours and ratios
 * @param undetermined one line per incomplete result that no one can decide automatically
 */
record AxeFindings(List<String> failures, List<String> undetermined) {
    private static final Logger LOG = LoggerFactory.getLogger(AxeFindings.class);
    private static final String CONTRAST = "color-contrast";

    static AxeFindings of(AxeResults results) {
        List<String> failures = new ArrayList<>();
        List<String> undetermined = new ArrayList<>();
        results.getViolations().forEach(rule -> rule.getNodes().forEach(node -> failures.add(line(rule, node, ""))));
        for (Rule rule : orEmpty(results.getIncomplete())) {
            for (CheckedNode node : rule.getNodes()) {
                Optional<Map<?, ?>> contrast = rule.getId().equals(CONTRAST) ? contrastData(node) : Optional.empty();
                String colours = contrast.map(AxeFindings::colours).orElse("");
                (contrast.filter(AxeFindings::measuredTooLow).isPresent() ? failures : undetermined).add(line(rule, node, colours));
            }
        }
        return new AxeFindings(List.copyOf(failures), List.copyOf(undetermined));
    }

    String describe() {
        return failures.stream().map(f -> "- " + f).collect(Collectors.joining("\n"));
    }

    void logUndetermined(String url) {
        undetermined.forEach(u -> LOG.warn("axe could not decide on {} (look yourself): {}", url, u));
    }

    /** Both colours known and their ratio below the one required for this text. */
    static boolean measuredTooLow(Map<?, ?> data) {
        Object ratio = data.get("contrastRatio");
        Object expected = data.get("expectedContrastRatio");
        if (data.get("fgColor") == null || data.get("bgColor") == null || !(ratio instanceof Number measured) || expected == null) {
            return false;
        }
        double required = Double.parseDouble(expected.toString().replace(":1", "").trim());
        return measured.doubleValue() > 0 && measured.doubleValue() < required;
    }

    private static Optional<Map<?, ?>> contrastData(CheckedNode node) {
        return Stream.of(node.getAny(), node.getAll(), node.getNone()).flatMap(l -> orEmpty(l).stream())
                .filter(check -> CONTRAST.equals(check.getId()))
                .map(Check::getData)
                .filter(Map.class::isInstance)
                .<Map<?, ?>>map(Map.class::cast)
                .findFirst();
    }

    private static String colours(Map<?, ?> data) {
        return " (text " + data.get("fgColor") + " on " + data.get("bgColor") + ": " + data.get("contrastRatio") + ":1, needs "
                + data.get("expectedContrastRatio") + (data.get("messageKey") != null ? ", axe says " + data.get("messageKey") : "") + ")";
    }

    private static String line(Rule rule, CheckedNode node, String colours) {
        return rule.getId() + ": " + rule.getHelp() + " at " + node.getTarget() + colours;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
