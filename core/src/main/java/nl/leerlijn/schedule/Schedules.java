package nl.leerlijn.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.Internal;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.CohortPlanner;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.curriculum.SchedulePlanner;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.extension.ExtensionId;
import org.jdbi.v3.core.Jdbi;

/** Cohorts' sessions and deadlines, and participants' own deadlines, for other features. Takes no person, checks nothing. */
@Internal
public final class Schedules implements CohortPlanner {
    private final ScheduleRepository schedules;
    private final ZoneId zone;

    /**
     * @param jdbi Leerlijn's database access
     * @param zone where cohorts meet; planned times are local to it
     */
    public Schedules(Jdbi jdbi, ZoneId zone) {
        this.schedules = new JdbiScheduleRepository(jdbi);
        this.zone = zone;
    }

    /** Plans a new cohort's sessions and deadlines from its start date; on-site sessions at {@code location}. */
    @Override
    public void plan(CohortId cohort, Programme programme, LocalDate start, String location) {
        schedules.insert(cohort, programme, SchedulePlanner.plan(programme, start, zone), location);
    }

    /**
     * @param cohort the cohort
     * @return the cohort's sessions and deadlines in time order
     */
    public List<ScheduleItem> itemsOf(CohortId cohort) {
        return schedules.schedule(cohort);
    }

    /**
     * @param participant the participant
     * @return the participant's items: the cohort's, with their own deadlines where an extension applies
     */
    public List<ScheduleItem> itemsFor(Participant participant) {
        return ScheduleItem.withDeadlines(schedules.schedule(participant.cohortId()), schedules.deadlinesOf(participant.id()));
    }

    /**
     * @param cohort the cohort
     * @return per participant of the cohort, the deadlines that apply instead of the cohort's; one query
     */
    public Map<ParticipantId, Map<ActivityKey, Instant>> deadlinesInCohort(CohortId cohort) {
        return schedules.deadlinesInCohort(cohort);
    }

    /**
     * @param participant the participant
     * @return the deadlines that apply to the participant instead of the cohort's
     */
    public Map<ActivityKey, Instant> deadlinesOf(ParticipantId participant) {
        return schedules.deadlinesOf(participant);
    }

    /**
     * @param participant the participant
     * @param activity the activity
     * @return the deadline of the activity that applies to the participant, if the activity has one
     */
    public Optional<Instant> deadlineOf(Participant participant, ActivityKey activity) {
        return itemsFor(participant).stream().filter(i -> i.activity().equals(activity) && !i.isSession())
                .map(ScheduleItem::at).findFirst();
    }

    /**
     * Makes {@code due} the participant's deadline for the activity, because of the extension.
     *
     * @param participant the participant
     * @param activity the activity
     * @param due the new deadline
     * @param because the approved or granted extension
     */
    public void setPersonalDeadline(ParticipantId participant, ActivityKey activity, Instant due, ExtensionId because) {
        schedules.setPersonalDeadline(participant, activity, due, because);
    }

    /**
     * @param user the person
     * @return the sessions and deadlines of every cohort the person teaches, assesses or actively follows
     */
    public List<CalendarEntry> calendarOf(UserId user) {
        return schedules.calendarOf(user);
    }

    ScheduleRepository repository() {
        return schedules;
    }
}
