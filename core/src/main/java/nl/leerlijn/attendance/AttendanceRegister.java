package nl.leerlijn.attendance;

import java.util.Map;
import nl.leerlijn.Internal;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;
import org.jdbi.v3.core.Jdbi;

/** What is recorded about presence, for other features. Takes no person, checks nothing. Thread-safe. */
@Internal
public final class AttendanceRegister {
    private final JdbiAttendanceRepository attendance;
    private final JdbiConfirmationRepository confirmations;

    /** @param jdbi Leerlijn's database access */
    public AttendanceRegister(Jdbi jdbi) {
        this.attendance = new JdbiAttendanceRepository(jdbi);
        this.confirmations = new JdbiConfirmationRepository(jdbi);
    }

    /**
     * @param cohort the cohort
     * @return per participant, the sessions whose replacement assignment was judged voldoende (they count as attended);
     *     one query
     */
    public Map<ParticipantId, java.util.Set<ActivityKey>> replacedInCohort(CohortId cohort) {
        Map<ParticipantId, java.util.Set<ActivityKey>> all = new java.util.HashMap<>();
        confirmations.replacementsInCohort(cohort).stream().filter(ReplacementAssignment::counts)
                .forEach(r -> all.computeIfAbsent(r.participant(), k -> new java.util.HashSet<>()).add(r.session()));
        return all;
    }

    /**
     * @param cohort the cohort
     * @param now the moment to judge at
     * @return per participant, the missed sessions whose replacement assignment may yet count: open, and handed in or not
     *     due yet; one query
     */
    public Map<ParticipantId, java.util.Set<ActivityKey>> replaceableInCohort(CohortId cohort, java.time.Instant now) {
        Map<ParticipantId, java.util.Set<ActivityKey>> all = new java.util.HashMap<>();
        confirmations.replacementsInCohort(cohort).stream().filter(r -> mayCount(r, now))
                .forEach(r -> all.computeIfAbsent(r.participant(), k -> new java.util.HashSet<>()).add(r.session()));
        return all;
    }

    /**
     * @param participant the participant
     * @param now the moment to judge at
     * @return the missed sessions whose replacement assignment may yet count; one query
     */
    public java.util.Set<ActivityKey> replaceableOf(ParticipantId participant, java.time.Instant now) {
        return confirmations.replacementsOf(participant).stream().filter(r -> mayCount(r, now))
                .map(ReplacementAssignment::session).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * @param participant the participant
     * @return the sessions whose replacement assignment was judged voldoende; one query
     */
    public java.util.Set<ActivityKey> replacedOf(ParticipantId participant) {
        return confirmations.replacementsOf(participant).stream().filter(ReplacementAssignment::counts)
                .map(ReplacementAssignment::session).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * @param cohort the cohort
     * @return per participant of the cohort, per session, what is recorded; one query
     */
    public Map<ParticipantId, Map<ActivityKey, Presence>> inCohort(CohortId cohort) {
        return attendance.inCohort(cohort);
    }

    /**
     * @param participant the participant
     * @return per session, what is recorded for the participant
     */
    public Map<ActivityKey, Presence> of(ParticipantId participant) {
        return attendance.of(participant);
    }

    /**
     * A presence as the kerndocent recorded it.
     *
     * @param presence present, absent or excused
     * @param at when it was recorded
     */
    public record Recorded(Presence presence, java.time.Instant at) {
    }

    /**
     * @param participants some participants
     * @param session a session
     * @return per participant, what was recorded for the session and when (one statement)
     */
    public Map<ParticipantId, Recorded> atSession(java.util.Collection<ParticipantId> participants, ActivityKey session) {
        return attendance.atSession(participants, session);
    }

    /**
     * Records presences at one session, replacing what was recorded for those participants. A change withdraws the
     * kerndocent's confirmation of the list; every participant recorded absent or excused gets the session's replacement
     * assignment (once), one recorded present loses an assignment nothing was handed in for. Takes the cohort's lock, so
     * two nodes recording at once make one assignment. The caller checked that the actor may.
     *
     * @param cohort the participants' cohort
     * @param presences per participant
     * @param session the session
     * @param replacement the session's replacement assignment in the programme, if it has one
     * @param by who recorded
     * @param at when
     */
    public void record(CohortId cohort, Map<ParticipantId, Presence> presences, ActivityKey session,
            java.util.Optional<nl.leerlijn.curriculum.Replacement> replacement, nl.leerlijn.access.UserId by, java.time.Instant at) {
        if (presences.isEmpty()) {
            return;
        }
        confirmations.lockCohort(cohort);
        Map<ParticipantId, Recorded> before = attendance.atSession(presences.keySet(), session);
        boolean changed = presences.entrySet().stream().anyMatch(e -> before.get(e.getKey()) == null
                || before.get(e.getKey()).presence() != e.getValue());
        if (changed) {
            attendance.saveAll(presences, session, by, at);
            confirmations.withdrawList(cohort, session);
        }
        java.util.List<ParticipantId> present = new java.util.ArrayList<>();
        presences.forEach((participant, presence) -> {
            if (presence == Presence.PRESENT) {
                present.add(participant);
            } else if (replacement.isPresent()) {
                confirmations.createReplacement(participant, session, replacement.get().description(), at,
                        at.plus(java.time.Duration.ofDays(replacement.get().days())));
            }
        });
        confirmations.cancelReplacements(present, session, at);
    }

    /**
     * The presence both sides confirmed: recorded present by the kerndocent, confirmed by the participant with the code,
     * in a list the kerndocent confirmed. This is what subsidies and registers accept.
     *
     * @param cohort the cohort
     * @return per participant, the sessions whose presence both confirmed; three queries
     */
    public Map<ParticipantId, java.util.Set<ActivityKey>> confirmedInCohort(CohortId cohort) {
        Map<ParticipantId, Map<ActivityKey, Presence>> recorded = attendance.inCohort(cohort);
        java.util.Set<ActivityKey> confirmedLists = confirmations.listConfirmations(cohort).keySet();
        Map<ParticipantId, java.util.Set<ActivityKey>> self = confirmations.selfConfirmationsInCohort(cohort);
        Map<ParticipantId, java.util.Set<ActivityKey>> all = new java.util.HashMap<>();
        recorded.forEach((participant, sessions) -> sessions.forEach((session, presence) -> {
            if (presence == Presence.PRESENT && confirmedLists.contains(session)
                    && self.getOrDefault(participant, java.util.Set.of()).contains(session)) {
                all.computeIfAbsent(participant, k -> new java.util.HashSet<>()).add(session);
            }
        }));
        return all;
    }

    /**
     * @param participant the participant
     * @return their replacement assignments that were not cancelled, in the order they were made
     */
    public java.util.List<ReplacementAssignment> replacementsOf(ParticipantId participant) {
        return confirmations.replacementsOf(participant).stream().filter(ReplacementAssignment::active).toList();
    }

    private static boolean mayCount(ReplacementAssignment r, java.time.Instant now) {
        return r.open() && (r.handedInAt().isPresent() || !now.isAfter(r.dueAt()));
    }

    JdbiAttendanceRepository repository() {
        return attendance;
    }

    JdbiConfirmationRepository confirmations() {
        return confirmations;
    }
}
