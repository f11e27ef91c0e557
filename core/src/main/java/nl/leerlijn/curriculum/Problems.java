package nl.leerlijn.curriculum;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects what is wrong in a definition, so that one read reports every problem at once. */
final class Problems {
    private final List<DefinitionProblem> found = new ArrayList<>();

    void add(String path, String message) {
        found.add(new DefinitionProblem(path, message));
    }

    List<DefinitionProblem> all() {
        return List.copyOf(found);
    }

    boolean any() {
        return !found.isEmpty();
    }

    /** @return the text, trimmed, or empty after recording a problem when it is missing or blank */
    Optional<String> text(String value, String path) {
        if (value == null || value.isBlank()) {
            add(path, "is required and must not be empty");
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    /**
     * @return the texts, trimmed, or empty after recording a problem when the list is missing or empty or one of them
     *     is blank
     */
    Optional<List<String>> texts(List<String> values, String path) {
        if (values == null || values.isEmpty()) {
            add(path, "must list at least one text");
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            text(values.get(i), path + "[" + i + "]").ifPresent(texts::add);
        }
        return texts.size() == values.size() ? Optional.of(texts) : Optional.empty();
    }

    /** @return the value, or empty after recording a problem when it is missing */
    <T> Optional<T> present(T value, String path) {
        if (value == null) {
            add(path, "is required");
        }
        return Optional.ofNullable(value);
    }

    /** @return the number when it lies in [min, max], else empty after recording a problem */
    Optional<Integer> inRange(Integer value, int min, int max, String path) {
        if (value == null) {
            add(path, "is required (a whole number from " + min + " to " + max + ")");
            return Optional.empty();
        }
        if (value < min || value > max) {
            add(path, "must be from " + min + " to " + max + ", but is " + value);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** @return the time of day written as HH:mm, else empty after recording a problem */
    Optional<LocalTime> time(String value, String path) {
        if (value == null) {
            add(path, "is required (a time of day such as \"09:30\")");
            return Optional.empty();
        }
        try {
            if (!value.matches("\\d{2}:\\d{2}")) {
                throw new DateTimeParseException("not HH:mm", value, 0);
            }
            return Optional.of(LocalTime.parse(value));
        } catch (DateTimeParseException e) {
            add(path, "must be a time of day written as HH:mm, such as \"09:30\", but is \"" + value + "\"");
            return Optional.empty();
        }
    }
}
