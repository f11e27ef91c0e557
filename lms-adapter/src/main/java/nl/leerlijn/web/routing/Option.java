package nl.leerlijn.web.routing;

/**
 * One choice in a select.
 *
 * @param value what the form sends
 * @param label what the user reads, already translated
 */
public record Option(String value, String label) {
}
