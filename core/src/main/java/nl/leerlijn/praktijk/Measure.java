package nl.leerlijn.praktijk;

/**
 * One outcome measure of a praktijk report, e.g. "uitstroom naar werk" with "70%".
 *
 * @param name what was measured
 * @param value what it came to, as the duo writes it
 */
public record Measure(String name, String value) {
}
