package nl.leerlijn.web.routing;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The body of a POST, read before anything looks at it: one the container cannot read (malformed, or larger than it
 * takes) or one with a NUL character in it (no browser sends one; databases refuse to store it) is not used at all.
 */
final class FormBody {
    private static final Logger LOG = LoggerFactory.getLogger(FormBody.class);

    /** Why a body is not used: the status and the message key of the page that says so. */
    record Unusable(int status, String messageKey) {
    }

    private FormBody() {
    }

    /** @return why the request's body cannot be used, or empty when it can */
    static Optional<Unusable> check(HttpServletRequest request, long maxRequestBytes) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException unreadable) {
            LOG.info("Refused an unreadable request body to {}: {}", request.getRequestURI(), unreadable.getMessage());
            discardRest(request, maxRequestBytes);
            return Optional.of(request.getContentLengthLong() > maxRequestBytes ? new Unusable(413, "error.tooLarge")
                    : new Unusable(400, "error.badRequest"));
        }
        boolean nul = parameters.entrySet().stream().anyMatch(p -> hasNul(p.getKey())
                || Arrays.stream(p.getValue()).anyMatch(FormBody::hasNul));
        if (nul) {
            LOG.info("Refused a request body with a NUL character to {}", request.getRequestURI());
            return Optional.of(new Unusable(400, "error.badRequest"));
        }
        return Optional.empty();
    }

    private static boolean hasNul(String text) {
        return text.indexOf('\0') >= 0;
    }

    /**
     * Reads what the container left of a refused body, up to the largest request Leerlijn takes: a browser still sending
     * it would otherwise see the connection reset instead of the page that says what went wrong.
     */
    static void discardRest(HttpServletRequest request, long maxRequestBytes) {
        byte[] buffer = new byte[64 * 1024];
        long left = maxRequestBytes;
        try (InputStream in = request.getInputStream()) {
            for (int read = 0; left > 0 && read >= 0; read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) {
                left -= read;
            }
        } catch (IOException | IllegalStateException e) {
            LOG.debug("The rest of a refused request body could not be read", e);
        }
    }
}
