package nl.leerlijn.web.routing;

import java.util.Map;

/** What a handler answers: a page to render or a redirect (Post/Redirect/Get). */
public sealed interface WebResult {

    /**
     * A rendered page.
     *
     * @param template template name under the templates root, e.g. {@code home/my-cohorts.ftlh}
     * @param titleKey message key of the page title
     * @param model what the template gets besides the common values
     * @param status the HTTP status
     */
    record Page(String template, String titleKey, Map<String, Object> model, int status) implements WebResult {
        public Page {
            model = Map.copyOf(model);
        }

        /** @return a 200 page with one view record under the name {@code view} */
        public static Page of(String template, String titleKey, Object view) {
            return new Page(template, titleKey, Map.of("view", view), 200);
        }
    }

    /**
     * A 303 redirect.
     *
     * @param path a path inside Leerlijn, starting with {@code /}
     */
    record Redirect(String path) implements WebResult {
    }
}
