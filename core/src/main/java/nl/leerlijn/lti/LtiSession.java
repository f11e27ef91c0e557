package nl.leerlijn.lti;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;

/**
 * What a launch left behind for the pages that follow it: who the person is (as Leerlijn knows them), on which platform,
 * in which course, until when. Leerlijn's pages find it by the token in their address, so no cookie is needed inside the
 * platform's frame.
 *
 * @param platformId the platform that launched
 * @param deploymentId the deployment it named
 * @param actor the person: id {@code lti-<platform>-<sub>}, their name, and the roles their course roles give (instructor:
 *     kerndocent, teaching assistant: tweede beoordelaar, learner: deelnemer)
 * @param email their address, when the platform shares it
 * @param ltiRoles the LTI role URIs as sent
 * @param locale the platform's language, e.g. {@code nl-NL}
 * @param contextId the course, when launched from one
 * @param contextTitle the course's title
 * @param messageType the launch's message type
 * @param deepLinkReturnUrl where a deep linking response goes
 * @param deepLinkData what the deep linking request asks to get back with the response
 * @param expiresAt when the session ends (a new launch from the course opens a new one)
 */
public record LtiSession(long platformId, String deploymentId, Actor actor, Optional<String> email, List<String> ltiRoles,
        Optional<String> locale, Optional<String> contextId, Optional<String> contextTitle, String messageType,
        Optional<String> deepLinkReturnUrl, Optional<String> deepLinkData, Instant expiresAt) {
    /** The course role of an instructor. */
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    /** The course role of a teaching assistant (a sub-role of instructor). */
    public static final String TEACHING_ASSISTANT = "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant";
    /** The course role of a learner. */
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    /**
     * Copies the roles.
     *
     * @param platformId the platform
     * @param deploymentId the deployment
     * @param actor the person
     * @param email their address
     * @param ltiRoles the LTI roles
     * @param locale the platform's language
     * @param contextId the course
     * @param contextTitle the course's title
     * @param messageType the message type
     * @param deepLinkReturnUrl the deep linking return address
     * @param deepLinkData the deep linking request's data
     * @param expiresAt the end
     */
    public LtiSession {
        ltiRoles = List.copyOf(ltiRoles);
    }

    /** @return whether the session comes from a deep linking request: the person chooses what to place in the course */
    public boolean deepLinking() {
        return Launch.DEEP_LINKING.equals(messageType) && deepLinkReturnUrl.isPresent();
    }

    /** @return whether the person teaches the course (and is not merely a teaching assistant) */
    public boolean instructor() {
        return LtiRoles.of(ltiRoles).contains(Role.CORE_TEACHER);
    }

    /** @return whether the person assists in the course */
    public boolean assistant() {
        return LtiRoles.of(ltiRoles).contains(Role.SECOND_ASSESSOR);
    }

    /** @return whether the person follows the course */
    public boolean learner() {
        return LtiRoles.of(ltiRoles).contains(Role.STUDENT);
    }
}
