package nl.leerlijn.praktijk;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.leerlijn.access.Secrets;
import nl.leerlijn.submission.SubmissionId;

/**
 * Signs and reads the links a werkbegeleider gets: {@code <request>.<expiry>.<version>.<signature>}, the signature an
 * HMAC-SHA256 over the other three parts with a secret that all nodes share. Changing any part (another version, a later
 * expiry) breaks the signature. The link's form carries a second HMAC bound to the request, so it is protected without a
 * signed-in person or cookie.
 */
final class SupervisorLinks {
    private static final Pattern REQUEST = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private final Secrets secrets;

    SupervisorLinks(Secrets secrets) {
        this.secrets = secrets;
    }

    /** What a well-signed link names. */
    record Link(String request, Instant expiresAt, SubmissionId submission) {
    }

    String token(SupervisorRequest request) {
        String body = request.id() + "." + request.expiresAt().getEpochSecond() + "." + request.submission().value();
        return body + "." + mac("link|" + body);
    }

    String formToken(String request) {
        return mac("form|" + request);
    }

    boolean formTokenMatches(String request, String token) {
        return token != null && MessageDigest.isEqual(formToken(request).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    /** @return what the token names, when it is well-formed and its signature is right */
    Optional<Link> read(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4 || !REQUEST.matcher(parts[0]).matches() || !parts[1].matches("[0-9]{1,12}")
                || !parts[2].matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(mac("link|" + body).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        long submission = Long.parseLong(parts[2]);
        if (submission <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Link(parts[0], Instant.ofEpochSecond(Long.parseLong(parts[1])), new SubmissionId(submission)));
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.get("werkbegeleider-links"), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
