package nl.leerlijn.notification;

import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.Internal;
import nl.leerlijn.access.UserId;
import nl.leerlijn.assessment.ResultReleased;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.Cohorts;
import nl.leerlijn.cohort.StaffMember;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.Participants;
import nl.leerlijn.events.Subscription;
import nl.leerlijn.extension.Extension;
import nl.leerlijn.extension.ExtensionDecided;
import nl.leerlijn.extension.ExtensionRequested;
import nl.leerlijn.extension.ExtensionState;
import nl.leerlijn.extension.Extensions;
import nl.leerlijn.intervisie.MeetingRole;
import nl.leerlijn.intervisie.MeetingsAhead;
import nl.leerlijn.jobs.JobRegistry;
import nl.leerlijn.jobs.WorkQueue;
import nl.leerlijn.progress.ActivityProgress;
import nl.leerlijn.progress.Attention;
import nl.leerlijn.progress.CohortProgress;
import nl.leerlijn.progress.ParticipantProgress;
import nl.leerlijn.progress.Standings;
import nl.leerlijn.progress.Status;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.schedule.ScheduleItemMoved;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.submission.Submissions;
import nl.leerlijn.submission.VersionHandedIn;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what happens into notifications and mails: subscribes to the events, plans the daily digest and the
 * reminders, and sends through the {@link Notifier}. Every step is a background task, safe to repeat: a notification
 * exists once per person and thing, a mail goes out once per notification, a digest once per person and day.
 */
@Internal
public final class Notifications {
    /** Sends the mail of one notification. */
    public static final String SEND_MAIL = "leerlijn-send-mail";
    /** Sends one person's digest of one day. */
    public static final String SEND_DIGEST = "leerlijn-send-digest";
    /** Plans the day's digests, once a day. */
    public static final String PLAN_DIGESTS = "leerlijn-plan-digests";
    /** Looks for coming deadlines and intervisie roles to remind people of. */
    public static final String REMIND = "leerlijn-remind";
    /** Cohorts that started longer ago than this are left out of digests and reminders. */
    static final java.time.Period ACTIVE_FOR = java.time.Period.ofYears(2);
    /** How far ahead a participant hears their intervisie role. */
    static final Duration ROLE_AHEAD = Duration.ofDays(7);

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;
    private final WorkQueue work;
    private final JdbiNotificationRepository store;
    private final Notifier notifier;
    private final MailComposer composer;
    private final Cohorts cohorts;
    private final Participants participants;
    private final Submissions submissions;
    private final Extensions extensions;
    private final nl.leerlijn.schedule.Schedules schedules;
    private final Standings standings;
    private final MeetingsAhead meetings;

    /** What the notifications read from the other features. */
    public record Sources(Cohorts cohorts, Participants participants, Submissions submissions, Extensions extensions,
            nl.leerlijn.schedule.Schedules schedules, Standings standings, MeetingsAhead meetings) {
    }

