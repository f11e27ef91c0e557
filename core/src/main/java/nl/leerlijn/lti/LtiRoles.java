package nl.leerlijn.lti;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.leerlijn.access.Role;

/**
 * LTI course roles as Leerlijn roles. Only roles in the course (membership) count, not what a person is at the institution:
 * a teacher of the institution who is a learner in this course is a learner here. A teaching assistant is an assistant even
 * when the platform also sends the instructor role the sub-role belongs to. Unknown roles are ignored.
 */
final class LtiRoles {
    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    private LtiRoles() {
    }

    static Set<Role> of(List<String> roles) {
        Set<Role> mapped = EnumSet.noneOf(Role.class);
        boolean assistant = roles.contains(LtiSession.TEACHING_ASSISTANT);
        if (assistant) {
            mapped.add(Role.SECOND_ASSESSOR);
        } else if (roles.contains(LtiSession.INSTRUCTOR) || roles.contains("Instructor")) {
            mapped.add(Role.CORE_TEACHER);
        }
        if (roles.contains(MEMBERSHIP + "Learner") || roles.contains("Learner")) {
            mapped.add(Role.STUDENT);
        }
        return mapped;
    }
}
