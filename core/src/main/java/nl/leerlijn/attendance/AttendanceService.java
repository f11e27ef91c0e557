package nl.leerlijn.attendance;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.access.Access;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.Cohorts;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.Participants;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.schedule.ScheduleItemId;
import nl.leerlijn.schedule.ScheduleItemNotFoundException;
import nl.leerlijn.schedule.Schedules;
import org.jdbi.v3.core.Jdbi;

/**
 * Presence at sessions (presentie), confirmed by both sides: the participant enters the session code the kerndocent
 * shows (or scans its QR code), the kerndocent records the list and confirms it within a window after the session. A
 * participant may report absence beforehand (afmelden); a missed session gives a replacement assignment when the
 * programme has one for it. Every method checks the person. Thread-safe.
 */
public final class AttendanceService {
    /** How long after a session the kerndocent may confirm (or change) its list, unless the host says otherwise. */
    public static final Duration CONFIRMATION_WINDOW = Duration.ofDays(7);
    /** How long before a session the kerndocent may open its code. */
    public static final Duration CODE_AHEAD = Duration.ofHours(1);
    /** How long after a session's end its code can still be entered. */
    public static final Duration CODE_GRACE = Duration.ofMinutes(30);
    /** The longest reason for an afmelding. */
    public static final int MAX_REASON = 500;
    /** The longest text of a replacement assignment. */
    public static final int MAX_TEXT = 20_000;
    /** The longest feedback on a replacement assignment. */
    public static final int MAX_FEEDBACK = 4000;
    /** How many wrong codes a person may enter in {@link #ATTEMPT_WINDOW} before Leerlijn stops checking for a while. */
    public static final int MAX_WRONG_CODES = 5;
    /** The period wrong codes are counted over. */
    public static final Duration ATTEMPT_WINDOW = Duration.ofMinutes(15);
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final Clock clock;
    private final Access access;
    private final Participants participants;
    private final Schedules schedules;
    private final Cohorts cohorts;
    private final Duration window;
    private final JdbiAttendanceRepository attendance;
    private final JdbiConfirmationRepository confirmations;
    private final AttendanceRegister register;

