package nl.leerlijn.curriculum;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Places a programme's sessions and deadlines on the calendar of a cohort that starts on a given
 * date. Week {@code w}, day {@code d} falls on {@code start + 7(w-1) + (d-1)} days; times are local
 * to the cohort's zone, so a session keeps its wall-clock time across daylight-saving changes.
 */
public final class SchedulePlanner {
    private SchedulePlanner() {
    }

    /**
     * @param programme the definition
     * @param start the cohort's start date (week 1, day 1)
     * @param zone where the cohort meets, e.g. Europe/Amsterdam
     * @return sessions and deadlines in time order; self-paced work without a deadline is left out
     */
    public static List<PlannedActivity> plan(Programme programme, LocalDate start, ZoneId zone) {
        List<PlannedActivity> planned = new ArrayList<>();
        for (Module module : programme.modules()) {
            for (Activity activity : module.activities()) {
                place(module, activity, start, zone).ifPresent(planned::add);
            }
        }
        planned.sort(Comparator.comparing(PlannedActivity::at).thenComparing(p -> p.key().value()));
        return List.copyOf(planned);
    }

    private static Optional<PlannedActivity> place(Module module, Activity activity, LocalDate start, ZoneId zone) {
        if (activity.timing() instanceof Timing.Session session) {
            ZonedDateTime begins = ZonedDateTime.of(day(start, session.week(), session.day()), session.start(), zone);
            return Optional.of(new PlannedActivity(activity.key(), module.code(), activity.kind(), begins.toInstant(),
                    Optional.of(begins.plus(session.duration()).toInstant()), Optional.of(session.format())));
        }
        if (activity.timing() instanceof Timing.Due due) {
            ZonedDateTime moment = ZonedDateTime.of(day(start, due.week(), due.day()), due.time(), zone);
            return Optional.of(new PlannedActivity(activity.key(), module.code(), activity.kind(), moment.toInstant(),
                    Optional.empty(), Optional.empty()));
        }
        return Optional.empty();
    }

    private static LocalDate day(LocalDate start, int week, int day) {
        return start.plusDays(7L * (week - 1) + (day - 1));
    }
}
