package nl.leerlijn.lti;

/**
 * A session a launch opened.
 *
 * @param token the secret the browser carries in the address; Leerlijn keeps only its hash, so this is the only copy
 * @param session what the session holds
 */
public record OpenedSession(String token, LtiSession session) {
    @Override
    public String toString() {
        return "OpenedSession[" + session.actor().userId() + "]";
    }
}
