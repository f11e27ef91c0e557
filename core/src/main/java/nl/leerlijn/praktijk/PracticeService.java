package nl.leerlijn.praktijk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.access.Access;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.access.Secrets;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.Cohorts;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.ActivityNotFoundException;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.Participants;
import nl.leerlijn.grouping.Candidate;
import nl.leerlijn.grouping.GroupFormer;
import nl.leerlijn.grouping.Grouping;
import nl.leerlijn.grouping.GroupingRequest;
import nl.leerlijn.grouping.SizeRange;
import nl.leerlijn.intervisie.AnonymityGuard;
import nl.leerlijn.intervisie.CaseRefusedException;
import nl.leerlijn.intervisie.Finding;
import nl.leerlijn.jobs.JobRegistry;
import nl.leerlijn.jobs.WorkQueue;
import nl.leerlijn.notification.MailComposer;
import nl.leerlijn.notification.Notifier;
import nl.leerlijn.notification.SupervisorMail;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.Submissions;
import nl.leerlijn.submission.VersionExtra;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Praktijkopdrachten: forming and confirming duos, the report's outcomes, each member's reflection, naming a werkbegeleider
 * and asking them to confirm a handed-in version through a signed link, what assessors see beside the work, and the
 * cohort's outcomes for the opleider's evaluation. The versions themselves go through the submission feature. Every
 * method checks the person, except the werkbegeleider's two, which check the link. Thread-safe.
 */
public final class PracticeService {
    /** How long a werkbegeleider's link works unless the host says otherwise. */
    public static final Duration LINK_VALIDITY = Duration.ofDays(14);
    /** The longest reflection. */
    public static final int MAX_REFLECTION = 20_000;
    /** The longest comment or reason of a werkbegeleider. */
    public static final int MAX_REMARK = 4_000;
    /** The most links sent for one version. */
    public static final int MAX_LINKS = 5;
    /** The least time between two links for one version. */
    public static final Duration LINK_PAUSE = Duration.ofMinutes(2);
    /** The longest name of a werkbegeleider (it opens their mail). */
    public static final int MAX_SUPERVISOR_NAME = 100;
    /** Sends the mail with a werkbegeleider's link. */
    public static final String SEND_SUPERVISOR_MAIL = "leerlijn-send-supervisor-mail";

