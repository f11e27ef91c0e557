package nl.leerlijn.web.routing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.access.Actor;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.web.render.Messages;
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
        return user.orElseThrow(() -> new PageNotFoundException(raw.getRequestURI())).actor();
    }

    /** @return the texts in the request's language */
    public Messages messages() {
        return Messages.of(locale);
    }

    /**
     * @param name the parameter's name
     * @return a query or form parameter, if present and not blank
     */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(raw.getParameter(name)).filter(v -> !v.isBlank());
    }

    /**
     * @param name the parameter's name
     * @param allowed the values it may hold
     * @return the query parameter when it is one of {@code allowed}; empty when absent
     * @throws UnknownChoiceException when it holds anything else
     */
    public Optional<String> choice(String name, Set<String> allowed) {
        Optional<String> value = parameter(name);
        if (value.isPresent() && !allowed.contains(value.get())) {
            throw new UnknownChoiceException(name, value.get());
        }
        return value;
    }

    /**
     * @param prefix the message key's prefix
     * @param known the notices the page knows
     * @return the confirmation a redirect asked the page to show, as a message key with {@code prefix}, or empty
     */
    public String notice(String prefix, Set<String> known) {
        return parameter("notice").filter(known::contains).map(n -> messages().get(prefix + n)).orElse("");
    }

    /**
     * @param name the path parameter's name
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

    /**
     * @param name the path parameter's name
     * @return the path parameter as an activity key
     * @throws PageNotFoundException when it cannot be one
     */
    public ActivityKey activity(String name) {
        String value = pathParameters.getOrDefault(name, "");
        if (!ActivityKey.isValid(value)) {
            throw new PageNotFoundException(raw.getRequestURI());
        }
        return new ActivityKey(value);
    }

    /**
     * @param name the query parameter's name
     * @return a query parameter as a positive number, if it is one
     */
    public Optional<Long> queryId(String name) {
        return parameter(name).filter(v -> v.matches("\\d{1,18}")).map(Long::parseLong).filter(v -> v > 0);
    }
}
