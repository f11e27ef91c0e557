package nl.leerlijn.lti;

import java.net.URI;

/**
 * A deep linking response, for the browser to post to the platform.
 *
 * @param returnUrl the platform's return address from the request
 * @param jwt the response, signed with Leerlijn's key; posted as the form field {@code JWT}
 */
public record DeepLinkResponse(URI returnUrl, String jwt) {
}