    private static final Logger LOG = LoggerFactory.getLogger(PracticeService.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration linkValidity;
    private final Access access;
    private final Cohorts cohorts;
    private final Participants participants;
    private final Submissions submissions;
    private final WorkQueue work;
    private final Notifier notifier;
    private final MailComposer composer;
    private final JdbiPracticeRepository store;
    private final SupervisorLinks links;
    private final nl.leerlijn.events.EventBus events;
    private final nl.leerlijn.assessment.Results results;
    private final GroupFormer former = new GroupFormer();
    private final AnonymityGuard guard = new AnonymityGuard();

    /**
     * Wires the service; see {@code LeerlijnCore}.
     *
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param linkValidity how long a werkbegeleider's link works
     * @param access decides who may do what
     * @param cohorts cohorts by id
     * @param participants participants by id
     * @param submissions versions by id
     * @param secrets the installation's shared secrets (the links are signed with one)
     * @param work where the mail to a werkbegeleider is queued
     * @param notifier sends the mail
     * @param composer writes the mail
     * @param results assessments by version (a reflection is fixed once its result is agreed)
     * @param events where its events are published
     */
    public PracticeService(Jdbi jdbi, Clock clock, Duration linkValidity, Access access, Cohorts cohorts, Participants participants,
            Submissions submissions, Secrets secrets, WorkQueue work, Notifier notifier, MailComposer composer,
            nl.leerlijn.assessment.Results results, nl.leerlijn.events.EventBus events) {
        this.results = results;
        this.events = events;
        this.jdbi = jdbi;
        this.clock = clock;
        this.linkValidity = linkValidity;
        this.access = access;
        this.cohorts = cohorts;
        this.participants = participants;
        this.submissions = submissions;
        this.work = work;
        this.notifier = notifier;
        this.composer = composer;
        this.store = new JdbiPracticeRepository(jdbi);
        this.links = new SupervisorLinks(secrets);
    }

    /**
     * Registers the job that mails werkbegeleiders their link.
     *
     * @param jobs the registry of the background jobs
     */
    public void register(JobRegistry jobs) {
        jobs.oneTime(SEND_SUPERVISOR_MAIL, this::sendRequest);
    }

    // ------------------------------------------------------------------ the participant's page

    /**
     * @param actor who asks
     * @param id the participant
     * @return each praktijkopdracht of their programme (not the plans, which come with their assignment) with their duo,
     *     reflection, werkbegeleider, the outcomes of its versions and the requests about them; a fixed number of queries
     */
    public List<PracticeWork> work(Actor actor, ParticipantId id) {
        return jdbi.inTransaction(h -> {
            Participant participant = participants.require(id);
            Permissions permissions = access.in(participant.cohortId(), actor);
            permissions.require(permissions.mayViewParticipant(id), "see the praktijkopdrachten of participant " + id);
            Programme programme = cohorts.programme(participant.cohortId());
            List<Activity> assignments = programme.activities().stream()
                    .filter(a -> a.kind() == ActivityKind.PRACTICE_ASSIGNMENT && a.planOf().isEmpty()).toList();
            List<Duo> all = store.duosInCohort(participant.cohortId());
            List<Duo> duos = all.stream().filter(d -> d.members().contains(id)).toList();
            List<Participant> cohortMembers = participants.inCohort(participant.cohortId());
            Map<ParticipantId, Participant> people = cohortMembers.stream().collect(Collectors.toMap(Participant::id, Function.identity()));
            Map<ActivityKey, String> reflections = store.reflections(List.of(id)).getOrDefault(id, Map.of());
            Map<ActivityKey, Supervisor> supervisors = store.supervisors(id);
            List<Submission> versions = submissions.versionsOf(id);
            Set<String> keys = versions.stream().map(Submission::sharedKey).collect(Collectors.toCollection(HashSet::new));
            Map<String, Outcomes> outcomes = store.outcomes(keys);
            List<SupervisorRequest> requests = store.requests(keys);
            ReflectionRule reflectionRule = new ReflectionRule(participant);
            return assignments.stream().map(a -> {
                Optional<Activity> plan = programme.activities().stream().filter(p -> p.planOf().filter(a.key()::equals).isPresent())
                        .findFirst();
                Optional<Duo> duo = duos.stream().filter(d -> d.activity().equals(a.key())).findFirst();
                List<Participant> partners = duo.map(d -> d.partnersOf(id).stream().map(people::get).filter(p -> p != null).toList())
                        .orElse(List.of());
                Set<String> own = versions.stream().filter(v -> v.activity().equals(a.key())).map(Submission::sharedKey)
                        .collect(Collectors.toSet());
                Map<String, Outcomes> theirOutcomes = outcomes.entrySet().stream().filter(e -> own.contains(e.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                Set<ParticipantId> settled = all.stream().filter(d -> d.activity().equals(a.key()) && d.confirmed())
                        .flatMap(d -> d.members().stream()).collect(Collectors.toSet());
                List<Participant> candidates = a.duo() ? cohortMembers.stream().filter(Participant::isActive)
                        .filter(p -> !p.id().equals(id) && !settled.contains(p.id()))
                        .sorted(Comparator.comparing(p -> p.profile().displayName())).toList() : List.of();
                return new PracticeWork(a, plan, duo, partners, reflections.getOrDefault(a.key(), ""), reflectionRule.open(a.key()),
                        Optional.ofNullable(supervisors.get(a.key())), theirOutcomes,
                        requests.stream().filter(r -> own.contains(r.shared())).toList(), candidates);
            }).toList();
        });
    }

    /**
     * Proposes a partner for a duo assignment; the kerndocent confirms or changes it. Proposals of either that were not
     * confirmed yet are replaced.
     *
     * @param actor who asks
     * @param id the (active) participant
     * @param activity the duo assignment
     * @param partner an active participant of the same cohort
     * @return the proposed duo
     * @throws NotADuoException when the partner is the participant, not in the cohort, not active, or either is already
     *     in a confirmed duo for it
     */
    public Duo proposePartner(Actor actor, ParticipantId id, ActivityKey activity, ParticipantId partner) {
        return jdbi.inTransaction(h -> {
            Participant participant = participants.require(id);
            Permissions permissions = access.in(participant.cohortId(), actor);
            permissions.require(permissions.mayActFor(id), "propose a duo partner for " + id);
            Activity assignment = duoAssignment(participant.cohortId(), activity);
            store.lockCohort(participant.cohortId());
            Participant other = participants.find(partner).filter(p -> p.cohortId().equals(participant.cohortId()) && p.isActive()
                    && !p.id().equals(id)).orElseThrow(() -> new NotADuoException("The partner is not another active participant of the cohort"));
            List<Duo> duos = duosOf(participant.cohortId(), assignment.key());
            List<DuoId> replaced = new ArrayList<>();
            for (Duo duo : duos) {
                if (duo.members().contains(id) || duo.members().contains(other.id())) {
                    if (duo.confirmed()) {
                        throw new NotADuoException("A member is in a confirmed duo already");
                    }
                    replaced.add(duo.id());
                }
            }
            store.deleteDuos(replaced);
            DuoId made = store.insertDuo(participant.cohortId(), assignment.key(), List.of(id, other.id()), DuoOrigin.PARTICIPANT,
                    clock.instant(), false);
            return store.duo(made).orElseThrow();
        });
    }

    /**
     * Saves the participant's own reflection on a praktijkopdracht (not shared with the duo partner), checked for
     * anything that identifies a client.
     *
     * @param actor who asks
     * @param id the (active) participant
     * @param activity the praktijkopdracht
     * @param text the reflection
     * @throws CaseRefusedException when it names a BSN, phone number, address or the like
     * @throws ReflectionFixedException when the report's result is agreed and no revision is open
     */
    public void saveReflection(Actor actor, ParticipantId id, ActivityKey activity, String text) {
        jdbi.useTransaction(h -> {
            Participant participant = ownActive(actor, id, "write a reflection for " + id);
            assignment(participant.cohortId(), activity);
            if (!reflectionOpen(participant, activity)) {
                throw new ReflectionFixedException(id, activity);
            }
            String body = nl.leerlijn.FreeText.required(text, MAX_REFLECTION, "reflection");
            checkClients(Map.of("reflection", body));
            store.saveReflection(id, activity, body, clock.instant());
        });
    }

    /**
     * Names the werkbegeleider who is to confirm the participant's praktijkopdracht.
     *
     * @param actor who asks
     * @param id the (active) participant
     * @param activity the praktijkopdracht
     * @param supervisor name, address, organisation and function, all required
     * @throws InvalidInputException when a part is missing or too long, or the address is not one
     */
    public void nameSupervisor(Actor actor, ParticipantId id, ActivityKey activity, Supervisor supervisor) {
        jdbi.useTransaction(h -> {
            Participant participant = ownActive(actor, id, "name a werkbegeleider for " + id);
            assignment(participant.cohortId(), activity);
            Supervisor clean = new Supervisor(nl.leerlijn.FreeText.required(supervisor.name(), MAX_SUPERVISOR_NAME, "name"),
                    nl.leerlijn.FreeText.required(supervisor.email(), 320, "email"),
                    nl.leerlijn.FreeText.required(supervisor.organisation(), 200, "organisation"),
                    nl.leerlijn.FreeText.required(supervisor.function(), 200, "function"));
            if (!EMAIL.matcher(clean.email()).matches()) {
                throw new InvalidInputException("Not an e-mail address: " + clean.email());
            }
            if (java.util.stream.Stream.of(clean.name(), clean.organisation(), clean.function())
                    .anyMatch(PracticeService::looksLikeALink)) {
                throw new InvalidInputException("A werkbegeleider's name, organisation and function hold no links");
            }
            store.saveSupervisor(id, activity, clean, clock.instant());
        });
    }

    /**
     * Checks the outcomes (and the text) of a new report version, to be stored with it by the submission feature in the
     * same transaction: {@code core.submissions().upload(…, core.practice().outcomes(…))}.
     *
     * @param actor who asks
     * @param id the (active) participant
     * @param activity the praktijkopdracht or its plan
     * @param outcomes what the report says it achieved; empty ones store nothing
     * @param text the version's text, checked for clients' details like the outcomes
     * @return what stores the outcomes with the version
     * @throws OutcomesRefusedException when a number is out of range or a text too long
     * @throws CaseRefusedException when the text or what clients said names a BSN, phone number, address or the like
     */
    public VersionExtra outcomes(Actor actor, ParticipantId id, ActivityKey activity, Outcomes outcomes, Optional<String> text) {
        return jdbi.inTransaction(h -> {
            Participant participant = ownActive(actor, id, "hand in praktijk work for " + id);
            Activity assignment = assignment(participant.cohortId(), activity);
            Map<String, String> checked = new LinkedHashMap<>();
            text.filter(t -> !t.isBlank()).ifPresent(t -> checked.put("text", t));
            if (outcomes.isEmpty() || assignment.planOf().isPresent()) {
                checkClients(checked);
                return VersionExtra.NONE;
            }
            List<String> problems = new ArrayList<>();
            if (outcomes.targetGroup().length() > Outcomes.MAX_TARGET_GROUP) {
                problems.add("praktijk.outcomes.targetGroupTooLong");
            }
            if (outcomes.clientVoices().length() > Outcomes.MAX_CLIENT_VOICES) {
                problems.add("praktijk.outcomes.voicesTooLong");
            }
            if (outcomes.sessions().isPresent() && (outcomes.sessions().getAsInt() < 0 || outcomes.sessions().getAsInt() > 1000)
                    || outcomes.participantsReached().isPresent()
                    && (outcomes.participantsReached().getAsInt() < 0 || outcomes.participantsReached().getAsInt() > 100_000)) {
                problems.add("praktijk.outcomes.number");
            }
            if (outcomes.measures().size() > Outcomes.MAX_MEASURES || outcomes.measures().stream()
                    .anyMatch(m -> m.name().isBlank() || m.value().isBlank() || m.name().length() > 200 || m.value().length() > 100)) {
                problems.add("praktijk.outcomes.measureInvalid");
            }
            if (!problems.isEmpty()) {
                throw new OutcomesRefusedException(problems);
            }
            checked.put("targetGroup", outcomes.targetGroup());
            checked.put("clientVoices", outcomes.clientVoices());
            checkClients(checked);
            return shared -> store.insertOutcomes(shared, outcomes);
        });
    }

    // ------------------------------------------------------------------ the werkbegeleider

    /**
     * Asks the participant's werkbegeleider to confirm a handed-in version of a praktijkopdracht: a signed link that works
     * for {@link #LINK_VALIDITY} (or as configured) goes out by mail. A request made before for the same version stops
     * working (resending).
     *
     * @param actor who asks
     * @param id the version, the participant's own copy
     * @return the request
     * @throws ConfirmationNotPossibleException when the version is not handed in or no werkbegeleider is named
     * @throws TooManyLinksException when {@link #MAX_LINKS} links were sent for the version, or one less than
     *     {@link #LINK_PAUSE} ago
     */
    public SupervisorRequest requestConfirmation(Actor actor, SubmissionId id) {
        return jdbi.inTransaction(h -> {
            Submission version = submissions.require(id);
            Participant participant = ownActive(actor, version.participant(), "ask a werkbegeleider about version " + id);
            Activity activity = assignment(participant.cohortId(), version.activity());
            if (!version.handedIn() || activity.planOf().isPresent()) {
                throw new ConfirmationNotPossibleException("Only a handed-in report can be confirmed: " + id);
            }
            Supervisor supervisor = Optional.ofNullable(store.supervisors(participant.id()).get(version.activity()))
                    .orElseThrow(() -> new ConfirmationNotPossibleException("Name a werkbegeleider first"));
            Instant now = clock.instant();
            List<SupervisorRequest> earlier = store.requests(List.of(version.sharedKey()));
            if (earlier.size() >= MAX_LINKS || earlier.stream().anyMatch(r -> r.createdAt().isAfter(now.minus(LINK_PAUSE)))) {
                throw new TooManyLinksException(earlier.size() + " links sent for version " + id);
            }
            SupervisorRequest request = new SupervisorRequest(UUID.randomUUID().toString(), id, version.sharedKey(),
                    participant.id(), supervisor, now, now.plus(linkValidity).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    Optional.empty(), Optional.empty(), Optional.empty(), "");
            store.insertRequest(request);
            work.enqueueAll(SEND_SUPERVISOR_MAIL, List.of(new WorkQueue.Item("supervisor-" + request.id(), request.id())));
            return request;
        });
    }

    /**
     * @param request a request
     * @return the path of its signed link within Leerlijn, e.g. {@code /werkbegeleider/…}; for mails and the demo
     */
    public String linkPath(SupervisorRequest request) {
        return "/werkbegeleider/" + links.token(request);
    }

    /**
     * What the werkbegeleider's link shows. Needs no person: the signed link is the key, and it shows only the version it
     * was made for.
     *
     * @param token the link's last part
     * @return the version, its outcomes and whether it can still be answered; empty when the link is not one Leerlijn
     *     signed (changed, made up, or for a request that does not exist)
     */
    public Optional<SupervisorView> supervisorView(String token) {
        return jdbi.inTransaction(h -> links.read(token).flatMap(link -> store.request(link.request())
                .filter(r -> r.submission().equals(link.submission()) && r.expiresAt().equals(link.expiresAt()))
                .map(this::view)));
    }

    /**
     * Records the werkbegeleider's answer. The link is used up by it.
     *
     * @param token the link's last part
     * @param formToken the token the link's form carries
     * @param decision confirmed or declined
     * @param remark a comment (optional when confirming) or the reason (required when declining)
     * @return where the request stands afterwards: {@code CONFIRMED} or {@code DECLINED} when this answer counted, else
     *     why not ({@code EXPIRED}, {@code REPLACED}, or the earlier answer); empty for a link Leerlijn did not sign or a
     *     form token that does not belong to it
     * @throws InvalidInputException when declining without a reason, or the remark is too long
     */
    public Optional<SupervisorRequest.State> decide(String token, String formToken, Decision decision, String remark) {
        String text = remark == null ? "" : remark.strip();
        if (text.length() > MAX_REMARK || decision == Decision.DECLINED && text.isEmpty()) {
            throw new InvalidInputException("A reason is required to decline, and at most " + MAX_REMARK + " characters");
        }
        return jdbi.inTransaction(h -> links.read(token).filter(link -> links.formTokenMatches(link.request(), formToken))
                .flatMap(link -> store.lockRequest(link.request())
                        .filter(r -> r.submission().equals(link.submission()) && r.expiresAt().equals(link.expiresAt()))
                        .map(r -> {
                            Instant now = clock.instant();
                            SupervisorRequest.State state = r.state(now);
                            if (state != SupervisorRequest.State.OPEN) {
                                return state;
                            }
                            store.decide(r.id(), decision, text, now);
                            events.publish(new SupervisorAnswered(r.id(), now));
                            LOG.info("Werkbegeleider answered request {} about version {}: {}", r.id(), r.submission().value(), decision);
                            return decision == Decision.CONFIRMED ? SupervisorRequest.State.CONFIRMED : SupervisorRequest.State.DECLINED;
                        })));
    }

    private SupervisorView view(SupervisorRequest request) {
        Submission version = submissions.require(request.submission());
        Participant participant = participants.require(version.participant());
        Programme programme = cohorts.programme(participant.cohortId());
        String title = programme.activity(version.activity()).map(Activity::title).orElse(version.activity().value());
        List<String> names = submissions.copies(request.shared()).stream().map(c -> participants.require(c.participant()))
                .map(p -> p.profile().displayName()).toList();
        return new SupervisorView(request, request.state(clock.instant()), version, title, names,
                Optional.ofNullable(store.outcomes(List.of(request.shared())).get(request.shared())), links.formToken(request.id()));
    }

    /**
     * @param text a name, organisation or function
     * @return whether it holds something a mail program would show as a link (it goes into the werkbegeleider's mail)
     */
    public static boolean looksLikeALink(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("://") || lower.contains("www.") || lower.matches(".*[a-z0-9-]+\\.(nl|com|org|net|eu|info|io)(/.*|\\b.*)?");
    }

    /** Sends the link of a request that is still open; a replaced, answered or expired one is left alone. */
    void sendRequest(String id) {
        Optional<SupervisorRequest> found = store.request(id);
        if (found.isEmpty() || found.get().state(clock.instant()) != SupervisorRequest.State.OPEN) {
            return;
        }
        SupervisorRequest request = found.get();
        SupervisorView view = view(request);
        notifier.send(composer.supervisorRequest(new SupervisorMail(request.supervisor().email(), request.supervisor().name(),
                String.join(" en ", view.participants()), view.assignment(), view.version().version(), linkPath(request),
                request.expiresAt(), "supervisor-" + request.id())));
    }

    // ------------------------------------------------------------------ assessors and the kerndocent

    /**
     * @param actor who asks
     * @param id a handed-in version of a praktijkopdracht
     * @return its outcomes, the participant's reflection and the werkbegeleider's answers; for whoever may read the version
     */
    public PracticeEvidence evidence(Actor actor, SubmissionId id) {
        return jdbi.inTransaction(h -> {
            Submission version = submissions.require(id);
            Participant participant = participants.require(version.participant());
            Permissions permissions = access.in(participant.cohortId(), actor);
            permissions.require(permissions.mayViewWork(participant.id(), version.handedIn()), "see the evidence of version " + id);
            String key = version.sharedKey();
            List<Submission> copies = submissions.copies(key);
            List<Participant> members = copies.stream().map(c -> participants.require(c.participant())).toList();
            Programme programme = cohorts.programme(participant.cohortId());
            ActivityKey work = programme.activity(version.activity()).map(Activity::workKey).orElse(version.activity());
            String reflection = store.reflections(List.of(participant.id())).getOrDefault(participant.id(), Map.of())
                    .getOrDefault(work, "");
            List<SupervisorRequest> requests = store.requests(List.of(key));
            Set<String> cohortAddresses = participants.inCohort(participant.cohortId()).stream()
                    .map(p -> p.profile().email().strip().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
            boolean ownAddress = requests.stream()
                    .anyMatch(r -> cohortAddresses.contains(r.supervisor().email().strip().toLowerCase(java.util.Locale.ROOT)));
            return new PracticeEvidence(members, copies.stream().map(Submission::id).toList(),
                    Optional.ofNullable(store.outcomes(List.of(key)).get(key)), reflection, requests, ownAddress);
        });
    }

    /**
     * @param actor who asks
     * @param cohort the cohort
     * @return the praktijkopdrachten of its programme that duos do, in programme order; for the cohort's staff
     */
    public List<Activity> duoAssignments(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayViewCohort(), "see the duos of cohort " + cohort);
            return cohorts.programme(cohort).duoAssignments();
        });
    }

    /**
     * @param actor who asks
     * @param cohort the cohort
     * @param activity a duo assignment
     * @return its duos, confirmed and proposed, and who is in none; for the cohort's staff
     */
    public DuoOverview duos(Actor actor, CohortId cohort, ActivityKey activity) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayViewCohort(), "see the duos of cohort " + cohort);
            return overview(cohort, duoAssignment(cohort, activity));
        });
    }

    /**
     * Lets the group engine propose duos across functions and organisations for everyone not in a confirmed duo (pairs,
     * one trio when the count is odd), never a leidinggevende with their own staff. Proposals participants made themselves are kept; earlier proposals of the engine
     * are replaced.
     *
     * @param actor who asks
     * @param cohort the cohort
     * @param activity a duo assignment
     * @param seed varies the proposal (the same seed, the same duos)
     * @return the duos afterwards
     */
    public DuoOverview proposeDuos(Actor actor, CohortId cohort, ActivityKey activity, long seed) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayFormGroups(), "propose duos in cohort " + cohort);
            Activity assignment = duoAssignment(cohort, activity);
            store.lockCohort(cohort);
            List<Duo> duos = duosOf(cohort, assignment.key());
            Set<ParticipantId> settled = duos.stream().filter(Duo::confirmed).flatMap(d -> d.members().stream()).collect(Collectors.toSet());
            List<Participant> open = participants.inCohort(cohort).stream().filter(Participant::isActive)
                    .filter(p -> !settled.contains(p.id())).toList();
            // Every proposal is formed anew; the participants' own proposals (of people still taking part) stay together.
            store.deleteDuos(duos.stream().filter(d -> !d.confirmed()).map(Duo::id).toList());
            if (open.size() >= 2) {
                Map<String, Participant> byKey = open.stream().collect(Collectors.toMap(p -> Long.toString(p.id().value()), p -> p));
                Map<String, String> byUser = open.stream().collect(Collectors.toMap(p -> p.userId().value(), p -> Long.toString(p.id().value())));
                List<Candidate> candidates = open.stream().map(p -> {
                    Candidate c = Candidate.of(Long.toString(p.id().value()),
                            p.profile().organisation().name().toLowerCase(java.util.Locale.ROOT), p.profile().functionKey());
                    return p.profile().leidinggevende().map(m -> byUser.get(m.value())).map(c::withManager).orElse(c);
                }).toList();
                GroupingRequest.Builder request = GroupingRequest.builder(candidates).sizes(SizeRange.DUO).seed(seed);
                Set<DuoId> kept = new HashSet<>();
                for (Duo duo : duos) {
                    if (!duo.confirmed() && duo.origin() != DuoOrigin.FORMER
                            && duo.members().stream().allMatch(m -> byKey.containsKey(Long.toString(m.value())))) {
                        for (int i = 1; i < duo.members().size(); i++) {
                            request.together(Long.toString(duo.members().get(0).value()), Long.toString(duo.members().get(i).value()));
                        }
                        kept.add(duo.id());
                    }
                }
                Grouping grouping = former.form(request.build());
                Instant now = clock.instant();
                for (List<String> members : grouping.members()) {
                    List<ParticipantId> ids = members.stream().map(byKey::get).map(Participant::id).toList();
                    boolean proposedByParticipants = duos.stream().anyMatch(d -> kept.contains(d.id()) && ids.containsAll(d.members()));
                    store.insertDuo(cohort, assignment.key(), ids, proposedByParticipants ? DuoOrigin.PARTICIPANT : DuoOrigin.FORMER,
                            now, false);
                }
            }
            return overview(cohort, assignment);
        });
    }

    /**
     * Confirms proposed duos: from then on their members share their work.
     *
     * @param actor who asks
     * @param cohort the cohort
     * @param ids the duos to confirm (of this cohort); already confirmed ones stay as they are
     * @return how many were confirmed now
     * @throws DuoNotFoundException when one is not a duo of the cohort
     */
    public int confirm(Actor actor, CohortId cohort, List<DuoId> ids) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayFormGroups(), "confirm duos in cohort " + cohort);
            store.lockCohort(cohort);
            for (DuoId id : ids) {
                store.duo(id).filter(d -> d.cohort().equals(cohort)).orElseThrow(() -> new DuoNotFoundException(id));
            }
            return store.confirm(ids, clock.instant());
        });
    }

    /**
     * Puts participants together as a confirmed duo (or trio), taking them out of the duos they were in; what is left of
     * those duos becomes unpaired.
     *
     * @param actor who asks
     * @param cohort the cohort
     * @param activity a duo assignment
     * @param members two or three active participants of the cohort
     * @return the new duo
     * @throws NotADuoException when the members are not two or three different active participants of the cohort
     * @throws DuoHasWorkException when a duo they are taken out of has shared work already
     */
    public Duo makeDuo(Actor actor, CohortId cohort, ActivityKey activity, List<ParticipantId> members) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayFormGroups(), "make a duo in cohort " + cohort);
            Activity assignment = duoAssignment(cohort, activity);
            store.lockCohort(cohort);
            List<ParticipantId> distinct = members.stream().distinct().toList();
            if (distinct.size() < 2 || distinct.size() > 3) {
                throw new NotADuoException("A duo has two members (three when the count is odd)");
            }
            for (ParticipantId member : distinct) {
                participants.find(member).filter(p -> p.cohortId().equals(cohort) && p.isActive())
                        .orElseThrow(() -> new NotADuoException("Participant " + member + " is not an active participant of the cohort"));
            }
            List<Duo> touched = duosOf(cohort, assignment.key()).stream()
                    .filter(d -> d.members().stream().anyMatch(distinct::contains)).toList();
            Set<DuoId> withWork = withWork(cohort, assignment, touched);
            Optional<Duo> busy = touched.stream().filter(d -> withWork.contains(d.id())).findFirst();
            if (busy.isPresent()) {
                throw new DuoHasWorkException(busy.get().id());
            }
            store.deleteDuos(touched.stream().map(Duo::id).toList());
            DuoId made = store.insertDuo(cohort, assignment.key(), distinct, DuoOrigin.CORE_TEACHER, clock.instant(), true);
            return store.duo(made).orElseThrow();
        });
    }

    /**
     * @param actor who asks
     * @param cohort the cohort
     * @return per duo (or participant) and praktijkopdracht, the latest handed-in report that has outcomes, with the
     *     werkbegeleider's latest answer; for the cohort's staff and the examencommissie; a fixed number of queries
     */
    public List<OutcomeRow> outcomeRows(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayViewParticipantRecords(), "export the praktijk outcomes of cohort " + cohort);
            Programme programme = cohorts.programme(cohort);
            Map<String, Outcomes> outcomes = store.outcomesInCohort(cohort);
            Map<ParticipantId, Participant> people = participants.inCohort(cohort).stream()
                    .collect(Collectors.toMap(Participant::id, Function.identity()));
            Map<String, List<Submission>> copies = submissions.versionsInCohort(cohort).stream()
                    .filter(s -> s.handedIn() && outcomes.containsKey(s.sharedKey()))
                    .collect(Collectors.groupingBy(Submission::sharedKey, LinkedHashMap::new, Collectors.toList()));
            Map<String, List<SupervisorRequest>> answers = store.requestsInCohort(cohort).stream()
                    .filter(r -> r.decision().isPresent()).collect(Collectors.groupingBy(SupervisorRequest::shared));
            Map<String, OutcomeRow> latest = new LinkedHashMap<>();
            copies.forEach((key, versions) -> {
                Submission first = versions.get(0);
                List<Participant> members = versions.stream().map(v -> people.get(v.participant())).filter(p -> p != null)
                        .sorted(Comparator.comparing(p -> p.profile().displayName())).toList();
                String who = first.activity().value() + "|" + members.stream().map(p -> Long.toString(p.id().value()))
                        .collect(Collectors.joining(","));
                Optional<SupervisorRequest> answer = answers.getOrDefault(key, List.of()).stream().reduce((a, b) -> b);
                OutcomeRow row = new OutcomeRow(programme.activity(first.activity()).map(Activity::title).orElse(first.activity().value()),
                        members, first.version(), first.submittedAt().orElseThrow(), outcomes.get(key), answer);
                latest.merge(who, row, (a, b) -> a.version() >= b.version() ? a : b);
            });
            return List.copyOf(latest.values());
        });
    }

    // ------------------------------------------------------------------ internals

    private DuoOverview overview(CohortId cohort, Activity assignment) {
        List<Duo> duos = duosOf(cohort, assignment.key());
        List<Participant> active = participants.inCohort(cohort).stream().filter(Participant::isActive)
                .sorted(Comparator.comparing(p -> p.profile().displayName())).toList();
        Set<ParticipantId> paired = duos.stream().flatMap(d -> d.members().stream()).collect(Collectors.toSet());
        List<ParticipantId> unpaired = active.stream().map(Participant::id).filter(p -> !paired.contains(p)).toList();
        return new DuoOverview(assignment, duos, active, unpaired, withWork(cohort, assignment, duos));
    }

    private Set<DuoId> withWork(CohortId cohort, Activity assignment, List<Duo> duos) {
        if (duos.isEmpty()) {
            return Set.of();
        }
        Programme programme = cohorts.programme(cohort);
        List<ActivityKey> keys = programme.activities().stream().filter(a -> a.workKey().equals(assignment.key()))
                .map(Activity::key).toList();
        Set<ParticipantId> working = new HashSet<>(store.withWork(cohort, keys));
        return duos.stream().filter(Duo::confirmed).filter(d -> d.members().stream().anyMatch(working::contains)).map(Duo::id)
                .collect(Collectors.toSet());
    }

    private List<Duo> duosOf(CohortId cohort, ActivityKey activity) {
        return store.duosInCohort(cohort).stream().filter(d -> d.activity().equals(activity)).toList();
    }

    private Activity duoAssignment(CohortId cohort, ActivityKey activity) {
        Programme programme = cohorts.programme(cohort);
        return programme.activity(activity).filter(a -> a.kind() == ActivityKind.PRACTICE_ASSIGNMENT && a.duo() && a.planOf().isEmpty())
                .orElseThrow(() -> new ActivityNotFoundException(programme.id(), activity));
    }

    private Activity assignment(CohortId cohort, ActivityKey activity) {
        Programme programme = cohorts.programme(cohort);
        return programme.activity(activity).filter(a -> a.kind() == ActivityKind.PRACTICE_ASSIGNMENT)
                .orElseThrow(() -> new ActivityNotFoundException(programme.id(), activity));
    }

    /**
     * @return whether the participant may still change their reflection: until the result of their newest handed-in version
     *     is agreed, and again while a revision is open
     */
    private boolean reflectionOpen(Participant participant, ActivityKey activity) {
        return new ReflectionRule(participant).open(activity);
    }

    /** What decides whether a participant's reflections can change, read once for all their praktijkopdrachten. */
    private final class ReflectionRule {
        private final List<nl.leerlijn.submission.VersionSummary> versions;
        private final Map<SubmissionId, nl.leerlijn.assessment.AssessmentSummary> assessed;
        private final List<nl.leerlijn.submission.Revision> revisions;

        ReflectionRule(Participant participant) {
            this.versions = submissions.summariesOf(participant.id());
            this.assessed = versions.stream().anyMatch(nl.leerlijn.submission.VersionSummary::handedIn)
                    ? results.of(participant.id(), cohorts.programme(participant.cohortId())) : Map.of();
            this.revisions = assessed.isEmpty() ? List.of() : submissions.revisionsOf(participant.id());
        }

        boolean open(ActivityKey activity) {
            List<nl.leerlijn.submission.VersionSummary> own = versions.stream().filter(v -> v.activity().equals(activity)).toList();
            Optional<nl.leerlijn.submission.VersionSummary> newest = own.stream().filter(nl.leerlijn.submission.VersionSummary::handedIn)
                    .reduce((a, b) -> b);
            Optional<nl.leerlijn.assessment.AssessmentState> state = newest.map(v -> assessed.get(v.id()))
                    .map(nl.leerlijn.assessment.AssessmentSummary::state);
            boolean agreed = state.filter(st -> st == nl.leerlijn.assessment.AssessmentState.AGREED
                    || st == nl.leerlijn.assessment.AssessmentState.RELEASED).isPresent();
            return !agreed || nl.leerlijn.submission.Revision.openOf(revisions.stream().filter(r -> r.activity().equals(activity)).toList(),
                    own, clock.instant()).isPresent();
        }
    }

    private Participant ownActive(Actor actor, ParticipantId id, String what) {
        Participant participant = participants.require(id);
        Permissions permissions = access.in(participant.cohortId(), actor);
        permissions.require(permissions.mayActFor(id), what);
        return participant;
    }

    private void checkClients(Map<String, String> fields) {
        Map<String, List<Finding>> refused = new LinkedHashMap<>();
        fields.forEach((field, value) -> {
            List<Finding> hard = guard.check(value).stream().filter(Finding::refused).toList();
            if (!hard.isEmpty()) {
                refused.put(field, hard);
            }
        });
        if (!refused.isEmpty()) {
            throw new CaseRefusedException(refused);
        }
    }

}