    /**
     * @param jdbi Leerlijn's database
     * @param clock the time source
     * @param zone where days begin and times are shown
     * @param work where mails and digests wait to be sent
     * @param notifier how mails go out
     * @param composer how mails are written
     * @param sources what the notifications read
     */
    public Notifications(Jdbi jdbi, Clock clock, ZoneId zone, WorkQueue work, Notifier notifier, MailComposer composer, Sources sources) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = zone;
        this.work = work;
        this.store = new JdbiNotificationRepository(jdbi);
        this.notifier = notifier;
        this.composer = composer;
        this.cohorts = sources.cohorts();
        this.participants = sources.participants();
        this.submissions = sources.submissions();
        this.extensions = sources.extensions();
        this.schedules = sources.schedules();
        this.standings = sources.standings();
        this.meetings = sources.meetings();
    }

    /** @param jobs where the sending, the digest and the reminders are registered */
    public void register(JobRegistry jobs) {
        jobs.oneTime(SEND_MAIL, data -> sendMail(new NotificationId(Long.parseLong(data))));
        jobs.oneTime(SEND_DIGEST, data -> {
            int split = data.indexOf('\n');
            sendDigest(new UserId(data.substring(0, split)), LocalDate.parse(data.substring(split + 1)));
        });
        jobs.recurring(PLAN_DIGESTS, settings -> Schedules.daily(zone, settings.digestAt()), settings -> planDigests());
        jobs.recurring(REMIND, settings -> FixedDelay.of(settings.reminderSweep()), settings -> remind());
    }

    /** @return the subscribers that turn events into notifications */
    public List<Subscription<?>> subscriptions() {
        return List.of(
                new Subscription<>("notification.result-released", ResultReleased.class, e -> resultReleased(e)),
                new Subscription<>("notification.extension-decided", ExtensionDecided.class, e -> extensionDecided(e)),
                new Subscription<>("notification.extension-requested", ExtensionRequested.class, e -> extensionRequested(e)),
                new Subscription<>("notification.version-handed-in", VersionHandedIn.class, e -> handedIn(e)),
                new Subscription<>("notification.schedule-item-moved", ScheduleItemMoved.class, e -> moved(e)));
    }

    // ---- from events

    private void resultReleased(ResultReleased event) {
        Submission version = submissions.require(event.submission());
        Participant participant = participants.require(version.participant());
        Programme programme = cohorts.programme(participant.cohortId());
        Activity activity = programme.activity(version.activity()).orElseThrow();
        notify(participant.userId(), NotificationKind.RESULT_RELEASED, "version-" + version.id().value(), participant.cohortId(),
                workPage(activity, participant.cohortId()), Map.of("title", activity.title(), "version", Integer.toString(version.version())),
                event.at());
    }

    private void extensionDecided(ExtensionDecided event) {
        Extension extension = extensions.find(event.extension()).orElseThrow();
        if (extension.state() != ExtensionState.APPROVED && extension.state() != ExtensionState.REFUSED) {
            return;
        }
        Participant participant = participants.require(extension.participant());
        Activity activity = cohorts.programme(participant.cohortId()).activity(extension.activity()).orElseThrow();
        notify(participant.userId(), NotificationKind.EXTENSION_DECIDED, "extension-" + extension.id().value(), participant.cohortId(),
                workPage(activity, participant.cohortId()), Map.of("title", activity.title(),
                        "approved", Boolean.toString(extension.state() == ExtensionState.APPROVED), "due", extension.dueAt().toString()),
                event.at());
    }

    private void extensionRequested(ExtensionRequested event) {
        Extension extension = extensions.find(event.extension()).orElseThrow();
        Participant participant = participants.require(extension.participant());
        Activity activity = cohorts.programme(participant.cohortId()).activity(extension.activity()).orElseThrow();
        for (UserId kerndocent : kerndocenten(participant.cohortId())) {
            notify(kerndocent, NotificationKind.EXTENSION_REQUESTED, "extension-" + extension.id().value(), participant.cohortId(),
                    new Target(Target.Place.EXTENSIONS, participant.cohortId().value()), Map.of("name", participant.profile().displayName(),
                            "title", activity.title(), "due", extension.dueAt().toString(), "cohort", cohortName(participant.cohortId())),
                    event.at());
        }
    }

    private void handedIn(VersionHandedIn event) {
        Submission version = submissions.require(event.submission());
        Participant participant = participants.require(version.participant());
        Activity activity = cohorts.programme(participant.cohortId()).activity(version.activity()).orElseThrow();
        for (UserId kerndocent : kerndocenten(participant.cohortId())) {
            notify(kerndocent, NotificationKind.WORK_HANDED_IN, "version-" + version.id().value(), participant.cohortId(),
                    new Target(Target.Place.MARKING, version.id().value()), Map.of("name", participant.profile().displayName(),
                            "title", activity.title(), "version", Integer.toString(version.version()),
                            "late", Boolean.toString(version.late()), "cohort", cohortName(participant.cohortId())),
                    event.at());
        }
    }

    private void moved(ScheduleItemMoved event) {
        Optional<ScheduleItem> item = schedules.itemsOf(event.cohort()).stream().filter(i -> i.id().equals(event.item())).findFirst();
        if (item.isEmpty()) {
            return;
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("title", item.get().title());
        facts.put("from", event.from().toString());
        facts.put("to", event.to().toString());
        facts.put("session", Boolean.toString(item.get().isSession()));
        facts.put("location", event.toLocation() == null ? "" : event.toLocation());
        facts.put("placeChanged", Boolean.toString(!java.util.Objects.equals(event.fromLocation(), event.toLocation())));
        String about = "item-" + event.item().value() + "-" + event.to().getEpochSecond() + "-"
                + Integer.toHexString(java.util.Objects.hashCode(event.toLocation()));
        for (Participant p : participants.inCohort(event.cohort())) {
            if (p.isActive()) {
                notify(p.userId(), NotificationKind.SESSION_MOVED, about, event.cohort(),
                        new Target(Target.Place.PROGRAMME, event.cohort().value()), facts, event.at());
            }
        }
    }

    private static Target workPage(Activity activity, CohortId cohort) {
        Target.Place place = switch (activity.kind()) {
            case PAPER_MILESTONE -> Target.Place.PAPER;
            case PRACTICE_ASSIGNMENT -> Target.Place.PRAKTIJK;
            default -> Target.Place.PROGRAMME;
        };
        return new Target(place, cohort.value());
    }

    private List<UserId> kerndocenten(CohortId cohort) {
        return cohorts.staff(cohort).stream().filter(s -> s.role() == StaffRole.CORE_TEACHER).map(StaffMember::userId).toList();
    }

    private String cohortName(CohortId cohort) {
        return cohorts.require(cohort).name();
    }

    // ---- making a notification

    /**
     * Tells a person something, once: a second call about the same thing changes nothing. Mailed at once when they
     * want this kind at once (in a background task of its own), otherwise kept for the digest or only shown.
     *
     * @param user who to tell
     * @param kind what kind of thing
     * @param about what it is about, unique per person and kind (e.g. {@code version-42})
     * @param cohort the cohort
     * @param target where it leads
     * @param facts what it says
     * @return the new notification's id; empty when the person had it already
     */
    public Optional<NotificationId> notify(UserId user, NotificationKind kind, String about, CohortId cohort, Target target,
            Map<String, String> facts) {
        return notify(user, kind, about, cohort, target, facts, clock.instant());
    }

    private Optional<NotificationId> notify(UserId user, NotificationKind kind, String about, CohortId cohort, Target target,
            Map<String, String> facts, Instant at) {
        return jdbi.inTransaction(h -> {
            Delivery delivery = store.choices(user).getOrDefault(kind, kind.standard());
            Optional<NotificationId> created = store.insertOnce(user, kind, about, Optional.of(cohort), target, facts, delivery,
                    at == null ? clock.instant() : at);
            if (created.isPresent() && delivery == Delivery.AT_ONCE) {
                long id = created.get().value();
                work.enqueueAll(SEND_MAIL, List.of(new WorkQueue.Item("notification-" + id, Long.toString(id))));
            }
            return created;
        });
    }

    // ---- sending

    /**
     * Sends a notification's mail unless it went out before or the person has no address.
     *
     * @param id the notification
     * @throws MailNotSentException when the notifier could not send it (the task tries again later)
     */
    void sendMail(NotificationId id) {
        Optional<Notification> found = store.find(id);
        if (found.isEmpty() || found.get().mailedAt().isPresent()) {
            return;
        }
        Recipient to = recipient(found.get().user());
        if (to.email().isBlank()) {
            LOG.info("No mail address known for {}; notification {} is only shown in Leerlijn", to.user().value(), id.value());
            return;
        }
        notifier.send(composer.notification(to, found.get()));
        store.markMailed(List.of(id), clock.instant());
    }

    /** @return who the person is to a mail: their address and language as last seen, or from their enrolment */
    Recipient recipient(UserId user) {
        Optional<JdbiNotificationRepository.Person> person = store.person(user);
        String email = person.map(JdbiNotificationRepository.Person::email).filter(e -> !e.isBlank())
                .or(() -> store.enrolledEmail(user)).orElse("");
        String name = person.map(JdbiNotificationRepository.Person::name).or(() -> store.enrolledName(user)).orElse(user.value());
        Locale language = person.map(JdbiNotificationRepository.Person::language).orElse(Locale.forLanguageTag("nl"));
        return new Recipient(user, name, email, language);
    }

    // ---- the digest

    /**
     * Plans today's digest for everyone who may have something in it: people with digest lines waiting and the
     * kerndocenten of current cohorts. Planning twice on one day (two nodes, a restart) plans nothing new.
     *
     * @return how many digests were planned now
     */
    public int planDigests() {
        LocalDate day = LocalDate.now(clock.withZone(zone));
        Set<UserId> people = new LinkedHashSet<>(store.usersWaitingForDigest());
        people.addAll(store.activeKerndocenten(day.minus(ACTIVE_FOR)));
        int planned = 0;
        for (UserId user : people) {
            boolean now = jdbi.inTransaction(h -> {
                if (!store.planDigest(user, day, clock.instant())) {
                    return false;
                }
                work.enqueueAll(SEND_DIGEST, List.of(new WorkQueue.Item("digest-" + user.value() + "-" + day, user.value() + "\n" + day)));
                return true;
            });
            planned += now ? 1 : 0;
        }
        return planned;
    }

    /**
     * Sends a person's digest of a day, unless it went out before; a digest without lines is recorded and not sent.
     *
     * @param user the person
     * @param day the day
     */
    void sendDigest(UserId user, LocalDate day) {
        jdbi.useTransaction(h -> {
            if (!store.lockUnsentDigest(user, day)) {
                return;
            }
            Digest digest = digest(user, day);
            Instant now = clock.instant();
            Recipient to = recipient(user);
            if (digest.size() == 0 || to.email().isBlank()) {
                if (digest.size() > 0) {
                    LOG.info("No mail address known for {}; their digest of {} is not sent", user.value(), day);
                }
                store.digestSent(user, day, 0, now);
                return;
            }
            notifier.send(composer.digest(to, digest));
            store.markMailed(digest.notifications().stream().map(Notification::id).toList(), now);
            store.digestSent(user, day, digest.size(), now);
        });
    }

    /**
     * @param user the person
     * @param day the day
     * @return what their digest holds now
     */
    public Digest digest(UserId user, LocalDate day) {
        Map<NotificationKind, Delivery> chosen = store.choices(user);
        List<Notification> waiting = store.waitingForDigest(user, clock.instant());
        List<Digest.PresenceToConfirm> presence = new ArrayList<>();
        List<Digest.Behind> behind = new ArrayList<>();
        boolean wantsPresence = chosen.getOrDefault(NotificationKind.PRESENCE_TO_CONFIRM, Delivery.DIGEST) != Delivery.NONE;
        boolean wantsBehind = chosen.getOrDefault(NotificationKind.FALLING_BEHIND, Delivery.DIGEST) != Delivery.NONE;
        if (wantsPresence || wantsBehind) {
            Instant now = clock.instant();
            for (CohortId cohort : store.kerndocentOf(user, day.minus(ACTIVE_FOR))) {
                CohortProgress progress = standings.of(cohort);
                if (wantsPresence) {
                    presence.addAll(presenceToConfirm(progress, now));
                }
                if (wantsBehind) {
                    progress.behind().forEach(a -> behind.add(new Digest.Behind(cohort, progress.cohort().name(),
                            a.progress().participant().id(), a.progress().participant().profile().displayName(),
                            a.reasons().stream().map(r -> r.kind().name()).distinct().toList())));
                }
            }
        }
        return new Digest(day, waiting, presence, behind);
    }

    /** Sessions of the last four weeks that have begun and still lack presence for an active participant. */
    private static List<Digest.PresenceToConfirm> presenceToConfirm(CohortProgress progress, Instant now) {
        Map<String, int[]> missing = new LinkedHashMap<>();
        Map<String, ActivityProgress> sessions = new LinkedHashMap<>();
        for (ParticipantProgress p : progress.participants()) {
            if (!p.participant().isActive()) {
                continue;
            }
            for (ActivityProgress a : p.activities()) {
                Optional<ScheduleItem> planned = a.planned();
                if (a.activity().kind().isSession() && planned.isPresent() && planned.get().at().isBefore(now)
                        && planned.get().at().isAfter(now.minus(Duration.ofDays(28))) && a.facts().presence().isEmpty()) {
                    missing.computeIfAbsent(a.activity().key().value(), k -> new int[1])[0]++;
                    sessions.putIfAbsent(a.activity().key().value(), a);
                }
            }
        }
        return missing.entrySet().stream().map(e -> {
            ActivityProgress a = sessions.get(e.getKey());
            return new Digest.PresenceToConfirm(progress.cohort().id(), progress.cohort().name(), a.activity().title(),
                    a.planned().orElseThrow().at(), e.getValue()[0]);
        }).sorted(java.util.Comparator.comparing(Digest.PresenceToConfirm::at)).toList();
    }

    // ---- reminders

    /**
     * Reminds participants of deadlines coming (at the days before them the programme names, once each) of work they
     * have not handed in, and of their role at an intervisie meeting in the coming week.
     *
     * @return how many reminders were made now
     */
    public int remind() {
        Instant now = clock.instant();
        int made = 0;
        for (CohortId cohort : store.cohortsStartedAfter(LocalDate.now(clock.withZone(zone)).minus(ACTIVE_FOR))) {
            CohortProgress progress = standings.of(cohort);
            List<Integer> days = progress.programme().reminders().deadlineDaysBefore();
            for (ParticipantProgress p : progress.participants()) {
                if (!p.participant().isActive()) {
                    continue;
                }
                for (ActivityProgress a : p.activities()) {
                    made += deadlineReminder(p.participant(), a, days, now) ? 1 : 0;
                }
                made += attendanceWarnings(p, now);
            }
            made += roleReminders(cohort, now);
        }
        return made;
    }

    /**
     * Warns a participant, and the cohort's kerndocenten, once when one more missed session would put the minimum
     * attendance out of reach, and once when it is out of reach.
     */
    private int attendanceWarnings(ParticipantProgress p, Instant now) {
        nl.leerlijn.progress.AttendanceStanding standing = p.attendance();
        // Only what the kerndocent recorded counts as missed here: a session whose list is not filled in yet warns nobody.
        long recordedMissed = p.activities().stream().filter(a -> a.activity().kind().isSession())
                .filter(a -> a.facts().presence().filter(x -> x != nl.leerlijn.attendance.Presence.PRESENT).isPresent()).count()
                - standing.replaced() - standing.replaceable();
        long allowed = standing.sessions() - standing.required();
        String level = recordedMissed > allowed ? "OUT_OF_REACH" : recordedMissed == allowed && recordedMissed > 0 ? "AT_RISK" : "";
        if (level.isEmpty()) {
            return 0;
        }
        Participant participant = p.participant();
        Map<String, String> facts = Map.of("level", level, "name", participant.profile().displayName(),
                "counted", Integer.toString(standing.counted()), "held", Integer.toString(standing.held()),
                "minimum", Integer.toString(standing.minimumPercent()));
        String about = "attendance-" + participant.id().value() + "-" + level;
        int made = notify(participant.userId(), NotificationKind.ATTENDANCE_WARNING, about, participant.cohortId(),
                new Target(Target.Place.ATTENDANCE, participant.cohortId().value()), facts, now).isPresent() ? 1 : 0;
        for (nl.leerlijn.cohort.StaffMember staff : cohorts.staff(participant.cohortId())) {
            if (staff.role() == nl.leerlijn.cohort.StaffRole.CORE_TEACHER) {
                made += notify(staff.userId(), NotificationKind.ATTENDANCE_AT_RISK, about, participant.cohortId(),
                        new Target(Target.Place.COHORT, participant.cohortId().value()), facts, now).isPresent() ? 1 : 0;
            }
        }
        return made;
    }

    private boolean deadlineReminder(Participant participant, ActivityProgress a, List<Integer> days, Instant now) {
        if (a.activity().kind().isSession() || a.status() != Status.DUE || a.planned().isEmpty()) {
            return false;
        }
        Instant due = a.planned().get().at();
        if (!now.isBefore(due)) {
            return false;
        }
        Optional<Integer> nearest = days.stream().filter(d -> !now.isBefore(due.minus(Duration.ofDays(d)))).min(Integer::compare);
        if (nearest.isEmpty()) {
            return false;
        }
        return notify(participant.userId(), NotificationKind.DEADLINE_COMING,
                "deadline-" + a.activity().key().value() + "-" + due.getEpochSecond() + "-" + nearest.get(), participant.cohortId(),
                workPage(a.activity(), participant.cohortId()), Map.of("title", a.activity().title(), "due", due.toString(),
                        "days", Integer.toString(nearest.get()))).isPresent();
    }

    private int roleReminders(CohortId cohort, Instant now) {
        int made = 0;
        Map<nl.leerlijn.enrolment.ParticipantId, Participant> members = new LinkedHashMap<>();
        participants.inCohort(cohort).forEach(p -> members.put(p.id(), p));
        for (MeetingsAhead.Upcoming meeting : meetings.between(cohort, now, now.plus(ROLE_AHEAD))) {
            for (nl.leerlijn.enrolment.ParticipantId member : meeting.members()) {
                Optional<MeetingRole> role = meeting.roles().of(member);
                Participant participant = members.get(member);
                if (role.isEmpty() || participant == null || !participant.isActive()) {
                    continue;
                }
                made += notify(participant.userId(), NotificationKind.INTERVISION_ROLE,
                        "meeting-" + meeting.meeting().value() + "-" + role.get().name(), cohort,
                        new Target(Target.Place.MEETING, meeting.meeting().value()), Map.of("title", meeting.title(),
                                "start", meeting.startsAt().toString(), "role", role.get().name())).isPresent() ? 1 : 0;
            }
        }
        return made;
    }
}
