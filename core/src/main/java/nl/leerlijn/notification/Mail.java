package nl.leerlijn.notification;

import java.util.Locale;
import java.util.Objects;

/**
 * One mail, ready to send: rendered in the recipient's language, as plain text and as HTML.
 *
 * @param to the recipient's address
 * @param toName the recipient's name, for the To header
 * @param language the language it is written in
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body (the same content)
 * @param reference a stable key of what it reports (e.g. {@code notification-42}); the same mail always has the same
 *     reference, so a {@link Notifier} can derive a Message-ID from it and a mail sent again is recognisable
 */
public record Mail(String to, String toName, Locale language, String subject, String text, String html, String reference) {
    /**
     * Checks that every part is there.
     *
     * @param to the recipient's address
     * @param toName the recipient's name
     * @param language the language
     * @param subject the subject
     * @param text the plain-text body
     * @param html the HTML body
     * @param reference the stable key
     * @throws NullPointerException when a part is missing
     * @throws IllegalArgumentException when the address is blank
     */
    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(toName, "toName");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(reference, "reference");
        if (to.isBlank()) {
            throw new IllegalArgumentException("A mail needs an address");
        }
    }
}
