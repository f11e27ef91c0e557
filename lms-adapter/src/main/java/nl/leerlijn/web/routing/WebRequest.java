package nl.leerlijn.web.routing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.web.security.HostUser;

/**
 * One request as a handler sees it: who asks, in which language, and the path's parameters.
 *
 * @param raw the servlet request
 * @param user the signed-in person; empty only on anonymous routes
 * @param locale the language to answer in
 * @param pathParameters values of the route's {@code {name}} segments
 */
public record WebRequest(HttpServletRequest raw, Optional<HostUser> user, Locale locale, Map<String, String> pathParameters) {

    /** @return the signed-in person as the core use cases know them */
    public Actor actor() {
        return user.orElseThrow(() -> new IllegalStateException("An anonymous route asked who is signed in")).actor();
    }

    /** @return a query or form parameter, if present and not blank */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(raw.getParameter(name)).filter(v -> !v.isBlank());
    }

    /**
     * @return the path parameter as a positive number
     * @throws PageNotFoundException when it is not one (the page cannot exist)
     */
    public long id(String name) {
        String value = pathParameters.getOrDefault(name, "");
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // not a page that can exist: reported below
        }
        throw new PageNotFoundException(raw.getRequestURI());
    }
}