    /**
     * Wires the service; see {@code LeerlijnCore}.
     *
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param access decides who may do what
     * @param participants participants by id
     * @param schedules sessions and deadlines by cohort and participant
     * @param cohorts cohorts and their programmes by id
     * @param register attendance by participant
     * @param window how long after a session its list may be confirmed
     */
    public AttendanceService(Jdbi jdbi, Clock clock, Access access, Participants participants, Schedules schedules, Cohorts cohorts,
            AttendanceRegister register, Duration window) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.access = access;
        this.participants = participants;
        this.schedules = schedules;
        this.cohorts = cohorts;
        this.window = window;
        this.attendance = register.repository();
        this.confirmations = register.confirmations();
        this.register = register;
    }

    /**
     * @param actor who asks
     * @param cohort the cohort
     * @param session the session
     * @return the session's presence list: every active participant with what is recorded, both confirmations, their
     *     afmelding and replacement assignment; for the cohort's kerndocenten and administrators
     * @throws ScheduleItemNotFoundException when the cohort has no such session
     */
    public SessionAttendance session(Actor actor, CohortId cohort, ScheduleItemId session) {
        return jdbi.inTransaction(h -> {
            ScheduleItem item = managedSession(actor, cohort, session);
            return list(cohort, item);
        });
    }

    private SessionAttendance list(CohortId cohort, ScheduleItem item) {
        List<Participant> active = participants.inCohort(cohort).stream().filter(Participant::isActive).toList();
        Map<ParticipantId, AttendanceRegister.Recorded> recorded = attendance.atSession(active.stream().map(Participant::id).toList(),
                item.activity());
        Map<ParticipantId, SelfConfirmation> self = confirmations.selfConfirmations(cohort, item.activity());
        Map<ParticipantId, AbsenceNotice> notices = confirmations.notices(cohort, item.activity());
        Map<ParticipantId, ReplacementAssignment> replacements = confirmations.replacementsInCohort(cohort).stream()
                .filter(r -> r.session().equals(item.activity()) && r.active())
                .collect(Collectors.toMap(ReplacementAssignment::participant, Function.identity()));
        List<SessionAttendance.Row> rows = active.stream().map(p -> {
            Optional<AttendanceRegister.Recorded> r = Optional.ofNullable(recorded.get(p.id()));
            return new SessionAttendance.Row(p, r.map(AttendanceRegister.Recorded::presence), r.map(AttendanceRegister.Recorded::at),
                    Optional.ofNullable(self.get(p.id())), Optional.ofNullable(notices.get(p.id())),
                    Optional.ofNullable(replacements.get(p.id())));
        }).toList();
        return new SessionAttendance(item, rows, confirmations.code(cohort, item.activity()),
                confirmations.listConfirmation(cohort, item.activity()), item.at().minus(CODE_AHEAD), confirmUntil(item),
                clock.instant());
    }

    private Instant confirmUntil(ScheduleItem item) {
        return item.endsAt().orElse(item.at()).plus(window);
    }

    /**
     * Records who attended a session. Participants left out keep what they had. A confirmed list loses its confirmation
     * (the kerndocent confirms the changed list again); a participant recorded absent or excused gets the session's
     * replacement assignment, once; one recorded present after all loses an assignment nothing was handed in for.
     *
     * @param actor who asks
     * @param cohort the cohort
     * @param session the session
     * @param presences present, absent or excused per participant
     * @throws nl.leerlijn.access.NotPermittedException unless the actor manages the cohort
     * @throws InvalidInputException when someone is not a participant of the cohort
     * @throws AttendanceListClosedException when the list was confirmed and its confirmation window has passed
     */
    public void record(Actor actor, CohortId cohort, ScheduleItemId session, Map<ParticipantId, Presence> presences) {
        jdbi.useTransaction(h -> {
            ScheduleItem item = managedSession(actor, cohort, session);
            confirmations.lockCohort(cohort);
            requireChangeable(cohort, item);
            Set<ParticipantId> inCohort = participants.inCohort(cohort).stream().map(Participant::id).collect(Collectors.toSet());
            presences.keySet().stream().filter(p -> !inCohort.contains(p)).findFirst().ifPresent(p -> {
                throw new InvalidInputException("Participant " + p + " is not in cohort " + cohort);
            });
            save(cohort, item, presences, actor);
        });
    }

    private void save(CohortId cohort, ScheduleItem item, Map<ParticipantId, Presence> presences, Actor actor) {
        register.record(cohort, presences, item.activity(), cohorts.programme(cohort).activity(item.activity()).flatMap(Activity::replacement),
                actor.userId(), clock.instant());
    }

    /**
     * Records every active participant without a record yet as present, the first step of "iedereen aanwezig, then
     * the exceptions"; a participant who reported absence is left for the kerndocent to decide.
     *
     * @param actor who asks
     * @param cohort the cohort
     * @param session the session
     * @return how many were recorded now
     * @throws AttendanceListClosedException when the confirmation window has passed
     */
    public int recordOthersPresent(Actor actor, CohortId cohort, ScheduleItemId session) {
        return jdbi.inTransaction(h -> {
            ScheduleItem item = managedSession(actor, cohort, session);
            confirmations.lockCohort(cohort);
            requireChangeable(cohort, item);
            SessionAttendance list = list(cohort, item);
            Map<ParticipantId, Presence> unrecorded = list.rows().stream()
                    .filter(r -> r.presence().isEmpty() && r.notice().isEmpty())
                    .collect(Collectors.toMap(r -> r.participant().id(), r -> Presence.PRESENT));
            save(cohort, item, unrecorded, actor);
            return unrecorded.size();
        });
    }

    /**
     * Opens the session's code (or shows the one already open), from an hour before the session until its end; it can be
     * entered until half an hour after the session.
     *
     * @param actor who asks
     * @param cohort the cohort
     * @param session the session
     * @return the open code
     * @throws CodeNotOpenableException outside those times
     */
    public SessionCode openCode(Actor actor, CohortId cohort, ScheduleItemId session) {
        return jdbi.inTransaction(h -> {
            ScheduleItem item = managedSession(actor, cohort, session);
            confirmations.lockCohort(cohort);
            Instant now = clock.instant();
            Optional<SessionCode> open = confirmations.code(cohort, item.activity()).filter(c -> c.openAt(now));
            if (open.isPresent()) {
                return open.get();
            }
            Instant end = item.endsAt().orElseThrow();
            if (now.isBefore(item.at().minus(CODE_AHEAD)) || !now.isBefore(end)) {
                throw new CodeNotOpenableException("The code of " + item.activity() + " opens from " + item.at().minus(CODE_AHEAD)
                        + " until " + end + "; it is " + now);
            }
            SessionCode code = new SessionCode(newCode(), now, end.plus(CODE_GRACE));
            confirmations.saveCode(cohort, item.activity(), code, actor);
            return code;
        });
    }

    /**
     * Closes the session's code: participants can no longer enter it.
     *
     * @param actor who asks
     * @param cohort the cohort
     * @param session the session
     */
    public void closeCode(Actor actor, CohortId cohort, ScheduleItemId session) {
        jdbi.useTransaction(h -> {
            ScheduleItem item = managedSession(actor, cohort, session);
            confirmations.closeCode(cohort, item.activity(), clock.instant());
        });
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * @param code what the person typed; spaces, dashes and case do not matter
     * @return the code as stored
     */
    public static String normalizeCode(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /**
     * @param actor who asks: a participant
     * @param code a code they are about to confirm with (e.g. from the QR code)
     * @return the session of their cohort that is open with this code now, if there is one; nothing is stored
     */
    public Optional<ScheduleItem> sessionOfCode(Actor actor, String code) {
        return jdbi.inTransaction(h -> {
            String normalized = normalizeCode(code);
            List<nl.leerlijn.cohort.CohortId> mine = participants.ofUser(actor.userId()).stream().filter(Participant::isActive)
                    .map(Participant::cohortId).toList();
            return confirmations.openCodes(normalized, mine, clock.instant()).stream().findFirst()
                    .flatMap(found -> schedules.itemsOf(found.cohort()).stream().filter(i -> i.activity().equals(found.session())).findFirst());
        });
    }

    /**
     * The participant confirms their own presence with the code of a session of their cohort that is open now. A second
     * confirmation keeps the first one's time.
     *
     * @param actor who asks: an active participant
     * @param code the code they entered
     * @param via typed or scanned
     * @return the session they confirmed
     * @throws SessionCodeNotValidException when no open session of theirs has this code (the wrong code is counted)
     * @throws TooManyWrongCodesException after {@value #MAX_WRONG_CODES} wrong codes in a quarter of an hour
     */
    public ScheduleItem confirmPresence(Actor actor, String code, SelfConfirmation.Via via) {
        Instant now = clock.instant();
        if (confirmations.wrongAttemptsSince(actor.userId(), now.minus(ATTEMPT_WINDOW)) >= MAX_WRONG_CODES) {
            throw new TooManyWrongCodesException(actor.userId() + " entered " + MAX_WRONG_CODES + " wrong codes in " + ATTEMPT_WINDOW);
        }
        Optional<ScheduleItem> confirmed = jdbi.inTransaction(h -> {
            String normalized = normalizeCode(code);
            Map<nl.leerlijn.cohort.CohortId, Participant> mine = participants.ofUser(actor.userId()).stream().filter(Participant::isActive)
                    .collect(Collectors.toMap(Participant::cohortId, Function.identity(), (a, b) -> a));
            List<JdbiConfirmationRepository.OpenCode> open = normalized.length() != CODE_LENGTH ? List.of()
                    : confirmations.openCodes(normalized, mine.keySet(), now);
            if (open.isEmpty()) {
                return Optional.empty();
            }
            JdbiConfirmationRepository.OpenCode found = open.get(0);
            Participant participant = mine.get(found.cohort());
            confirmations.confirmSelf(participant.id(), found.session(), new SelfConfirmation(now, via));
            return schedules.itemsOf(found.cohort()).stream().filter(i -> i.activity().equals(found.session())).findFirst();
        });
        if (confirmed.isEmpty()) {
            // Counted before the refusal: a page that shows it beside the field (as Leerlijn's does) keeps the count.
            confirmations.wrongAttempt(actor.userId(), now);
            throw new SessionCodeNotValidException("No session of " + actor.userId() + " is open with that code");
        }
        return confirmed.get();
    }

    /**
     * The kerndocent confirms a session's list: after the session began, within the window after it, once every
     * active participant has a presence recorded.
     *
     * @param actor who asks
     * @param cohort the cohort
     * @param session the session
     * @throws ListIncompleteException before the session began, or while someone has nothing recorded
     * @throws AttendanceListClosedException after the window
     */
    public void confirmList(Actor actor, CohortId cohort, ScheduleItemId session) {
        jdbi.useTransaction(h -> {
            ScheduleItem item = managedSession(actor, cohort, session);
            confirmations.lockCohort(cohort);
            requireEditable(item);
            SessionAttendance list = list(cohort, item);
            if (!list.begun()) {
                throw new ListIncompleteException("Session " + item.activity() + " has not begun");
            }
            if (list.unrecorded() > 0) {
                throw new ListIncompleteException(list.unrecorded() + " participant(s) have no presence recorded at " + item.activity());
            }
            confirmations.confirmList(cohort, item.activity(), actor, clock.instant());
        });
    }

    private void requireEditable(ScheduleItem item) {
        if (clock.instant().isAfter(confirmUntil(item))) {
            throw new AttendanceListClosedException("The list of " + item.activity() + " could be confirmed until " + confirmUntil(item));
        }
    }

    /** A confirmed list is fixed once its window has passed; an unconfirmed one can still be filled in (it stays unconfirmed). */
    private void requireChangeable(CohortId cohort, ScheduleItem item) {
        if (clock.instant().isAfter(confirmUntil(item)) && confirmations.listConfirmation(cohort, item.activity()).isPresent()) {
            throw new AttendanceListClosedException("The list of " + item.activity() + " was confirmed and its window closed at "
                    + confirmUntil(item));
        }
    }

    /**
     * @param actor who asks: the participant, or staff who may see them
     * @param participant the participant
     * @return every session of their cohort with what is recorded, and their replacement assignments
     */
    public ParticipantAttendance of(Actor actor, ParticipantId participant) {
        return jdbi.inTransaction(h -> {
            Participant p = participants.require(participant);
            Permissions permissions = access.in(p.cohortId(), actor);
            permissions.require(permissions.mayViewParticipant(participant), "see the attendance of " + participant);
            Map<ActivityKey, Presence> presence = attendance.of(participant);
            Map<ActivityKey, SelfConfirmation> self = confirmations.selfConfirmationsOf(participant);
            Map<ActivityKey, AbsenceNotice> notices = confirmations.noticesOf(participant);
            Map<ActivityKey, ListConfirmation> lists = confirmations.listConfirmations(p.cohortId());
            List<ReplacementAssignment> replacements = confirmations.replacementsOf(participant).stream()
                    .filter(ReplacementAssignment::active).toList();
            Map<ActivityKey, ReplacementAssignment> bySession = replacements.stream()
                    .collect(Collectors.toMap(ReplacementAssignment::session, Function.identity()));
            List<ParticipantAttendance.Session> sessions = schedules.itemsFor(p).stream().filter(ScheduleItem::isSession)
                    .sorted(Comparator.comparing(ScheduleItem::at))
                    .map(i -> new ParticipantAttendance.Session(i, Optional.ofNullable(presence.get(i.activity())),
                            Optional.ofNullable(self.get(i.activity())), Optional.ofNullable(notices.get(i.activity())),
                            lists.containsKey(i.activity()), Optional.ofNullable(bySession.get(i.activity()))))
                    .toList();
            return new ParticipantAttendance(p, sessions, replacements, clock.instant());
        });
    }

    /**
     * The participant reports, before the session starts, that they will not come, with a reason; a second report
     * replaces the first.
     *
     * @param actor who asks: the participant
     * @param participant the participant
     * @param session the session's activity
     * @param reason why, 3 to {@value #MAX_REASON} characters
     * @throws AbsenceNoticeTooLateException once the session started or the kerndocent recorded their presence
     * @throws InvalidInputException when the reason is too short or too long
     */
    public void reportAbsence(Actor actor, ParticipantId participant, ActivityKey session, String reason) {
        jdbi.useTransaction(h -> {
            Participant p = ownActive(actor, participant);
            ScheduleItem item = sessionOf(p, session);
            String text = reason == null ? "" : reason.strip();
            if (text.length() < 3 || text.length() > MAX_REASON) {
                throw new InvalidInputException("A reason has 3 to " + MAX_REASON + " characters");
            }
            requireBefore(p, item);
            confirmations.saveNotice(participant, session, new AbsenceNotice(text, clock.instant()));
        });
    }

    /**
     * The participant takes back their afmelding, before the session starts.
     *
     * @param actor who asks: the participant
     * @param participant the participant
     * @param session the session's activity
     * @throws AbsenceNoticeTooLateException once the session started or the kerndocent recorded their presence
     */
    public void withdrawAbsence(Actor actor, ParticipantId participant, ActivityKey session) {
        jdbi.useTransaction(h -> {
            Participant p = ownActive(actor, participant);
            requireBefore(p, sessionOf(p, session));
            confirmations.deleteNotice(participant, session);
        });
    }

    private void requireBefore(Participant p, ScheduleItem item) {
        if (!clock.instant().isBefore(item.at()) || attendance.of(p.id()).containsKey(item.activity())) {
            throw new AbsenceNoticeTooLateException("Session " + item.activity() + " began at " + item.at() + " or has presence recorded");
        }
    }

    private Participant ownActive(Actor actor, ParticipantId participant) {
        Participant p = participants.require(participant);
        Permissions permissions = access.in(p.cohortId(), actor);
        permissions.require(permissions.mayActFor(participant) && p.isActive(), "report absence for " + participant);
        return p;
    }

    private ScheduleItem sessionOf(Participant p, ActivityKey session) {
        return schedules.itemsFor(p).stream().filter(i -> i.isSession() && i.activity().equals(session)).findFirst()
                .orElseThrow(() -> new nl.leerlijn.curriculum.ActivityNotFoundException(cohorts.programme(p.cohortId()).id(), session));
    }

    /**
     * The participant hands in their replacement assignment (again, after an onvoldoende; not while it waits for the
     * kerndocent's judgement); after the due moment it is marked late.
     *
     * @param actor who asks: the participant
     * @param id the assignment
     * @param text what they did, 1 to {@value #MAX_TEXT} characters
     * @return the assignment as handed in
     * @throws ReplacementNotOpenException when it was cancelled, judged voldoende, or waits for judgement
     */
    public ReplacementAssignment handInReplacement(Actor actor, ReplacementId id, String text) {
        return jdbi.inTransaction(h -> {
            ReplacementAssignment replacement = confirmations.lockReplacement(id).orElseThrow(() -> new ReplacementNotFoundException(id));
            ownActive(actor, replacement.participant());
            String body = text == null ? "" : text.strip();
            if (body.isEmpty() || body.length() > MAX_TEXT) {
                throw new InvalidInputException("A replacement assignment has 1 to " + MAX_TEXT + " characters");
            }
            if (!replacement.mayHandIn()) {
                throw new ReplacementNotOpenException("Replacement " + id + " is cancelled, judged voldoende, or waiting for judgement");
            }
            confirmations.handIn(id, body, clock.instant());
            return confirmations.replacement(id).orElseThrow();
        });
    }

    /**
     * The kerndocent judges what was handed in; feedback is required with onvoldoende.
     *
     * @param actor who asks: a kerndocent of the participant's cohort
     * @param id the assignment
     * @param judgement voldoende or onvoldoende
     * @param feedback up to {@value #MAX_FEEDBACK} characters
     * @throws ReplacementNotOpenException when nothing is handed in, or it was cancelled
     */
    public void judgeReplacement(Actor actor, ReplacementId id, Judgement judgement, String feedback) {
        jdbi.useTransaction(h -> {
            ReplacementAssignment replacement = confirmations.lockReplacement(id).orElseThrow(() -> new ReplacementNotFoundException(id));
            Participant p = participants.require(replacement.participant());
            Permissions permissions = access.in(p.cohortId(), actor);
            permissions.require(permissions.mayManage(), "judge replacement " + id);
            String text = feedback == null ? "" : feedback.strip();
            if (text.length() > MAX_FEEDBACK || (judgement == Judgement.ONVOLDOENDE && text.isEmpty())) {
                throw new InvalidInputException("Feedback has up to " + MAX_FEEDBACK + " characters and is required with onvoldoende");
            }
            if (!replacement.active() || replacement.handedInAt().isEmpty()) {
                throw new ReplacementNotOpenException("Replacement " + id + " has nothing handed in, or is cancelled");
            }
            confirmations.judge(id, judgement, text, actor, clock.instant());
        });
    }

    /**
     * @param actor who asks: a kerndocent of the cohort
     * @param cohort the cohort
     * @return the cohort's active replacement assignments, in the order they were made
     */
    public List<ReplacementAssignment> replacements(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayManage(), "see the replacement assignments of " + cohort);
            return confirmations.replacementsInCohort(cohort).stream().filter(ReplacementAssignment::active).toList();
        });
    }

    /**
     * @param actor who asks: the participant, or a kerndocent of their cohort
     * @param id the assignment
     * @return the assignment
     */
    public ReplacementAssignment replacement(Actor actor, ReplacementId id) {
        return jdbi.inTransaction(h -> {
            ReplacementAssignment replacement = confirmations.replacement(id).orElseThrow(() -> new ReplacementNotFoundException(id));
            Participant p = participants.require(replacement.participant());
            Permissions permissions = access.in(p.cohortId(), actor);
            permissions.require(permissions.mayManage() || permissions.isOwn(p.id()), "see replacement " + id);
            return replacement;
        });
    }

    private ScheduleItem managedSession(Actor actor, CohortId cohort, ScheduleItemId session) {
        Permissions permissions = access.in(cohort, actor);
        permissions.require(permissions.mayManage(), "record attendance in cohort " + cohort);
        return schedules.itemsOf(cohort).stream().filter(i -> i.id().equals(session) && i.isSession()).findFirst()
                .orElseThrow(() -> new ScheduleItemNotFoundException(cohort, session));
    }
}
