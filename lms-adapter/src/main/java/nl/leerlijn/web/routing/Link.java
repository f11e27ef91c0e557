package nl.leerlijn.web.routing;

/**
 * A link on a page's frame (the way back, a place in a menu).
 *
 * @param text what the user reads, already translated
 * @param path inside Leerlijn, starting with {@code /}
 */
public record Link(String text, String path) {
}
