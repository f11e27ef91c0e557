package nl.leerlijn.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * How the host tells Leerlijn who is asking, typically from its own session. Called on every
 * request; must be thread-safe and quick.
 */
@FunctionalInterface
public interface HostIdentity {

    /**
     * @param request the current request, as the host's container received it
     * @return the signed-in person, or empty when nobody is (Leerlijn then answers 401)
     */
    Optional<HostUser> currentUser(HttpServletRequest request);

    /** @return an identity that knows nobody: every page answers 401 until the host configures one */
    static HostIdentity nobody() {
        return request -> Optional.empty();
    }
}
