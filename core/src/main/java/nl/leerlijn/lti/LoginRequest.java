package nl.leerlijn.lti;

import java.util.Optional;

/**
 * A platform's third-party login initiation (OIDC), as it arrives by GET or POST.
 *
 * @param issuer {@code iss}
 * @param loginHint {@code login_hint}, passed back unchanged
 * @param targetLinkUri {@code target_link_uri}: where the launch should land
 * @param messageHint {@code lti_message_hint}, passed back unchanged
 * @param clientId {@code client_id}, when the platform sends it (needed when one issuer has several registrations)
 * @param deploymentId {@code lti_deployment_id}, when the platform sends it
 */
public record LoginRequest(String issuer, String loginHint, String targetLinkUri, Optional<String> messageHint, Optional<String> clientId,
        Optional<String> deploymentId) {
}
