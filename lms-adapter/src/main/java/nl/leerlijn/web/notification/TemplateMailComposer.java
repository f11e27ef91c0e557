package nl.leerlijn.web.notification;

import java.io.StringWriter;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.notification.Digest;
import nl.leerlijn.notification.Mail;
import nl.leerlijn.notification.MailComposer;
import nl.leerlijn.notification.Notification;
import nl.leerlijn.notification.Recipient;
import nl.leerlijn.notification.Target;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Renderer;

/**
 * Writes Leerlijn's mails from the templates {@code mail/notification.ftlh} and {@code mail/digest.ftlh} (HTML) and
 * their {@code -text.ftl} twins (plain text), in the recipient's language. The templates can be overridden like every
 * other; links point into the host at the configured base URL.
 */
public final class TemplateMailComposer implements MailComposer {
    private final Renderer renderer;
    private final Optional<URI> baseUrl;
    private final ZoneId zone;
    private final NotificationTexts texts;

    /** A line of a mail and where it leads (an absolute address, or empty without a base URL). */
    public record Line(String text, String link) {
    }

    /**
     * A mail about one notification.
     *
     * @param name the recipient's name
     * @param subject the subject
     * @param line what happened
     * @param link where to see it
     * @param settings where to choose which mails to get
     */
    public record NotificationMail(String name, String subject, String line, String link, String settings) {
    }

    /**
     * A daily digest.
     *
     * @param name the recipient's name
     * @param subject the subject
     * @param happened what happened since the last digest
     * @param presence sessions whose presence is to be confirmed
     * @param behind participants falling behind
     * @param settings where to choose which mails to get
     */
    public record DigestMail(String name, String subject, List<Line> happened, List<Line> presence, List<Line> behind, String settings) {
    }

    /**
     * @param renderer renders the templates (with the host's overrides)
     * @param baseUrl where people reach Leerlijn; empty for mails without links
     * @param zone where times are shown
     */
    public TemplateMailComposer(Renderer renderer, Optional<URI> baseUrl, ZoneId zone) {
        this.renderer = renderer;
        this.baseUrl = baseUrl;
        this.texts = new NotificationTexts(zone);
        this.zone = zone;
    }

    @Override
    public Mail notification(Recipient to, Notification n) {
        Messages messages = Messages.of(to.language());
        NotificationMail view = new NotificationMail(to.name(), texts.subject(n, messages), texts.line(n, messages), link(n.target()),
                link("/notifications/settings"));
        return mail(to, messages, view.subject(), "mail/notification", view, "notification-" + n.id().value());
    }

    @Override
    public Mail digest(Recipient to, Digest digest) {
        Messages messages = Messages.of(to.language());
        List<Line> happened = digest.notifications().stream().map(n -> new Line(texts.line(n, messages), link(n.target()))).toList();
        List<Line> presence = digest.presence().stream().map(p -> new Line(messages.get("mail.digest.presenceLine", p.cohortName(),
                p.title(), texts.when(p.at(), messages), p.missing()), link("/cohorts/" + p.cohort().value() + "/schedule"))).toList();
        List<Line> behind = digest.behind().stream().map(b -> new Line(messages.get("mail.digest.behindLine", b.name(), b.cohortName(),
                String.join(", ", b.reasons().stream().map(r -> messages.get("mail.digest.reason." + r)).toList())),
                link("/cohorts/" + b.cohort().value() + "/participants/" + b.participant().value()))).toList();
        String subject = messages.get("mail.digest.subject", Dates.day(messages.locale()).format(digest.day()));
        DigestMail view = new DigestMail(to.name(), subject, happened, presence, behind, link("/notifications/settings"));
        return mail(to, messages, subject, "mail/digest", view, "digest-" + to.user().value() + "-" + digest.day());
    }

    /**
     * The werkbegeleider's mail, in Dutch (they have no account to choose a language with).
     *
     * @param request what they are asked and the link
     * @param name their name
     * @param subject the subject line
     * @param participants whose work
     * @param assignment the praktijkopdracht's title
     * @param version the version
     * @param link the signed link, absolute when the base URL is known
     * @param until until when it works
     */
    public record SupervisorMailView(nl.leerlijn.notification.SupervisorMail request, String name, String subject, String participants,
            String assignment, int version, String link, String until) {
    }

    @Override
    public Mail supervisorRequest(nl.leerlijn.notification.SupervisorMail request) {
        Messages messages = Messages.of(java.util.Locale.forLanguageTag("nl"));
        String subject = messages.get("mail.supervisor.subject", request.assignment());
        String link = baseUrl.map(base -> base + request.linkPath()).orElse(request.linkPath());
        SupervisorMailView view = new SupervisorMailView(request, request.toName(), subject, request.participants(), request.assignment(),
                request.version(), link, Dates.dayAndTime(messages.locale()).format(request.expiresAt().atZone(zone)));
        return new Mail(request.to(), request.toName(), messages.locale(), subject, render("mail/werkbegeleider-text.ftl", view, messages),
                render("mail/werkbegeleider.ftlh", view, messages), request.reference());
    }

    private Mail mail(Recipient to, Messages messages, String subject, String template, Object view, String reference) {
        return new Mail(to.email(), to.name(), messages.locale(), subject, render(template + "-text.ftl", view, messages),
                render(template + ".ftlh", view, messages), reference);
    }

    private String render(String template, Object view, Messages messages) {
        StringWriter out = new StringWriter();
        renderer.render(template, Map.of("view", view), messages, out);
        return out.toString();
    }

    private String link(Target target) {
        return link(Targets.path(target));
    }

    private String link(String path) {
        return baseUrl.map(base -> base + path).orElse("");
    }
}
