package nl.leerlijn.web.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.leerlijn.cohort.ScheduleChangeEffect;
import nl.leerlijn.cohort.ScheduleItem;
import nl.leerlijn.web.render.Dates;

/** The views of the schedule pages, built from domain values with dates written for the reader. */
public final class ScheduleViews {
    private ScheduleViews() {
    }

    /** One session or deadline as a row; {@code kindKey} is a message key. */
    public record ItemRow(long id, String date, String time, String endTime, String title, String kindKey, String location,
            boolean session) {
    }

    /** The cohort's schedule. */
    public record ScheduleView(long cohortId, String cohortName, List<ItemRow> items, boolean canManage, String notice) {
    }

    /** The effect of a change, before it is saved; {@code date}, {@code time}, {@code location} are the form's values. */
    public record EffectView(long cohortId, ItemRow before, ItemRow after, int participants, boolean inThePast,
            boolean earlierDeadline, List<ItemRow> sameDay, boolean changesSomething, String date, String time, String location) {
    }

    static ItemRow row(ScheduleItem item, ZoneId zone, Locale locale) {
        DateTimeFormatter date = Dates.day(locale);
        DateTimeFormatter time = Dates.time(locale);
        return new ItemRow(item.id().value(), date.format(local(item.at(), zone)), time.format(local(item.at(), zone)),
                item.endsAt().map(e -> time.format(local(e, zone))).orElse(""), item.title(), "activity." + item.kind().name(),
                item.location().orElse(""), item.isSession());
    }

    static EffectView effect(long cohortId, ScheduleChangeEffect effect, ZoneId zone, Locale locale, String date, String time,
            String location) {
        return new EffectView(cohortId, row(effect.before(), zone, locale), row(effect.after(), zone, locale),
                effect.activeParticipants(), effect.inThePast(), effect.earlierDeadline(),
                effect.sameDay().stream().map(i -> row(i, zone, locale)).toList(), effect.changesSomething(), date, time, location);
    }

    private static java.time.ZonedDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone);
    }
}
