package nl.leerlijn.web.render;

import java.util.regex.Pattern;

/**
 * The host's own stylesheet, linked on every page after {@code leerlijn.css} so that its rules (e.g. {@code .ll {
 * --ll-color-primary: #004b87; }}) win. Only a path on the page's own origin is accepted: the Content-Security-Policy
 * allows stylesheets from {@code 'self'} and nothing else, and a path cannot leave the page's origin or break out of the
 * attribute it is written into.
 *
 * @param path starts with a single {@code /}; letters, digits and {@code - . _ ~ % / +}, then optionally a query of those
 *     and {@code = &}, e.g. {@code /assets/lms-theme.css?v=3}
 */
public record HostStylesheet(String path) {
    // No scheme or host (a leading "//" or "/\" would be read by browsers as another origin), no quotes, spaces or markup.
    private static final Pattern SAME_ORIGIN_PATH = Pattern.compile("/[A-Za-z0-9._~%+-][A-Za-z0-9._~%/+-]*(\\?[A-Za-z0-9._~%/+=&-]*)?");

    /**
     * Checks that the path stays on the page's own origin.
     *
     * @param path the stylesheet's path, e.g. {@code /assets/lms-theme.css}
     * @throws IllegalArgumentException for anything but a same-origin path, naming the value
     */
    public HostStylesheet {
        if (path == null || !SAME_ORIGIN_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("The host stylesheet must be a path on the same origin as Leerlijn's pages, such as "
                    + "/assets/lms-theme.css: starting with a single /, without scheme or host, quotes, spaces or backslashes; "
                    + "refused: " + (path == null ? "null" : "\"" + path + "\""));
        }
    }
}
