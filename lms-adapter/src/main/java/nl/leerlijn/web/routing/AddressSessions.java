package nl.leerlijn.web.routing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.leerlijn.web.security.HostUser;

/**
 * Sessions carried in the address instead of a cookie: {@code <servlet>/s/<token>/<page>}. Pages inside a platform's frame,
 * where third-party cookies are blocked, keep their person this way (an LTI launch opens such a session); every link and
 * form Leerlijn renders carries the token, because it is part of {@code base}.
 */
@FunctionalInterface
public interface AddressSessions {
    /** The first segment of a path that carries a session token. */
    String PREFIX = "/s/";

    /**
     * @param token the token from the address
     * @param request the request (a session may leave what it knows as a request attribute for the pages)
     * @return the person whose session the token opens; empty when it is unknown, forged or over
     */
    Optional<HostUser> open(String token, HttpServletRequest request);

    /** @return no sessions in addresses: every {@code /s/} address answers 401 */
    static AddressSessions none() {
        return (token, request) -> Optional.empty();
    }
}
