package nl.leerlijn.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.leerlijn.access.UserId;

/**
 * Synchronizer tokens for forms, bound to the user and carried in the form body only, so they work in an LMS iframe
 * where third-party cookies are blocked. A token is the minute it was issued plus an HMAC of that minute and the user
 * id under a secret all nodes share. It is accepted for {@link #VALID} (a working day, not days on end); an older one
 * that is otherwise right is {@link Check#EXPIRED}, so the form can come back with what was typed instead of being
 * lost. Thread-safe.
 */
public final class CsrfTokens {
    /** The form field that carries the token. */
    public static final String FIELD = "_csrf";
    /** How long a token is accepted after the page with the form was shown. */
    public static final Duration VALID = Duration.ofHours(8);

    private final Supplier<byte[]> secret;
    private final Clock clock;

    /** What a token turned out to be. */
    public enum Check {
        /** Issued to this user within {@link #VALID}. */
        VALID,
        /** Issued to this user by Leerlijn, but longer ago than {@link #VALID}. */
        EXPIRED,
        /** Missing, malformed, forged, or issued to someone else. */
        INVALID
    }

    /**
     * @param secret the shared signing key
     * @param clock the time source
     */
    public CsrfTokens(Supplier<byte[]> secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    /**
     * @param user the signed-in person
     * @return a token for a form shown to this user now
     */
    public String issue(UserId user) {
        long minute = minute();
        return minute + "." + sign(user, minute);
    }

    /**
     * @param user the signed-in person
     * @param token the token the form sent; may be {@code null}
     * @return whether {@code token} was issued to this user within {@link #VALID}
     */
    public boolean isValid(UserId user, String token) {
        return check(user, token) == Check.VALID;
    }

    /**
     * @param user the signed-in person
     * @param token the token the form sent; may be {@code null}
     * @return what {@code token} is for this user
     */
    public Check check(UserId user, String token) {
        if (token == null) {
            return Check.INVALID;
        }
        int dot = token.indexOf('.');
        if (dot < 1 || dot > 12) {
            return Check.INVALID;
        }
        long issued;
        try {
            issued = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return Check.INVALID;
        }
        byte[] expected = sign(user, issued).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Check.INVALID;
        }
        long age = minute() - issued;
        if (age < -1) {
            return Check.INVALID;
        }
        return age <= VALID.toMinutes() ? Check.VALID : Check.EXPIRED;
    }

    private long minute() {
        return clock.instant().getEpochSecond() / 60;
    }

    private String sign(UserId user, long minute) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.get(), "HmacSHA256"));
            byte[] signature = mac.doFinal(("csrf:" + minute + ":" + user.value()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has HmacSHA256", e);
        }
    }
}
