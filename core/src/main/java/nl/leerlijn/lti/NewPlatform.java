package nl.leerlijn.lti;

import java.net.URI;
import java.util.Set;

/**
 * What a platform's administrator gives when registering Leerlijn by hand (Dynamic Registration fills the same in).
 *
 * @param issuer the platform's issuer ({@code iss} of its id tokens), an https URL
 * @param clientId Leerlijn's client id on the platform
 * @param name a name for people, e.g. "Brightspace Hogeschool Utrecht"
 * @param authUrl the platform's OIDC authentication endpoint
 * @param tokenUrl the platform's OAuth 2 token endpoint
 * @param jwksUrl the platform's public key set
 * @param deployments the deployment ids, at least one
 */
public record NewPlatform(String issuer, String clientId, String name, URI authUrl, URI tokenUrl, URI jwksUrl, Set<String> deployments) {
    /**
     * Copies the deployments.
     *
     * @param issuer the platform's issuer
     * @param clientId Leerlijn's client id
     * @param name a name for people
     * @param authUrl the authentication endpoint
     * @param tokenUrl the token endpoint
     * @param jwksUrl the key set
     * @param deployments the deployment ids
     */
    public NewPlatform {
        deployments = Set.copyOf(deployments);
    }
}
