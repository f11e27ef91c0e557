package nl.leerlijn.progress;

import java.util.List;
import java.util.Map;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.Participant;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.Programme;

/**
 * Where one participant stands against the programme and its completion policy.
 *
 * @param participant who
 * @param cohort their cohort
 * @param programme the programme the cohort runs
 * @param activities every activity in programme order
 * @param modules status per module code
 * @param sessions how many sessions the programme has
 * @param sessionsAttended how many the participant attended
 * @param sessionsStillNeeded how many more they must attend to reach the minimum attendance
 * @param assessedPartsOpen assessed work (paper milestones, praktijkopdrachten) not done yet
 * @param onlineWorkOpen online work not done yet
 */
public record ParticipantProgress(Participant participant, Cohort cohort, Programme programme,
        List<ActivityProgress> activities, Map<String, Status> modules, int sessions, int sessionsAttended,
        int sessionsStillNeeded, List<Activity> assessedPartsOpen, List<Activity> onlineWorkOpen) {

    public ParticipantProgress {
        activities = List.copyOf(activities);
        modules = Map.copyOf(modules);
        assessedPartsOpen = List.copyOf(assessedPartsOpen);
        onlineWorkOpen = List.copyOf(onlineWorkOpen);
    }

    /** @return whether everything the completion policy asks is done */
    public boolean complete() {
        return sessionsStillNeeded == 0 && assessedPartsOpen.isEmpty();
    }
}
