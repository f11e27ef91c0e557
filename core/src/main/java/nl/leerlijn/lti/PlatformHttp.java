package nl.leerlijn.lti;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How Leerlijn calls a platform's services (its token endpoint, the course roster, line items and scores). Hosts and
 * tests may give their own (a proxy, a fake platform); the default speaks HTTPS with time-outs and size limits.
 */
@FunctionalInterface
public interface PlatformHttp {
    /** The largest answer read from a platform (a page of a course roster). */
    int MAX_ANSWER_BYTES = 2 * 1024 * 1024;

    /**
     * A request to a platform.
     *
     * @param method GET or POST
     * @param uri where
     * @param headers the headers (Accept, Authorization, Content-Type)
     * @param body the body; empty for GET
     */
    record Request(String method, URI uri, Map<String, String> headers, String body) {
        /**
         * Copies the headers.
         *
         * @param method GET or POST
         * @param uri where
         * @param headers the headers
         * @param body the body
         */
        public Request {
            headers = Map.copyOf(headers);
        }
    }

    /**
     * A platform's answer.
     *
     * @param status the HTTP status
     * @param headers the headers, names in lower case
     * @param body the body, as text
     */
    record Response(int status, Map<String, List<String>> headers, String body) {
        /**
         * Copies the headers.
         *
         * @param status the HTTP status
         * @param headers the headers
         * @param body the body
         */
        public Response {
            headers = Map.copyOf(headers);
        }

        /**
         * @param name a header's name, lower case
         * @return its values
         */
        public List<String> header(String name) {
            return headers.getOrDefault(name, List.of());
        }
    }

    /**
     * @param request what to send
     * @return the answer, whatever its status
     * @throws IOException when the platform cannot be reached, is too slow, or answers too much
     */
    Response send(Request request) throws IOException;

    /** @return HTTPS calls with a 5-second connect and 20-second overall deadline, no redirects, at most 2 MB read */
    static PlatformHttp http() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        return request -> {
            HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(Duration.ofSeconds(20));
            request.headers().forEach(builder::header);
            builder.method(request.method(), request.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(request.body()));
            try {
                HttpResponse<InputStream> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    byte[] bytes = in.readNBytes(MAX_ANSWER_BYTES + 1);
                    if (bytes.length > MAX_ANSWER_BYTES) {
                        throw new IOException("The platform answered more than " + MAX_ANSWER_BYTES + " bytes from " + request.uri());
                    }
                    Map<String, List<String>> headers = new java.util.HashMap<>();
                    response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v));
                    return new Response(response.statusCode(), headers, new String(bytes, StandardCharsets.UTF_8));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while calling " + request.uri(), e);
            }
        };
    }
}
