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
 * @param storageTarget {@code lti_storage_target}: the frame where the platform keeps data for Leerlijn (LTI client-side
 *     postMessage storage), when it offers that
 */
public record LoginRequest(String issuer, String loginHint, String targetLinkUri, Optional<String> messageHint, Optional<String> clientId,
        Optional<String> deploymentId, Optional<String> storageTarget) {
    /**
     * A login without client-side storage.
     *
     * @param issuer {@code iss}
     * @param loginHint {@code login_hint}
     * @param targetLinkUri {@code target_link_uri}
     * @param messageHint {@code lti_message_hint}
     * @param clientId {@code client_id}
     * @param deploymentId {@code lti_deployment_id}
     */
    public LoginRequest(String issuer, String loginHint, String targetLinkUri, Optional<String> messageHint, Optional<String> clientId,
            Optional<String> deploymentId) {
        this(issuer, loginHint, targetLinkUri, messageHint, clientId, deploymentId, Optional.empty());
    }
}
