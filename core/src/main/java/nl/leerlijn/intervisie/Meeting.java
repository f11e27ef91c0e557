package nl.leerlijn.intervisie;

import java.time.Instant;
import java.util.Optional;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.SessionFormat;

/**
 * One meeting of one intervisie group, for one intervisie activity of the programme.
 *
 * @param id the meeting
 * @param group its group
 * @param groupNumber the group's number in its round
 * @param cohort the cohort
 * @param activity the programme's activity
 * @param title the activity's title (Intervisie 1, …)
 * @param startsAt when it starts: the group's own time, or the cohort's
 * @param endsAt when it ends
 * @param format on location or online, as planned for the cohort
 * @param location where: the group's own place, or the cohort's
 * @param ownTime whether the group meets at a time of its own
 * @param ownPlace whether the group meets at a place of its own
 * @param roles who brings the case, chairs and takes notes
 * @param notes the notulist's notes, until the case is removed
 * @param notesAt when the notes were last saved
 * @param revision changes with every change, so a stale change is noticed
 */
public record Meeting(MeetingId id, GroupId group, int groupNumber, CohortId cohort, ActivityKey activity, String title,
        Instant startsAt, Instant endsAt, Optional<SessionFormat> format, Optional<String> location, boolean ownTime,
        boolean ownPlace, MeetingRoles roles, Optional<String> notes, Optional<Instant> notesAt, int revision) {
    /** Longest notes, in characters. */
    public static final int MAX_NOTES = 20000;
}
