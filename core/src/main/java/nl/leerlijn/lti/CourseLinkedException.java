package nl.leerlijn.lti;

import nl.leerlijn.NotNowException;

/** A course is linked to a cohort already (perhaps by another instructor a moment ago): a link is made once. */
public final class CourseLinkedException extends NotNowException {
    private static final long serialVersionUID = 1L;

    /**
     * @param platformId the platform
     * @param contextId the course
     */
    public CourseLinkedException(long platformId, String contextId) {
        super("Course " + contextId + " of platform " + platformId + " is linked to a cohort already");
    }
}
