package nl.leerlijn.lti;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * The services a platform offers for a course, as its launches announce them.
 *
 * @param memberships the course roster (Names and Role Provisioning Services), {@code context_memberships_url}
 * @param lineItems the course's line items (Assignment and Grade Services), {@code lineitems}
 * @param scopes the Assignment and Grade Services scopes Leerlijn may ask tokens for
 */
public record CourseServices(Optional<URI> memberships, Optional<URI> lineItems, Set<String> scopes) {
    /** The scope to read a course roster. */
    public static final String ROSTER_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    /**
     * Copies the scopes.
     *
     * @param memberships the roster
     * @param lineItems the line items
     * @param scopes the grade scopes
     */
    public CourseServices {
        scopes = Set.copyOf(scopes);
    }

    /** @return no services */
    public static CourseServices none() {
        return new CourseServices(Optional.empty(), Optional.empty(), Set.of());
    }
}
