package nl.leerlijn.web.routing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Renderer;
import nl.leerlijn.web.security.CsrfTokens;
import nl.leerlijn.web.security.HostUser;

/** Writes what a handler answered: a page in Leerlijn's frame, a download, a streamed file. Thread-safe. */
final class Responses {
    private static final String ASSET_VERSION = assetVersion();
    /** The request attribute with Leerlijn's address without a session in it, for the stylesheet and the script. */
    static final String ASSETS = "nl.leerlijn.assets";

    private final Renderer renderer;
    private final CsrfTokens csrf;
    private final Navigation navigation;

    Responses(Renderer renderer, CsrfTokens csrf, Navigation navigation) {
        this.renderer = renderer;
        this.csrf = csrf;
        this.navigation = navigation;
    }

    void page(HttpServletRequest request, HttpServletResponse response, Locale locale, WebResult.Page page, Optional<HostUser> user)
            throws IOException {
        Messages messages = Messages.of(locale);
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        Map<String, Object> model = new HashMap<>();
        model.put("view", page.view());
        model.put("base", base(request));
        // Stylesheet and script are the same for everyone: their address never carries a session (shared caches keep them).
        model.put("assets", Optional.ofNullable(request.getAttribute(ASSETS)).orElseGet(() -> base(request)));
        model.put("assetVersion", ASSET_VERSION);
        model.put("title", page.title().orElseGet(() -> messages.get(page.titleKey())));
        model.put("trail", page.trail());
        model.put("cohortMenu", page.cohort().orElse(null));
        model.put("places", user.map(u -> navigation.placesOf(u, messages)).orElse(List.of()));
        model.put("currentPath", path);
        model.put("userName", user.map(HostUser::displayName).orElse(""));
        model.put("csrf", user.map(u -> csrf.issue(u.id())).orElse(""));
        model.put("csrfField", CsrfTokens.FIELD);
        StringWriter html = new StringWriter();
        renderer.render(page.template(), model, messages, html);
        response.setStatus(page.status());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Language", messages.locale().getLanguage());
        response.getWriter().write(html.toString());
    }

    void pdf(HttpServletRequest request, HttpServletResponse response, WebResult.Pdf pdf) throws IOException {
        Messages messages = Messages.of(pdf.locale());
        Map<String, Object> model = new HashMap<>();
        model.put("view", pdf.view());
        model.put("base", base(request));
        StringWriter html = new StringWriter();
        renderer.render(pdf.template(), model, messages, html);
        download(response, new WebResult.Download(pdf.fileName(), "application/pdf", nl.leerlijn.web.render.PdfDocuments.render(html.toString()),
                true));
    }

    static void redirect(HttpServletRequest request, HttpServletResponse response, WebResult.Redirect redirect) {
        response.setStatus(303);
        response.setHeader("Location", base(request) + redirect.path());
    }

    static void download(HttpServletResponse response, WebResult.Download download) throws IOException {
        response.setStatus(200);
        response.setContentType(download.contentType());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", (download.attachment() ? "attachment" : "inline")
                + "; filename=\"" + asciiName(download.fileName()) + "\"");
        byte[] content = download.content();
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    static void stream(HttpServletResponse response, WebResult.FileStream file) throws IOException {
        InputStream opened;
        try {
            opened = file.content().open();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open " + file.fileName(), e);
        }
        try (InputStream in = opened) {
            response.setStatus(200);
            response.setContentType(file.contentType());
            response.setHeader("Cache-Control", "private, no-store");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + asciiName(file.fileName()) + "\"");
            response.setContentLengthLong(file.size());
            in.transferTo(response.getOutputStream());
        }
    }

    static void streamed(HttpServletResponse response, WebResult.Streamed download) throws IOException {
        response.setStatus(200);
        response.setContentType(download.contentType());
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + asciiName(download.fileName()) + "\"");
        download.content().write(response.getOutputStream());
    }

    static String base(HttpServletRequest request) {
        return request.getContextPath() + request.getServletPath();
    }

    private static String asciiName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String assetVersion() {
        try (InputStream css = Responses.class.getResourceAsStream("/nl/leerlijn/static/leerlijn.css");
                InputStream js = Responses.class.getResourceAsStream("/nl/leerlijn/static/leerlijn.js")) {
            if (css == null || js == null) {
                return "0";
            }
            return Integer.toHexString(java.util.Arrays.hashCode(css.readAllBytes()) * 31 + java.util.Arrays.hashCode(js.readAllBytes()));
        } catch (IOException e) {
            return "0";
        }
    }
}
