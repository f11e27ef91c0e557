package nl.leerlijn.lti;

import java.net.URI;

/**
 * How Leerlijn presents itself to a platform that registers it: its addresses, all under the address it is reached at.
 *
 * @param base the address Leerlijn is reached at, e.g. {@code https://lms.example.nl/leerlijn}
 * @param name the tool's name on the platform
 * @param description what it is, for the platform's administrator
 */
public record ToolConfiguration(URI base, String name, String description) {
    /** @return where a platform starts a login (OIDC third-party login initiation) */
    public URI loginUrl() {
        return URI.create(base + "/lti/login");
    }

    /** @return where a platform posts a launch (the redirect URI) */
    public URI launchUrl() {
        return URI.create(base + "/lti/launch");
    }

    /** @return where Leerlijn publishes its public keys */
    public URI jwksUrl() {
        return URI.create(base + "/lti/jwks");
    }
}
