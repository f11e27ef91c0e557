package nl.leerlijn.web.render;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import nl.leerlijn.schedule.ScheduleItem;

/**
 * Where a session takes place, as a page shows it: the address of an on-site session; for an online session "Online"
 * with its meeting link, never the cohort's building.
 */
public final class Places {
    private Places() {
    }

    /**
     * Where a session is.
     *
     * @param text what the reader sees, e.g. "Utrecht, Vredenburg 40" or "Online"
     * @param link the meeting link of an online session (an http or https address), or empty
     */
    public record Place(String text, String link) {
        /** Nowhere: a deadline. */
        public static final Place NONE = new Place("", "");
    }

    /**
     * @param item the session or deadline
     * @param messages the texts in the page's language
     * @return where the item takes place
     */
    public static Place of(ScheduleItem item, Messages messages) {
        if (!item.isSession()) {
            return Place.NONE;
        }
        if (item.isOnline()) {
            Optional<String> link = item.location().filter(Places::isWebAddress);
            return new Place(link.isPresent() ? messages.get("place.online") : messages.get("place.onlineLinkFollows"), link.orElse(""));
        }
        return new Place(item.location().orElse(""), "");
    }

    /**
     * @param text the text to check; not {@code null}
     * @return whether the text is an absolute http or https address, safe to link to
     */
    public static boolean isWebAddress(String text) {
        return scheme(text).filter(s -> s.equals("https") || s.equals("http")).isPresent();
    }

    /**
     * @param text the text to check; not {@code null}
     * @return whether the text is an absolute https address: what a kerndocent may set as a meeting link
     */
    public static boolean isMeetingLink(String text) {
        return scheme(text).filter(s -> s.equals("https")).isPresent();
    }

    /** @return the scheme of an absolute address with a host, in lower case */
    private static Optional<String> scheme(String text) {
        try {
            URI uri = new URI(text.strip());
            return uri.getScheme() == null || uri.getHost() == null ? Optional.empty()
                    : Optional.of(uri.getScheme().toLowerCase(Locale.ROOT));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
