package nl.leerlijn.curriculum;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A structured method an intervisie meeting follows: an ordered list of phases with time boxes. Leerlijn ships five
 * (incidentmethode, roddelmethode, balintmethode, socratisch gesprek, vijfstappenmethode); a programme definition may
 * add its own under {@code intervisionMethods}. Immutable.
 *
 * @param key the name definitions use: lower-case words joined by hyphens, such as {@code socratisch-gesprek}
 * @param title the name participants see, in Dutch, such as "Socratisch gesprek"
 * @param summary one or two sentences on what the method does
 * @param phases at least one, in the order the meeting goes through them
 */
public record IntervisionMethod(String key, String title, String summary, List<MethodPhase> phases) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Checks the values; the phases are copied.
     *
     * @param key the name definitions use: lower-case words joined by hyphens, such as {@code socratisch-gesprek}
     * @param title the name participants see, in Dutch, such as "Socratisch gesprek"
     * @param summary one or two sentences on what the method does
     * @param phases at least one, in the order the meeting goes through them
     * @throws IllegalArgumentException when the key is not valid (see {@link #isValidKey}), the title or summary is
     *     blank, or there are no phases
     */
    public IntervisionMethod {
        if (key == null || !isValidKey(key) || title == null || title.isBlank() || summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("A method needs a key (lower-case words joined by hyphens), a title and a summary: " + key);
        }
        phases = List.copyOf(phases);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("A method has at least one phase: " + key);
        }
    }

    /** @return the methods shipped with Leerlijn (incidentmethode, roddelmethode, balintmethode, socratisch gesprek, vijfstappenmethode) */
    public static List<IntervisionMethod> builtIn() {
        return BuiltInMethods.all();
    }

    /** @return the sum of the phases' time boxes, in minutes */
    public int totalMinutes() {
        return phases.stream().mapToInt(MethodPhase::minutes).sum();
    }

    /** @return the sum of the phases' time boxes */
    public Duration totalDuration() {
        return Duration.ofMinutes(totalMinutes());
    }

    /**
     * @param value the text to check; not {@code null}
     * @return whether {@code value} would make a valid method key
     */
    public static boolean isValidKey(String value) {
        return value.length() <= 100 && KEY.matcher(value).matches();
    }

    /**
     * Turns a method name as definitions write it into a key. Definitions written before methods were data name them
     * in capitals with underscores ({@code SOCRATISCH_GESPREK}); they still name the same method.
     *
     * @param name a name as written in a definition; not {@code null}
     * @return the name stripped, in lower case, with underscores as hyphens (not necessarily a valid key)
     */
    public static String normalizeKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
