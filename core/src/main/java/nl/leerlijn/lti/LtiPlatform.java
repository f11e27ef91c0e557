package nl.leerlijn.lti;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * A platform (Moodle, Canvas, Brightspace, any certified LMS) registered to launch Leerlijn with LTI 1.3.
 *
 * @param id Leerlijn's number for it
 * @param issuer the platform's issuer, exactly as its id tokens carry it in {@code iss}
 * @param clientId Leerlijn's client id on that platform
 * @param name a name for people
 * @param authUrl the platform's OIDC authentication endpoint, where a login is sent on
 * @param tokenUrl the platform's OAuth 2 token endpoint (for its services)
 * @param jwksUrl where the platform publishes the public keys it signs with
 * @param deployments the deployment ids of Leerlijn on the platform
 */
public record LtiPlatform(long id, String issuer, String clientId, String name, URI authUrl, URI tokenUrl, URI jwksUrl,
        Set<String> deployments) {
    /**
     * Copies the deployments.
     *
     * @param id Leerlijn's number for it
     * @param issuer the platform's issuer
     * @param clientId Leerlijn's client id on that platform
     * @param name a name for people
     * @param authUrl the authentication endpoint
     * @param tokenUrl the token endpoint
     * @param jwksUrl the key set's address
     * @param deployments the deployment ids
     */
    public LtiPlatform {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        deployments = Set.copyOf(deployments);
    }
}
