package nl.leerlijn.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How Leerlijn reaches people: it hands every mail to the notifier given to the builder. The default,
 * {@link #log()}, only writes a line to the log; {@link SmtpNotifier} sends through the host's mail server. Leerlijn
 * calls it from its background jobs, never from a request, and sends again later (with back-off) when it throws, so
 * an implementation needs no queue or retry of its own. Must be thread-safe.
 */
@FunctionalInterface
public interface Notifier {

    /**
     * Sends one mail.
     *
     * @param mail what to send, to whom
     * @throws MailNotSentException when it could not be sent now (Leerlijn tries again later)
     */
    void send(Mail mail);

    /** @return a notifier that writes who would have received what to the log (SLF4J, {@code nl.leerlijn.notification}) */
    static Notifier log() {
        Logger log = LoggerFactory.getLogger(Notifier.class);
        return mail -> log.info("Mail not sent (no mail server configured) to {}: {}", mail.to(), mail.subject());
    }
}
