package nl.leerlijn.lti;

import nl.leerlijn.InvalidInputException;

/** A login or launch that breaks a rule of LTI 1.3 or the 1EdTech Security Framework; the message says which. */
public final class LaunchRefusedException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /** Why a launch is refused, for the log and the page. */
    public enum Reason {
        /** The login names a platform (issuer, client id) that is not registered. */
        UNKNOWN_PLATFORM,
        /** The login's target is not one of Leerlijn's own addresses. */
        FOREIGN_TARGET,
        /** The state is unknown, used already or too old. */
        STATE,
        /** The id token cannot be read as a signed JWT. */
        MALFORMED,
        /** The token is not signed with RS256. */
        ALGORITHM,
        /** The token's header names no key. */
        NO_KEY_ID,
        /** The platform publishes no key with the token's key id. */
        UNKNOWN_KEY,
        /** The signature does not match. */
        SIGNATURE,
        /** The issuer is not the platform's. */
        ISSUER,
        /** The audience does not hold Leerlijn's client id (or the authorized party is wrong). */
        AUDIENCE,
        /** The token expired, or was issued in the future or too long ago. */
        TIME,
        /** The nonce is missing or not the one sent with the login. */
        NONCE,
        /** The nonce was seen before: a replay. */
        REPLAY,
        /** The message type is not one Leerlijn handles. */
        MESSAGE_TYPE,
        /** The LTI version is not 1.3.0. */
        VERSION,
        /** The deployment is not registered for the platform. */
        DEPLOYMENT,
        /** The target link is not the one the login asked for. */
        TARGET_LINK,
        /** A required claim (resource link id, roles, subject) is missing or malformed. */
        CLAIM
    }

    /** Which rule was broken. */
    private final Reason reason;

    /**
     * @param reason which rule was broken
     * @param detail what was seen, for the log
     */
    public LaunchRefusedException(Reason reason, String detail) {
        super("LTI launch refused (" + reason + "): " + loggable(detail));
        this.reason = reason;
    }

    /** @return the detail on one line and at most 300 characters: what a platform or an attacker sent goes to the log */
    private static String loggable(String detail) {
        String line = String.valueOf(detail).replaceAll("\\p{Cntrl}", " ");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** @return which rule was broken */
    public Reason reason() {
        return reason;
    }
}
