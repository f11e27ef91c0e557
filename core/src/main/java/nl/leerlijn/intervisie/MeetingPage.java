package nl.leerlijn.intervisie;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.attendance.AttendanceRegister;
import nl.leerlijn.curriculum.IntervisionMethod;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;

/**
 * One meeting as the person asking may see it.
 *
 * @param meeting the meeting: time, place, roles
 * @param method the method the programme names for it
 * @param members the group's members
 * @param self the person's own participation when they are a member
 * @param readsCases whether the person may read the case, the notes and the presence (members and the kerndocent)
 * @param manages whether the person is the cohort's kerndocent (or beheer): confirms presence, answers reflections
 * @param intervisionCase the case, when one was brought and the person may read it (its text is empty once removed)
 * @param ownPresence when each member confirmed they were there
 * @param confirmedPresence what the kerndocent recorded per member, and when
 * @param reflections the reflections the person may read: their own, or every one for the kerndocent
 * @param reflectionDue when reflections are due
 * @param caseRemovedAfter when the case and notes will be removed by the retention rule
 * @param lifeDomains the leefgebieden the case steps name
 */
public record MeetingPage(Meeting meeting, Optional<IntervisionMethod> method, List<Participant> members, Optional<ParticipantId> self,
        boolean readsCases, boolean manages, Optional<IntervisionCase> intervisionCase, Map<ParticipantId, Instant> ownPresence,
        Map<ParticipantId, AttendanceRegister.Recorded> confirmedPresence, List<Reflection> reflections, Instant reflectionDue, Instant caseRemovedAfter,
        List<String> lifeDomains) {

    /** @return the role of the person asking, if any */
    public Optional<MeetingRole> ownRole() {
        return self.flatMap(s -> meeting.roles().of(s));
    }
}
