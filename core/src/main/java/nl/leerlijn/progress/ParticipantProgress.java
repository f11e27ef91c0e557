package nl.leerlijn.progress;

import java.util.List;
import java.util.Map;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.Module;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.enrolment.Participant;

/**
 * Where one participant stands against the programme and its completion policy.
 *
 * @param participant who
 * @param cohortName the name of their cohort
 * @param programme the programme the cohort runs
 * @param activities every activity in programme order, with its status
 * @param modules status per module code, see {@link ProgressRules#moduleStatus}
 * @param attendance where they stand against the minimum attendance
 */
public record ParticipantProgress(Participant participant, String cohortName, Programme programme, List<ActivityProgress> activities,
        Map<String, Status> modules, AttendanceStanding attendance) {

    /**
     * Copies the collections.
     *
     * @param participant who
     * @param cohortName the name of their cohort
     * @param programme the programme the cohort runs
     * @param activities every activity in programme order, with its status
     * @param modules status per module code, see {@link ProgressRules#moduleStatus}
     * @param attendance where they stand against the minimum attendance
     */
    public ParticipantProgress {
        activities = List.copyOf(activities);
        modules = Map.copyOf(modules);
    }

    /** @return assessed work (paper milestones, praktijkopdrachten) that is not klaar and not waiting for its result */
    public List<Activity> assessedPartsOpen() {
        return activities.stream().filter(a -> a.assessed() && a.status() != Status.DONE && a.status() != Status.HANDED_IN)
                .map(ActivityProgress::activity).toList();
    }

    /** @return assessed work handed in and waiting for its result */
    public List<Activity> waitingForResult() {
        return activities.stream().filter(a -> a.status() == Status.HANDED_IN).map(ActivityProgress::activity).toList();
    }

    /** @return online work not done yet */
    public List<Activity> onlineWorkOpen() {
        return activities.stream().filter(a -> a.activity().kind() == ActivityKind.ONLINE_WORK
                && a.status() != Status.DONE && a.status() != Status.LATE).map(ActivityProgress::activity).toList();
    }

    /** @return how many activities are klaar (done, attended, or passed), and how many there are */
    public long done() {
        return activities.stream().filter(a -> a.status() == Status.DONE).count();
    }

    /**
     * @param module one of the programme's modules
     * @return how many activities of the module are done or excused
     */
    public long settledIn(Module module) {
        return activities.stream().filter(a -> a.status().isSettled() && module.activities().contains(a.activity())).count();
    }

    /**
     * @param key the activity's key
     * @return the status of one activity, if the programme has it
     */
    public java.util.Optional<ActivityProgress> activity(nl.leerlijn.curriculum.ActivityKey key) {
        return activities.stream().filter(a -> a.activity().key().equals(key)).findFirst();
    }

    /** @return whether everything the completion policy asks is done: enough sessions and every assessed part passed */
    public boolean complete() {
        return attendance.stillNeeded() == 0 && activities.stream().filter(ActivityProgress::assessed).allMatch(a -> a.status() == Status.DONE)
                && reflectionsOwed().isEmpty();
    }

    /**
     * Intervisie counts with its reflections: after each meeting a participant attended they write one.
     *
     * @return the intervisie meetings the participant attended without writing their reflection (yet)
     */
    public List<ActivityProgress> reflectionsOwed() {
        return activities.stream().filter(ActivityProgress::owesReflection).toList();
    }

    /**
     * @param now the time
     * @return the reflections owed whose deadline (the programme's days after the meeting) has passed
     */
    public List<ActivityProgress> reflectionsOverdue(java.time.Instant now) {
        int days = programme.intervision().reflectionDays();
        return reflectionsOwed().stream().filter(a -> a.planned().filter(p -> p.at().plus(java.time.Duration.ofDays(days))
                .isBefore(now)).isPresent()).toList();
    }
}
