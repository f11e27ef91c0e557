package nl.leerlijn.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.leerlijn.web.RouteAccessTest.Who;
import nl.leerlijn.web.render.Messages;

/**
 * Sends requests as one of {@link Who} in a language (the browser's {@code Accept-Language}), with a valid token on every
 * form of a signed-in person, and notes every answer that is not an answer: a 5xx, a stack trace or an unescaped bit of
 * markup in a body, or a 4xx that is not a page in the asker's language.
 */
final class WalkClient {
    /** Bits of markup the walk sends; none may come back as markup. */
    static final List<String> MARKUP = List.of("<script>alert(1)</script>", "<b>vet</b>");
    private static final List<String> STACK_TRACE = List.of("Exception", "\tat ", "java.lang.", "java.util.", "org.jdbi", "org.h2",
            "org.postgresql", "jakarta.servlet", "nl.leerlijn.", "freemarker.");

    private final TestHost host;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<String> problems = new ArrayList<>();
    private int sent;
    private String lastLocation = "";

    WalkClient(TestHost host) {
        this.host = host;
    }

    /** @return every answer that was not an answer, described */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** @return where the last answer redirected to, empty when it did not */
    String lastLocation() {
        return lastLocation;
    }

    /** @return how many requests were sent */
    int sent() {
        return sent;
    }

    /** @return the answer's status, 0 when none came */
    int get(String path, Who who, Locale language) {
        return send("GET " + path, who, language, request(path, who, language).GET());
    }

    /** @return the answer's status, 0 when none came */
    int post(String path, Who who, Locale language, Map<String, String> form) {
        String body = withToken(form, who).entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send("POST " + path + " " + shorten(form), who, language, request(path, who, language)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** POSTs a multipart form: the fields (with the token) and one file in {@code fileField}; @return the answer's status */
    int multipart(String path, Who who, Locale language, Map<String, String> fields, String fileField, String fileName,
            byte[] content) {
        String boundary = "----leerlijn-walk-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        withToken(fields, who).forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST " + path + " with file " + shorten(Map.of(fileName, content.length + " bytes")) + " " + shorten(fields), who, language,
                request(path, who, language).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Map<String, String> withToken(Map<String, String> form, Who who) {
        Map<String, String> all = new LinkedHashMap<>(form);
        if (who != Who.ANONYMOUS) {
            all.putIfAbsent("_csrf", host.tokenFor(who.user()));
        }
        return all;
    }

    private HttpRequest.Builder request(String path, Who who, Locale language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(host.url(path))).header("Accept-Language", language.getLanguage());
        return who == Who.ANONYMOUS ? request : request.header("X-Test-User", who.user());
    }

    private int send(String what, Who who, Locale language, HttpRequest.Builder request) {
        sent++;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            check(what + " as " + who, response, language);
            lastLocation = response.headers().firstValue("Location").orElse("");
            return response.statusCode();
        } catch (IOException e) {
            problems.add(what + " as " + who + ": no answer (" + e + ")");
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private void check(String what, HttpResponse<String> response, Locale language) {
        int status = response.statusCode();
        String body = response.body();
        if (status >= 500) {
            problems.add(what + ": " + status);
            return;
        }
        STACK_TRACE.stream().filter(body::contains).findFirst().ifPresent(t -> problems.add(what + ": " + status + " shows " + t));
        MARKUP.stream().filter(body::contains).findFirst().ifPresent(m -> problems.add(what + ": " + status + " shows markup " + m));
        if (status >= 400 && !isPageIn(response, language)) {
            problems.add(what + ": " + status + " is not a page in " + language.getLanguage() + ": "
                    + response.headers().firstValue("Content-Language").orElse("no Content-Language"));
        }
    }

    private static boolean isPageIn(HttpResponse<String> response, Locale language) {
        String lang = language.getLanguage();
        return response.headers().firstValue("Content-Type").filter(t -> t.startsWith("text/html")).isPresent()
                && response.headers().firstValue("Content-Language").filter(lang::equals).isPresent()
                && response.body().contains("<html lang=\"" + lang + "\"")
                && response.body().contains(Messages.of(language).get("layout.skipToContent"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String shorten(Map<String, String> form) {
        return form.entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue().length() > 40
                ? e.getValue().substring(0, 20) + "…(" + e.getValue().length() + ")" : e.getValue()))
                .collect(Collectors.joining("&", "[", "]"));
    }
}
