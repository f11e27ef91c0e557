package nl.leerlijn.web.routing;

import java.util.List;
import java.util.Optional;

/** What a handler answers: a page to render, a redirect (Post/Redirect/Get), a small file or a streamed one. */
public sealed interface WebResult {

    /**
     * A rendered page: one view record in a template, in Leerlijn's frame.
     *
     * @param template template name under the templates root, e.g. {@code home/my-cohorts.ftlh}
     * @param titleKey message key of the page title
     * @param view the page's view record; the template sees it as {@code view}
     * @param status the HTTP status
     * @param title a title to show instead of the one {@code titleKey} names (text the user entered, such as a cohort's name)
     * @param trail the way back, from the start page to the page above this one
     * @param cohort the menu of the cohort the page belongs to, for its staff
     */
    record Page(String template, String titleKey, Object view, int status, Optional<String> title, List<Link> trail,
            Optional<CohortMenu> cohort) implements WebResult {
        /**
         * Copies the trail.
         *
         * @param template template name under the templates root, e.g. {@code home/my-cohorts.ftlh}
         * @param titleKey message key of the page title
         * @param view the page's view record; the template sees it as {@code view}
         * @param status the HTTP status
         * @param title a title to show instead of the one {@code titleKey} names (text the user entered, such as a cohort's name)
         * @param trail the way back, from the start page to the page above this one
         * @param cohort the menu of the cohort the page belongs to, for its staff
         */
        public Page {
            trail = List.copyOf(trail);
        }

        /**
         * @param template the template name under the templates root, e.g. {@code home/my-cohorts.ftlh}
         * @param titleKey the message key of the page title
         * @param view the page's view record
         * @return a 200 page with this view record
         */
        public static Page of(String template, String titleKey, Object view) {
            return new Page(template, titleKey, view, 200, Optional.empty(), List.of(), Optional.empty());
        }

        /**
         * @param other the HTTP status
         * @return this page with another HTTP status
         */
        public Page status(int other) {
            return new Page(template, titleKey, view, other, title, trail, cohort);
        }

        /**
         * @param text the title
         * @return this page with its own title (a name the user gave) instead of the one {@code titleKey} names
         */
        public Page titled(String text) {
            return new Page(template, titleKey, view, status, Optional.of(text), trail, cohort);
        }

        /**
         * @param way the way back, from the start page to the page above this one
         * @return this page with the way back to it
         */
        public Page trail(List<Link> way) {
            return new Page(template, titleKey, view, status, title, way, cohort);
        }

        /**
         * @param menu the cohort's menu
         * @return this page in a cohort's frame
         */
        public Page in(CohortMenu menu) {
            return new Page(template, titleKey, view, status, title, trail, Optional.of(menu));
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
     * A 303 redirect out of Leerlijn, e.g. to a platform's login endpoint.
     *
     * @param location the absolute address
     */
    record Away(java.net.URI location) implements WebResult {
    }

    /**
     * Another answer with cookies set (or cleared) on the way, e.g. the state of an LTI login bound to the browser.
     *
     * @param result the answer
     * @param cookies whole {@code Set-Cookie} values
     */
    record WithCookies(WebResult result, List<String> cookies) implements WebResult {
        /**
         * Copies the cookies.
         *
         * @param result the answer
         * @param cookies whole {@code Set-Cookie} values
         */
        public WithCookies {
            cookies = List.copyOf(cookies);
        }
    }

    /**
     * A page with a form that posts to another site (an LTI deep linking response to the platform): the page's policy lets
     * forms go to that origin too.
     *
     * @param page the page
     * @param formOrigin the origin the form posts to, e.g. {@code https://lms.example.edu}
     */
    record PostingAway(Page page, String formOrigin) implements WebResult {
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
        /**
         * Copies the content.
         *
         * @param fileName suggested file name (ASCII)
         * @param contentType e.g. {@code text/csv;charset=UTF-8}
         * @param content the bytes
         * @param attachment whether the browser should save it rather than show it
         */
        public Download {
            content = content.clone();
        }

        /** @return a copy of the bytes */
        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /**
     * A document rendered from a template to PDF, e.g. a presence list or a certificate. The template is well-formed
     * XHTML, without Leerlijn's page frame; it sees the view as {@code view}.
     *
     * @param template the template's name, e.g. {@code attendance/presence-list-pdf.ftlh}
     * @param view the document's view record
     * @param fileName suggested file name (ASCII), ending in {@code .pdf}
     * @param locale the document's language (may differ from the reader's, e.g. an English certificate)
     */
    record Pdf(String template, Object view, String fileName, java.util.Locale locale) implements WebResult {
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

    /**
     * A download written straight to the response as it is made (an archive whose size is not known beforehand).
     *
     * @param fileName suggested file name
     * @param contentType the media type
     * @param content writes the bytes (called once, after the handler returned)
     */
    record Streamed(String fileName, String contentType, Writer content) implements WebResult {
    }

    /** Writes a download. */
    @FunctionalInterface
    interface Writer {
        /**
         * @param out the response's stream; not to be closed
         * @throws java.io.IOException when writing fails
         */
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    /** Opens a stream. */
    @FunctionalInterface
    interface Opener {
        /**
         * @return the stream, closed by the servlet once sent
         * @throws java.io.IOException when the file cannot be opened
         */
        java.io.InputStream open() throws java.io.IOException;
    }
}
