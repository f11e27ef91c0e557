package nl.leerlijn.web.home;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.leerlijn.cohort.CohortMembership;
import nl.leerlijn.cohort.ScheduleItem;

/**
 * The "my cohorts" page: the cohorts a person teaches or follows, and what comes next for them.
 *
 * @param cohorts one row per cohort membership
 * @param upcoming the person's next sessions and deadlines
 */
public record MyCohortsView(List<CohortRow> cohorts, List<UpcomingRow> upcoming) {

    /** A cohort in the list; {@code relationKey} is a message key. */
    public record CohortRow(String name, String programme, String startDate, String relationKey) {
    }

    /** A coming session or deadline; {@code kindKey} is a message key, {@code location} may be empty. */
    public record UpcomingRow(String date, String time, String title, String kindKey, String location, boolean session) {
    }

    static MyCohortsView from(List<CohortMembership> memberships, List<ScheduleItem> upcoming, ZoneId zone, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        List<CohortRow> cohorts = memberships.stream()
                .map(m -> new CohortRow(m.cohort().name(), m.cohort().programmeTitle(), date.format(m.cohort().startDate()),
                        "relation." + m.relation().name()))
                .toList();
        List<UpcomingRow> items = upcoming.stream()
                .map(i -> new UpcomingRow(date.format(local(i.at(), zone)), time.format(local(i.at(), zone)), i.title(),
                        "activity." + i.kind().name(), i.location().orElse(""), i.isSession()))
                .toList();
        return new MyCohortsView(cohorts, items);
    }

    private static java.time.ZonedDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone);
    }
}
