package nl.leerlijn.intervisie;

import nl.leerlijn.NotNowException;

/** There is no draft of groups to change or publish (none formed yet, or already published). */
public final class GroupsNotFormedException extends NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param what what was asked, for the log */
    public GroupsNotFormedException(String what) {
        super("No draft groups to " + what);
    }
}
