package nl.leerlijn.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.leerlijn.notification.Mail;
import nl.leerlijn.notification.MailNotSentException;
import nl.leerlijn.notification.Notifier;

/** A notifier that keeps what it was given; it can be told to fail the next sends, as a mail server that is down. */
public final class RecordingNotifier implements Notifier {
    private final List<Mail> sent = new ArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();

    @Override
    public synchronized void send(Mail mail) {
        attempts.incrementAndGet();
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new MailNotSentException("The test's mail server is down", new java.io.IOException("connection refused"));
        }
        sent.add(mail);
    }

    /** @param times how many sends fail from now */
    public void failNext(int times) {
        failuresLeft.set(times);
    }

    /** @return every mail sent, in order */
    public synchronized List<Mail> sent() {
        return List.copyOf(sent);
    }

    /** @return how often a send was tried, failed ones included */
    public int attempts() {
        return attempts.get();
    }

    /**
     * @param address a recipient
     * @return the mails sent to them
     */
    public synchronized List<Mail> to(String address) {
        return sent.stream().filter(m -> m.to().equals(address)).toList();
    }
}
