package nl.leerlijn.attendance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.schedule.ScheduleItem;

/**
 * The presence list of one session: every active participant with what is recorded for them, the session code and the
 * kerndocent's confirmation of the list.
 *
 * @param session the session
 * @param rows in name order
 * @param code the session code, if the kerndocent opened one
 * @param confirmation the kerndocent's confirmation of the list, if given
 * @param codeFrom from when a code can be opened (an hour before the session)
 * @param confirmUntil until when the kerndocent can confirm (or change) the list
 * @param now the moment this list was read
 */
public record SessionAttendance(ScheduleItem session, List<Row> rows, Optional<SessionCode> code,
        Optional<ListConfirmation> confirmation, Instant codeFrom, Instant confirmUntil, Instant now) {
    /**
     * Copies the list.
     *
     * @param session the session
     * @param rows in name order
     * @param code the session code, if the kerndocent opened one
     * @param confirmation the kerndocent's confirmation of the list, if given
     * @param codeFrom from when a code can be opened
     * @param confirmUntil until when the kerndocent can confirm (or change) the list
     * @param now the moment this list was read
     */
    public SessionAttendance {
        rows = List.copyOf(rows);
    }

    /** @return whether participants can enter the code now */
    public boolean codeOpen() {
        return code.filter(c -> c.openAt(now)).isPresent();
    }

    /** @return whether the kerndocent can open a code now: from an hour before the session until its end */
    public boolean mayOpenCode() {
        return !now.isBefore(codeFrom) && now.isBefore(session.endsAt().orElseThrow());
    }

    /** @return whether the list can still be confirmed: until the confirmation window closes */
    public boolean confirmable() {
        return !now.isAfter(confirmUntil);
    }

    /** @return whether the list can still change: a confirmed list is fixed once the window closed */
    public boolean editable() {
        return confirmable() || confirmation.isEmpty();
    }

    /** @return whether the session has begun, so its list can be confirmed */
    public boolean begun() {
        return !now.isBefore(session.at());
    }

    /** @return how many active participants have nothing recorded yet */
    public long unrecorded() {
        return rows.stream().filter(r -> r.presence().isEmpty()).count();
    }

    /**
     * A participant and what is recorded about them for the session.
     *
     * @param participant the participant
     * @param presence what the kerndocent recorded, empty while nothing is
     * @param recordedAt when the kerndocent recorded it
     * @param self the participant's own confirmation, if they gave it
     * @param notice their afmelding, if they reported absence
     * @param replacement their replacement assignment for this session, if they have one
     */
    public record Row(Participant participant, Optional<Presence> presence, Optional<Instant> recordedAt,
            Optional<SelfConfirmation> self, Optional<AbsenceNotice> notice, Optional<ReplacementAssignment> replacement) {
        /** @return whether both the participant and the kerndocent confirmed the participant's presence */
        public boolean confirmedByBoth() {
            return self.isPresent() && presence.filter(p -> p == Presence.PRESENT).isPresent();
        }
    }
}
