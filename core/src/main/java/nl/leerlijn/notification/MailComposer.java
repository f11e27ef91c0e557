package nl.leerlijn.notification;

/**
 * Writes the mails, in the recipient's language. The web layer brings one that renders Leerlijn's (overridable)
 * templates with links into the host; without it, {@link #plain()} writes short plain mails.
 */
public interface MailComposer {

    /**
     * @param to who it goes to
     * @param notification what to tell
     * @return the mail
     */
    Mail notification(Recipient to, Notification notification);

    /**
     * @param to who it goes to
     * @param digest what is in it (never empty)
     * @return the mail
     */
    Mail digest(Recipient to, Digest digest);

    /**
     * @param request what the werkbegeleider is asked to confirm, and the link
     * @return the mail, in Dutch; without templates a short plain mail with the link's path
     */
    default Mail supervisorRequest(SupervisorMail request) {
        String text = "Beste " + request.toName() + ",\n\n" + request.participants() + " vragen je te bevestigen dat zij \""
                + request.assignment() + "\" hebben uitgevoerd (versie " + request.version() + "). Open de link om het verslag te lezen"
                + " en te bevestigen of af te wijzen:\n" + request.linkPath() + "\n";
        return new Mail(request.to(), request.toName(), java.util.Locale.forLanguageTag("nl"), "Bevestiging praktijkopdracht: "
                + request.assignment(), text, "<pre>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</pre>",
                request.reference());
    }

    /** @return a composer of short mails that name the kind and the facts, without templates or links */
    static MailComposer plain() {
        return new MailComposer() {
            @Override
            public Mail notification(Recipient to, Notification n) {
                String text = n.kind() + ": " + n.facts();
                return new Mail(to.email(), to.name(), to.language(), "Leerlijn: " + n.kind(), text, "<p>" + escape(text) + "</p>",
                        "notification-" + n.id().value());
            }

            @Override
            public Mail digest(Recipient to, Digest digest) {
                StringBuilder text = new StringBuilder();
                digest.notifications().forEach(n -> text.append(n.kind()).append(": ").append(n.facts()).append('\n'));
                digest.presence().forEach(p -> text.append(p.cohortName()).append(": ").append(p.title()).append('\n'));
                digest.behind().forEach(b -> text.append(b.cohortName()).append(": ").append(b.name()).append('\n'));
                return new Mail(to.email(), to.name(), to.language(), "Leerlijn " + digest.day(), text.toString(),
                        "<pre>" + escape(text.toString()) + "</pre>", "digest-" + to.user().value() + "-" + digest.day());
            }

            private static String escape(String s) {
                return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            }
        };
    }
}
