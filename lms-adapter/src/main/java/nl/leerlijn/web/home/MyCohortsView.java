package nl.leerlijn.web.home;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.CohortRelation;
import nl.leerlijn.cohort.CohortSummary;
import nl.leerlijn.cohort.ScheduleItem;
import nl.leerlijn.web.render.Dates;

/**
 * The "my cohorts" page: the cohorts a person teaches or follows, with counts, and what comes next.
 *
 * @param cohorts one row per cohort membership
 * @param upcoming the person's next sessions and deadlines as a participant
 * @param mayCreate whether the person may start a cohort
 * @param participant whether the person follows a cohort (then "Mijn opleiding" applies)
 */
public record MyCohortsView(List<CohortRow> cohorts, List<UpcomingRow> upcoming, boolean mayCreate, boolean participant,
        boolean examine) {

    /** A cohort in the list; {@code relationKey} is a message key; {@code staff} says whether it links to the overview. */
    public record CohortRow(long id, String name, String programme, String startDate, String relationKey, boolean staff,
            int participants, int upcomingSessions, int openWork) {
    }

    /** A coming session or deadline; {@code kindKey} is a message key, {@code location} may be empty. */
    public record UpcomingRow(String date, String time, String title, String kindKey, String location, boolean session) {
    }

    static MyCohortsView from(List<CohortSummary> summaries, Map<CohortId, Integer> openWork, List<ScheduleItem> upcoming,
            boolean mayCreate, boolean examine, ZoneId zone, Locale locale) {
        DateTimeFormatter date = Dates.day(locale);
        DateTimeFormatter time = Dates.time(locale);
        List<CohortRow> cohorts = summaries.stream()
                .map(s -> new CohortRow(s.membership().cohort().id().value(), s.membership().cohort().name(),
                        s.membership().cohort().programmeTitle(), date.format(s.membership().cohort().startDate()),
                        "relation." + s.membership().relation().name(),
                        s.membership().relation() != CohortRelation.PARTICIPANT, s.activeParticipants(), s.upcomingSessions(),
                        openWork.getOrDefault(s.membership().cohort().id(), 0)))
                .toList();
        List<UpcomingRow> items = upcoming.stream()
                .map(i -> {
                    ZonedDateTime at = i.at().atZone(zone);
                    return new UpcomingRow(date.format(at), time.format(at), i.title(), "activity." + i.kind().name(),
                            i.location().orElse(""), i.isSession());
                })
                .toList();
        return new MyCohortsView(cohorts, items, mayCreate, cohorts.stream().anyMatch(c -> !c.staff()), examine);
    }
}
