package nl.leerlijn.demo;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import nl.leerlijn.access.UserId;
import nl.leerlijn.web.security.HostIdentity;
import nl.leerlijn.web.security.HostUser;

/**
 * Demo only (it lives in test sources and never ships): whoever the browser's demo cookie names
 * is signed in. A real host answers from its own session, or through LTI.
 */
final class DemoIdentity implements HostIdentity {
    static final String COOKIE = "leerlijn-demo-user";

    @Override
    public Optional<HostUser> currentUser(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .filter(c -> !c.getValue().isBlank() && c.getValue().length() <= 200)
                .flatMap(c -> DemoPeople.find(new UserId(c.getValue())))
                .map(p -> new HostUser(p.id(), p.name(), p.email(), p.roles(), Optional.empty()));
    }
}
