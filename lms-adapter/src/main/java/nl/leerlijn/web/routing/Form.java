package nl.leerlijn.web.routing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a user typed into a form, with the problems found per field, so a refused form comes back
 * with the input kept and a message beside each field. Mutable while a handler checks it; not
 * thread-safe (one per request).
 */
public final class Form {
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter[] DATES = {DateTimeFormatter.ISO_LOCAL_DATE, DUTCH};

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private Form(Map<String, String> values) {
        this.values = new LinkedHashMap<>(values);
    }

    /**
     * @param request the request
     * @return the form the request carries
     */
    public static Form of(WebRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        request.raw().getParameterMap().forEach((name, given) -> values.put(name, given.length == 0 ? "" : given[0]));
        return new Form(values);
    }

    /**
     * @param values field name to starting value
     * @return an empty form with these starting values
     */
    public static Form initial(Map<String, String> values) {
        return new Form(values);
    }

    /**
     * @param field the field's name
     * @return the field's text, stripped; empty string when absent
     */
    public String value(String field) {
        return values.getOrDefault(field, "").strip();
    }

    /**
     * @param field the field's name
     * @return the field's text when not blank
     */
    public Optional<String> optional(String field) {
        return Optional.of(value(field)).filter(v -> !v.isEmpty());
    }

    /**
     * Records a problem with a field; {@code messageKey} names the text shown beside it.
     *
     * @param field the field's name
     * @param messageKey the message key of the problem; a field keeps its first problem
     */
    public void reject(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
    }

    /**
     * @param field the field's name
     * @param maxLength the most characters it may have (else {@code form.tooLong})
     * @return the field's text when present, else records {@code form.required} and returns empty
     */
    public Optional<String> required(String field, int maxLength) {
        String value = value(field);
        if (value.isEmpty()) {
            reject(field, "form.required");
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            reject(field, "form.tooLong");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * @param <E> the enum
     * @param field the field's name
     * @param type the enum's class
     * @return the constant of {@code type} whose name the field holds, else records
     *     {@code form.required} (empty) or {@code form.invalidChoice} and returns empty
     */
    public <E extends Enum<E>> Optional<E> choice(String field, Class<E> type) {
        String value = value(field);
        Optional<E> chosen = java.util.Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
        if (chosen.isEmpty()) {
            reject(field, value.isEmpty() ? "form.required" : "form.invalidChoice");
        }
        return chosen;
    }

    /**
     * @param field the field's name
     * @return the field's date, written as yyyy-MM-dd (what a date input sends) or d-M-yyyy (what a person types where
     *     the browser has no date picker), in at most 10 characters (so never a year of five digits or more); else records
     *     {@code form.required} or {@code form.invalidDate} and returns empty
     */
    public Optional<LocalDate> date(String field) {
        String text = value(field);
        if (text.isEmpty()) {
            reject(field, "form.required");
            return Optional.empty();
        }
        for (DateTimeFormatter format : text.length() <= 10 ? DATES : new DateTimeFormatter[0]) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        reject(field, "form.invalidDate");
        return Optional.empty();
    }

    /** @return whether any field was rejected */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** @return field name to typed value, for templates */
    public Map<String, String> getValues() {
        return Map.copyOf(values);
    }

    /** @return field name to message key, in the order found, for templates */
    public Map<String, String> getErrors() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }
}
