package nl.leerlijn.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends Leerlijn's mails through the host's SMTP server (Jakarta Mail, Eclipse Angus), as a text and an HTML
 * alternative in UTF-8. Each mail's Message-ID is derived from its {@link Mail#reference()}, so a mail that had to
 * be sent again is recognisable as the same one. Thread-safe.
 */
public final class SmtpNotifier implements Notifier {
    private final SmtpSettings settings;
    private final Session session;

    /**
     * Where and how to send.
     *
     * @param host the SMTP server
     * @param port its port (587 for submission with STARTTLS, 25 without)
     * @param startTls whether to require STARTTLS: the connection is refused when the server does not offer it
     * @param username the account to sign in with; empty to send without signing in
     * @param password its password (ignored without a username)
     * @param senderAddress the From address, e.g. {@code leerlijn@opleider.nl}
     * @param senderName the name shown with it, e.g. {@code Leerlijn}
     * @param timeout how long to wait for the server at each step
     */
    public record SmtpSettings(String host, int port, boolean startTls, Optional<String> username, String password,
            String senderAddress, String senderName, Duration timeout) {
        /**
         * Checks the values.
         *
         * @param host the SMTP server
         * @param port its port
         * @param startTls whether STARTTLS is required
         * @param username the account, or empty
         * @param password its password
         * @param senderAddress the From address
         * @param senderName the name with it
         * @param timeout how long to wait at each step
         * @throws IllegalArgumentException when the host or sender is blank, the port is outside 1–65535 or the
         *     timeout is not positive
         */
        public SmtpSettings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(senderAddress, "senderAddress");
            Objects.requireNonNull(senderName, "senderName");
            Objects.requireNonNull(timeout, "timeout");
            if (host.isBlank() || senderAddress.isBlank() || port < 1 || port > 65535 || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("SMTP settings need a host, a port from 1 to 65535, a sender address and a "
                        + "positive timeout");
            }
        }

        /**
         * Settings for a server on port 587 with STARTTLS and a 20-second timeout.
         *
         * @param host the SMTP server
         * @param username the account
         * @param password its password
         * @param senderAddress the From address
         * @return the settings
         */
        public static SmtpSettings submission(String host, String username, String password, String senderAddress) {
            return new SmtpSettings(host, 587, true, Optional.of(username), password, senderAddress, "Leerlijn", Duration.ofSeconds(20));
        }
    }

    /** @param settings where and how to send */
    public SmtpNotifier(SmtpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Properties properties = new Properties();
        String timeout = Long.toString(settings.timeout().toMillis());
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.auth", Boolean.toString(settings.username().isPresent()));
        this.session = Session.getInstance(properties);
    }

    @Override
    public void send(Mail mail) {
        try {
            MimeMessage message = new IdentifiedMessage(session, messageId(mail));
            message.setFrom(new InternetAddress(settings.senderAddress(), settings.senderName(), StandardCharsets.UTF_8.name()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), mail.toName(), StandardCharsets.UTF_8.name()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setHeader("Content-Language", mail.language().toLanguageTag());
            message.setHeader("Auto-Submitted", "auto-generated");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", text, html));
            message.saveChanges();
            if (settings.username().isPresent()) {
                Transport.send(message, settings.username().get(), settings.password());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailNotSentException("The mail " + mail.reference() + " could not be sent through " + settings.host() + ":"
                    + settings.port() + ": " + e.getMessage(), e);
        }
    }

    private String messageId(Mail mail) {
        String domain = settings.senderAddress().substring(settings.senderAddress().indexOf('@') + 1);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(mail.reference().getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest, 0, 16) + ".leerlijn@" + (domain.isBlank() ? "localhost" : domain) + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** A message whose Message-ID is ours, not one the library makes up at each save. */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String id;

        IdentifiedMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
