package nl.leerlijn.web.render;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages write dates and times, the same everywhere: "dinsdag 15 september 2026, 09:30". */
public final class Dates {
    private Dates() {
    }

    /** @return e.g. "dinsdag 15 september 2026" */
    public static DateTimeFormatter day(Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
    }

    /** @return e.g. "09:30" */
    public static DateTimeFormatter time(Locale locale) {
        return DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    /** @return e.g. "dinsdag 15 september 2026, 09:30" */
    public static DateTimeFormatter dayAndTime(Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale);
    }
}
