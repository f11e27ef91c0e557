package nl.leerlijn.attendance;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.access.Access;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.Participants;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.schedule.ScheduleItemId;
import nl.leerlijn.schedule.ScheduleItemNotFoundException;
import nl.leerlijn.schedule.Schedules;
import org.jdbi.v3.core.Jdbi;

/**
 * Presence at sessions (presentie), recorded by the cohort's kerndocent. Every method checks the person. Thread-safe.
 */
public final class AttendanceService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final Access access;
    private final Participants participants;
    private final Schedules schedules;
    private final JdbiAttendanceRepository attendance;

    /**
     * Wires the service; see {@code LeerlijnCore}.
     *
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param access decides who may do what
     * @param participants participants by id
     * @param schedules sessions and deadlines by cohort and participant
     * @param register attendance by participant
     */
    public AttendanceService(Jdbi jdbi, Clock clock, Access access, Participants participants, Schedules schedules,
            AttendanceRegister register) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.access = access;
        this.participants = participants;
        this.schedules = schedules;
        this.attendance = register.repository();
    }

    /**
     * @param actor who asks
     * @param cohort the cohort
     * @param session the session
     * @return the session's presence list: every active participant and what is recorded; for the cohort's kerndocenten
     *     and administrators
     * @throws ScheduleItemNotFoundException when the cohort has no such session
     */
    public SessionAttendance session(Actor actor, CohortId cohort, ScheduleItemId session) {
        return jdbi.inTransaction(h -> {
            ScheduleItem item = managedSession(actor, cohort, session);
            Map<ParticipantId, Map<nl.leerlijn.curriculum.ActivityKey, Presence>> recorded = attendance.inCohort(cohort);
            List<SessionAttendance.Row> rows = participants.inCohort(cohort).stream().filter(Participant::isActive)
                    .map(p -> new SessionAttendance.Row(p, Optional.ofNullable(recorded.getOrDefault(p.id(), Map.of())
                            .get(item.activity()))))
                    .toList();
            return new SessionAttendance(item, rows);
        });
    }

    /**
     * Records who attended a session. Participants left out keep what they had.
     *
     * @param actor who asks
     * @param cohort the cohort
     * @param session the session
     * @param presences present, absent or excused per participant
     * @throws nl.leerlijn.access.NotPermittedException unless the actor manages the cohort
     * @throws InvalidInputException when someone is not a participant of the cohort
     */
    public void record(Actor actor, CohortId cohort, ScheduleItemId session, Map<ParticipantId, Presence> presences) {
        jdbi.useTransaction(h -> {
            ScheduleItem item = managedSession(actor, cohort, session);
            Set<ParticipantId> inCohort = participants.inCohort(cohort).stream().map(Participant::id).collect(Collectors.toSet());
            presences.keySet().stream().filter(p -> !inCohort.contains(p)).findFirst().ifPresent(p -> {
                throw new InvalidInputException("Participant " + p + " is not in cohort " + cohort);
            });
            attendance.saveAll(presences, item.activity(), actor.userId(), clock.instant());
        });
    }

    /**
     * Records every active participant without a record yet as present, the first step of "iedereen aanwezig, then
     * the exceptions".
     *
     * @param actor who asks
     * @param cohort the cohort
     * @param session the session
     * @return how many were recorded now
     */
    public int recordOthersPresent(Actor actor, CohortId cohort, ScheduleItemId session) {
        return jdbi.inTransaction(h -> {
            ScheduleItem item = managedSession(actor, cohort, session);
            Map<ParticipantId, Map<nl.leerlijn.curriculum.ActivityKey, Presence>> recorded = attendance.inCohort(cohort);
            Map<ParticipantId, Presence> unrecorded = participants.inCohort(cohort).stream().filter(Participant::isActive)
                    .filter(p -> !recorded.getOrDefault(p.id(), Map.of()).containsKey(item.activity()))
                    .collect(Collectors.toMap(Participant::id, p -> Presence.PRESENT));
            attendance.saveAll(unrecorded, item.activity(), actor.userId(), clock.instant());
            return unrecorded.size();
        });
    }

    private ScheduleItem managedSession(Actor actor, CohortId cohort, ScheduleItemId session) {
        Permissions permissions = access.in(cohort, actor);
        permissions.require(permissions.mayManage(), "record attendance in cohort " + cohort);
        return schedules.itemsOf(cohort).stream().filter(i -> i.id().equals(session) && i.isSession()).findFirst()
                .orElseThrow(() -> new ScheduleItemNotFoundException(cohort, session));
    }
}
