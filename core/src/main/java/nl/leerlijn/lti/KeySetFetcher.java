package nl.leerlijn.lti;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Fetches a platform's public key set (JWKS) from its address. Leerlijn caches what comes back. */
@FunctionalInterface
public interface KeySetFetcher {
    /** The most a key set may weigh; a real one is a few kilobytes. */
    int MAX_BYTES = 256 * 1024;

    /**
     * @param url the platform's JWKS address
     * @return the key set's JSON
     * @throws IOException when it cannot be fetched (network, status other than 200, too large)
     */
    String fetch(URI url) throws IOException;

    /**
     * @return a fetcher over HTTPS that gives up after 5 seconds for the answer and 10 in all, refuses redirects and anything
     *     larger than {@value #MAX_BYTES} bytes
     */
    static KeySetFetcher http() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        return url -> {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build();
            java.util.concurrent.CompletableFuture<String> body = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                    .thenApply(response -> {
                        try (InputStream in = response.body()) {
                            if (response.statusCode() != 200) {
                                throw new java.io.UncheckedIOException(new IOException("Key set at " + url + " answered " + response.statusCode()));
                            }
                            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                            if (bytes.length > MAX_BYTES) {
                                throw new java.io.UncheckedIOException(new IOException("Key set at " + url + " is larger than " + MAX_BYTES + " bytes"));
                            }
                            return new String(bytes, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
            try {
                return body.get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                body.cancel(true);
                throw new IOException("The key set at " + url + " took longer than 10 seconds", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause()
                        : new IOException("Fetching the key set at " + url + " failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Fetching the key set at " + url + " was interrupted", e);
            }
        };
    }
}
