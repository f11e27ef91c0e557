package nl.leerlijn.web.lti;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.lti.LtiSession;
import nl.leerlijn.web.routing.AddressSessions;
import nl.leerlijn.web.routing.PageNotFoundException;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.security.HostUser;

/**
 * The sessions LTI launches open, carried in the address ({@code /s/<token>/...}): the person is who the platform said at
 * the launch, with the Leerlijn roles their course roles give, in the platform's language. Thread-safe.
 */
public final class LtiSessions implements AddressSessions {
    private static final String ATTRIBUTE = LtiSession.class.getName();
    private final LeerlijnCore core;

    /** @param core the use cases */
    public LtiSessions(LeerlijnCore core) {
        this.core = core;
    }

    @Override
    public Optional<HostUser> open(String token, HttpServletRequest request) {
        // Browsers say where a request comes from; one from another site, or typed in, may not use a session already in use.
        String site = request.getHeader("Sec-Fetch-Site");
        boolean fromOwnPage = site == null || site.equals("same-origin");
        return core.lti().session(token, fromOwnPage).map(session -> {
            request.setAttribute(ATTRIBUTE, session);
            return new HostUser(session.actor().userId(), session.actor().displayName(), session.email().orElse(""), session.actor().roles(),
                    session.locale().map(Locale::forLanguageTag).filter(l -> !l.getLanguage().isEmpty()));
        });
    }

    /**
     * @param request a request
     * @return the LTI session the request's address carries
     * @throws PageNotFoundException when it carries none (the page exists only inside a launch)
     */
    static LtiSession of(WebRequest request) {
        if (request.raw().getAttribute(ATTRIBUTE) instanceof LtiSession session) {
            return session;
        }
        throw new PageNotFoundException(request.raw().getRequestURI());
    }
}
