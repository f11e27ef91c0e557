package nl.leerlijn.intervisie;

import nl.leerlijn.NotNowException;

/** The groups or the meeting changed since the page was shown: the change was not made. */
public final class GroupsChangedMeanwhileException extends NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param what what changed, for the log */
    public GroupsChangedMeanwhileException(String what) {
        super(what + " changed meanwhile");
    }
}
