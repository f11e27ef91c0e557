package nl.leerlijn.web.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.leerlijn.access.UserId;

/**
 * Synchronizer tokens for forms, bound to the user and carried in the form body, so they work in
 * an LMS iframe where third-party cookies are blocked. A token is the day it was issued plus an
 * HMAC of that day and the user id under a secret all nodes share; it is accepted for
 * {@value #VALID_DAYS} days, so a form left open overnight still submits. Thread-safe.
 */
public final class CsrfTokens {
    /** The form field that carries the token. */
    public static final String FIELD = "_csrf";
    static final int VALID_DAYS = 2;

    private final Supplier<byte[]> secret;
    private final Clock clock;

    /**
     * @param secret the shared signing key
     * @param clock the time source
     */
    public CsrfTokens(Supplier<byte[]> secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    /** @return a token for forms shown to this user today */
    public String issue(UserId user) {
        long day = today();
        return day + "." + sign(user, day);
    }

    /** @return whether {@code token} was issued to this user within the last {@value #VALID_DAYS} days */
    public boolean isValid(UserId user, String token) {
        if (token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return false;
        }
        long day;
        try {
            day = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        long age = today() - day;
        if (age < 0 || age >= VALID_DAYS) {
            return false;
        }
        byte[] expected = sign(user, day).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private long today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).toEpochDay();
    }

    private String sign(UserId user, long day) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.get(), "HmacSHA256"));
            byte[] signature = mac.doFinal(("csrf:" + day + ":" + user.value()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java platform has HmacSHA256", e);
        }
    }
}
