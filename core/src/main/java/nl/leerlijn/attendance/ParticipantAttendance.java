package nl.leerlijn.attendance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.schedule.ScheduleItem;

/**
 * A participant's own attendance: every session of their cohort with what is recorded, and their replacement
 * assignments.
 *
 * @param participant the participant
 * @param sessions in time order
 * @param replacements active ones first in the order they were made; cancelled ones are left out
 * @param now the moment this was read
 */
public record ParticipantAttendance(Participant participant, List<Session> sessions, List<ReplacementAssignment> replacements,
        Instant now) {
    /**
     * Copies the lists.
     *
     * @param participant the participant
     * @param sessions in time order
     * @param replacements the active replacement assignments
     * @param now the moment this was read
     */
    public ParticipantAttendance {
        sessions = List.copyOf(sessions);
        replacements = List.copyOf(replacements);
    }

    /**
     * One session and what is recorded for the participant.
     *
     * @param session the session
     * @param presence what the kerndocent recorded
     * @param self the participant's own confirmation
     * @param notice their afmelding
     * @param listConfirmed whether the kerndocent confirmed the session's list
     * @param replacement their replacement assignment for the session, if any
     */
    public record Session(ScheduleItem session, Optional<Presence> presence, Optional<SelfConfirmation> self,
            Optional<AbsenceNotice> notice, boolean listConfirmed, Optional<ReplacementAssignment> replacement) {
        /**
         * @param now the moment to judge at
         * @return whether the participant can still report absence (or take it back): before the session starts
         */
        public boolean mayReportAbsence(Instant now) {
            return now.isBefore(session.at()) && presence.isEmpty();
        }
    }
}
