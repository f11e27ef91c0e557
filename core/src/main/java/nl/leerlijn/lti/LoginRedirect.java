package nl.leerlijn.lti;

import java.net.URI;

/**
 * Where the browser goes after a login initiation: the platform's authentication endpoint with Leerlijn's request.
 *
 * @param location the full address, with state and nonce
 * @param state the state sent, which the launch must bring back (and the browser should keep, to bind it)
 */
public record LoginRedirect(URI location, String state) {
}
