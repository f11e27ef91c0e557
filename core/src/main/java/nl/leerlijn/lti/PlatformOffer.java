package nl.leerlijn.lti;

import java.net.URI;

/**
 * What a platform says about itself in its OpenID configuration, checked, before Leerlijn registers with it.
 *
 * @param issuer its issuer; the configuration's address begins with it
 * @param name what it calls itself (its product family and version, or its host)
 * @param authUrl its authentication endpoint
 * @param tokenUrl its token endpoint
 * @param jwksUrl its key set
 * @param registrationUrl where Leerlijn registers
 */
public record PlatformOffer(String issuer, String name, URI authUrl, URI tokenUrl, URI jwksUrl, URI registrationUrl) {
}
