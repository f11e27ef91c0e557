package nl.leerlijn.web.routing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A method and a path pattern such as {@code /cohorts/{cohortId}}, with its handler.
 *
 * @param method GET or POST
 * @param pattern segments separated by {@code /}; a segment {@code {name}} matches any one segment
 * @param handler what answers
 * @param anonymous whether the route answers without a signed-in person (it then checks a secret of its own, such as a
 *     calendar feed token)
 * @param transactional whether the handler runs in one transaction; an upload does not, so it streams and checks its
 *     files before any transaction opens
 */
public record Route(String method, String pattern, Handler handler, boolean anonymous, boolean transactional) {

    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        /**
         * @param request the request, with who asks and the path's parameters
         * @return the answer
         */
        WebResult handle(WebRequest request);
    }

    /**
     * @param pattern the path pattern, e.g. {@code /cohorts/{cohortId}}
     * @param handler what answers
     * @return a GET route for signed-in people
     */
    public static Route get(String pattern, Handler handler) {
        return new Route("GET", pattern, handler, false, true);
    }

    /**
     * @param pattern the path pattern, e.g. {@code /cohorts/{cohortId}}
     * @param handler what answers
     * @return a POST route for signed-in people (the servlet checks the CSRF token first)
     */
    public static Route post(String pattern, Handler handler) {
        return new Route("POST", pattern, handler, false, true);
    }

    /**
     * @param pattern the path pattern, e.g. {@code /cohorts/{cohortId}}
     * @param handler what answers
     * @return a POST route whose handler streams a large body and opens its own short transactions
     */
    public static Route streamingPost(String pattern, Handler handler) {
        return new Route("POST", pattern, handler, false, false);
    }

    /**
     * @param pattern the path pattern, e.g. {@code /cohorts/{cohortId}}
     * @param handler what answers
     * @return a GET route that answers without a signed-in person; the handler must check its own secret
     */
    public static Route anonymousGet(String pattern, Handler handler) {
        return new Route("GET", pattern, handler, true, true);
    }

    /**
     * @param pattern the path pattern, e.g. {@code /werkbegeleider/{token}}
     * @param handler what answers
     * @return a POST route that answers without a signed-in person, so without the signed-in person's CSRF token: the
     *     handler must check the secret in the address and a form token bound to it
     */
    public static Route anonymousPost(String pattern, Handler handler) {
        return new Route("POST", pattern, handler, true, true);
    }

    /** @return the path parameters when {@code path} matches this route's pattern */
    Optional<Map<String, String>> match(String path) {
        String[] want = split(pattern);
        String[] have = split(path);
        if (want.length != have.length) {
            return Optional.empty();
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{") && want[i].endsWith("}")) {
                parameters.put(want[i].substring(1, want[i].length() - 1), have[i]);
            } else if (!want[i].equals(have[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(Map.copyOf(parameters));
    }

    private static String[] split(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }
}
