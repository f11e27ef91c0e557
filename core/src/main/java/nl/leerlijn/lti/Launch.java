package nl.leerlijn.lti;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A launch that passed every check: who the person is on the platform, in which course, for which link.
 *
 * @param platform the platform that launched
 * @param deploymentId the deployment it named
 * @param messageType {@code LtiResourceLinkRequest} or {@code LtiDeepLinkingRequest}
 * @param subject the person's stable id on the platform ({@code sub})
 * @param name their name, when the platform shares it
 * @param email their email address, when the platform shares it
 * @param roles the LTI role URIs as sent (unknown ones kept, to be ignored by whoever maps them)
 * @param contextId the course's id, when launched from a course
 * @param contextTitle the course's title
 * @param resourceLinkId the link's id (for a resource link launch)
 * @param targetLinkUri where the launch should land
 * @param custom the custom parameters of the link
 * @param deepLinkReturnUrl where a deep linking response goes (for a deep linking request)
 * @param locale the language the platform shows its pages in ({@code launch_presentation.locale}), e.g. {@code nl-NL}
 * @param storageTarget the frame where the platform keeps data for Leerlijn in the browser, when the login offered one
 * @param deepLinkData what a deep linking request asks to be sent back unchanged with the response
 * @param services the course's roster and score services, as far as the platform offers them
 */
public record Launch(LtiPlatform platform, String deploymentId, String messageType, String subject, Optional<String> name,
        Optional<String> email, List<String> roles, Optional<String> contextId, Optional<String> contextTitle,
        Optional<String> resourceLinkId, String targetLinkUri, Map<String, String> custom, Optional<String> deepLinkReturnUrl, Optional<String> locale, Optional<String> storageTarget,
        Optional<String> deepLinkData, CourseServices services) {
    /** The message type of an ordinary launch from a link in the course. */
    public static final String RESOURCE_LINK = "LtiResourceLinkRequest";
    /** The message type of an instructor choosing what to place in the course. */
    public static final String DEEP_LINKING = "LtiDeepLinkingRequest";

    /**
     * Copies the lists and maps.
     *
     * @param platform the platform
     * @param deploymentId the deployment
     * @param messageType the message type
     * @param subject the person's id
     * @param name their name
     * @param email their address
     * @param roles their roles
     * @param contextId the course
     * @param contextTitle the course's title
     * @param resourceLinkId the link
     * @param targetLinkUri the target
     * @param custom custom parameters
     * @param deepLinkReturnUrl the deep linking return address
     * @param locale the platform's language
     * @param storageTarget the platform's storage frame
     * @param deepLinkData the deep linking request's data
     * @param services the course's services
     */
    public Launch {
        roles = List.copyOf(roles);
        custom = Map.copyOf(custom);
    }
}
