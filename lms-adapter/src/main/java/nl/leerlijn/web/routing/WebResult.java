package nl.leerlijn.web.routing;

import java.util.Map;

/** What a handler answers: a page to render, a redirect (Post/Redirect/Get), a small file or a streamed one. */
public sealed interface WebResult {

    /**
     * A rendered page.
     *
     * @param template template name under the templates root, e.g. {@code home/my-cohorts.ftlh}
     * @param titleKey message key of the page title
     * @param model what the template gets besides the common values; a {@code title} in it (text
     *     the user entered, such as a cohort's name) replaces the one {@code titleKey} names
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

    /**
     * A file for the browser to save or a feed to read.
     *
     * @param fileName suggested file name (ASCII)
     * @param contentType e.g. {@code text/csv;charset=UTF-8}
     * @param content the bytes
     * @param attachment whether the browser should save it rather than show it
     */
    record Download(String fileName, String contentType, byte[] content, boolean attachment) implements WebResult {
        public Download {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /**
     * A stored file, streamed to the browser without loading it into memory.
     *
     * @param fileName suggested file name
     * @param contentType the media type
     * @param size in bytes
     * @param content opens the stream (called once, after the handler's transaction)
     */
    record FileStream(String fileName, String contentType, long size, Opener content) implements WebResult {
    }

    /** Opens a stream. */
    @FunctionalInterface
    interface Opener {
        java.io.InputStream open() throws java.io.IOException;
    }
}
