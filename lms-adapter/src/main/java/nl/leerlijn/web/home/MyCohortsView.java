package nl.leerlijn.web.home;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.CohortSummary;
import nl.leerlijn.progress.ParticipantProgress;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Places;

/**
 * The "my cohorts" page: the cohorts a person teaches or follows, with counts, and what comes next.
 *
 * @param cohorts one row per cohort membership
 * @param upcoming the person's next sessions and deadlines as a participant
 * @param mayCreate whether the person may start a cohort
 * @param news what is new for the person
 * @param examines whether the person examines every cohort (examencommissie, beheer): without cohorts of their own, the
 *     page sends them to the results instead of telling them to ask for enrolment
 */
public record MyCohortsView(List<CohortRow> cohorts, List<UpcomingRow> upcoming, boolean mayCreate,
        nl.leerlijn.web.notification.NewForYouView news, boolean examines) {

    /**
     * A cohort in the list; {@code relationKey} is a message key; {@code staff} says whether it links to the overview.
     * For staff {@code openWork} counts the work waiting for its result; for a participant {@code standing} says where
     * they stand, in words.
     */
    public record CohortRow(long id, String name, String programme, String startDate, String relationKey, boolean staff,
            int participants, int upcomingSessions, int openWork, String standing) {
    }

    /** A coming session or deadline; {@code kindKey} is a message key; {@code place} is empty for a deadline. */
    public record UpcomingRow(String date, String time, String title, String kindKey, Places.Place place, boolean session) {
    }

    static MyCohortsView from(List<CohortSummary> summaries, Map<CohortId, Integer> openWork, List<ParticipantProgress> own,
            List<ScheduleItem> upcoming, boolean mayCreate, nl.leerlijn.web.notification.NewForYouView news, boolean examines,
            ZoneId zone, Messages messages) {
        DateTimeFormatter date = Dates.day(messages.locale());
        DateTimeFormatter time = Dates.time(messages.locale());
        List<CohortRow> cohorts = summaries.stream().map(s -> {
            CohortId id = s.membership().cohort().id();
            String standing = s.membership().isStaff() ? "" : own.stream().filter(p -> p.participant().cohortId().equals(id))
                    .findFirst().map(p -> standing(p, messages)).orElse("");
            return new CohortRow(id.value(), s.membership().cohort().name(), s.membership().cohort().programmeTitle(),
                    date.format(s.membership().cohort().startDate()), "relation." + s.membership().relation().name(),
                    s.membership().isStaff(), s.activeParticipants(), s.upcomingSessions(), openWork.getOrDefault(id, 0), standing);
        }).toList();
        List<UpcomingRow> items = upcoming.stream()
                .map(i -> {
                    ZonedDateTime at = i.at().atZone(zone);
                    return new UpcomingRow(date.format(at), time.format(at), i.title(), "activity." + i.kind().name(),
                            Places.of(i, messages), i.isSession());
                })
                .toList();
        return new MyCohortsView(cohorts, items, mayCreate, news, examines);
    }

    private static String standing(ParticipantProgress progress, Messages messages) {
        String done = messages.get("home.standing", progress.done(), progress.activities().size());
        int waiting = progress.waitingForResult().size();
        return waiting == 0 ? done : done + " · " + messages.get("home.waiting", waiting);
    }

    /** @return whether the person follows a cohort (then "Mijn opleiding" applies) */
    public boolean participant() {
        return cohorts.stream().anyMatch(c -> !c.staff());
    }
}
