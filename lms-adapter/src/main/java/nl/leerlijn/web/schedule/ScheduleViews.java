package nl.leerlijn.web.schedule;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.leerlijn.schedule.ScheduleChangeEffect;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Places;
import nl.leerlijn.web.routing.Form;

/** The views of the schedule pages, built from domain values with dates written for the reader. */
public final class ScheduleViews {
    private ScheduleViews() {
    }

    /** One session or deadline as a row; {@code kindKey} is a message key; {@code place} is empty for a deadline. */
    public record ItemRow(long id, String date, String time, String endTime, String title, String kindKey, Places.Place place,
            boolean session, boolean online) {
    }

    /** The cohort's schedule. */
    public record ScheduleView(long cohortId, List<ItemRow> items, boolean canManage, String notice) {
    }

    /** The form to move a session or change a deadline. */
    public record EditView(long cohortId, ItemRow item, Form form) {
    }

    /**
     * The effect of a change, before it is saved; {@code date}, {@code time}, {@code location} are the form's values and
     * {@code seen} the moment the item was at when the preview was made.
     */
    public record EffectView(long cohortId, ItemRow before, ItemRow after, int participants, boolean inThePast,
            boolean earlierDeadline, List<ItemRow> sameDay, boolean changesSomething, String date, String time, String location,
            String seen) {
    }

    /** Someone else changed the item meanwhile: how it is now and how the kerndocent wanted it. */
    public record ConflictView(long cohortId, ItemRow current, ItemRow attempted) {
    }

    static ItemRow row(ScheduleItem item, ZoneId zone, Messages messages) {
        DateTimeFormatter date = Dates.day(messages.locale());
        DateTimeFormatter time = Dates.time(messages.locale());
        return new ItemRow(item.id().value(), date.format(item.at().atZone(zone)), time.format(item.at().atZone(zone)),
                item.endsAt().map(e -> time.format(e.atZone(zone))).orElse(""), item.title(), "activity." + item.kind().name(),
                Places.of(item, messages), item.isSession(), item.isOnline());
    }

    static EffectView effect(long cohortId, ScheduleChangeEffect effect, ZoneId zone, Messages messages, Form form) {
        return new EffectView(cohortId, row(effect.before(), zone, messages), row(effect.after(), zone, messages),
                effect.activeParticipants(), effect.inThePast(), effect.earlierDeadline(),
                effect.sameDay().stream().map(i -> row(i, zone, messages)).toList(), effect.changesSomething(),
                form.value(SchedulePages.DATE), form.value(SchedulePages.TIME), form.value(SchedulePages.LOCATION),
                effect.before().at().toString());
    }
}
