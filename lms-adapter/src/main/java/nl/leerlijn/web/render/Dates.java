package nl.leerlijn.web.render;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages write dates and times, the same everywhere: "dinsdag 15 september 2026, 09:30". */
public final class Dates {
    private Dates() {
    }

    /**
     * @param locale the page's language
     * @return e.g. "dinsdag 15 september 2026"
     */
    public static DateTimeFormatter day(Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
    }

    /**
     * @param locale the page's language
     * @return e.g. "09:30"
     */
    public static DateTimeFormatter time(Locale locale) {
        return DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    /**
     * @param locale the page's language
     * @return e.g. "dinsdag 15 september 2026, 09:30"
     */
    public static DateTimeFormatter dayAndTime(Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale);
    }
}
