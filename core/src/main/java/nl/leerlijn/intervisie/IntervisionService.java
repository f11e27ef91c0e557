package nl.leerlijn.intervisie;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerlijn.FreeText;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.access.Access;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.attendance.AttendanceRegister;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.Cohorts;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.IntervisionMethod;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.Participants;
import nl.leerlijn.grouping.Candidate;
import nl.leerlijn.grouping.GroupFormer;
import nl.leerlijn.grouping.Grouping;
import nl.leerlijn.grouping.GroupingRequest;
import nl.leerlijn.grouping.SizeRange;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.schedule.Schedules;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Intervisie: the kerndocent forms a cohort's groups with the group engine (pins, exclusions, locks, moves by hand),
 * publishes them, and each group's meetings follow the programme's intervisie activities with rotating roles. The
 * inbrenger brings a case that the {@link AnonymityGuard} checks before anything is stored; members confirm their
 * presence and write a reflection, the kerndocent confirms the presence and answers. A case is read only by its group
 * and the kerndocent, and removed by the retention rule.
 */
public final class IntervisionService {
    private static final Logger LOG = LoggerFactory.getLogger(IntervisionService.class);

    private final Jdbi jdbi;
    private final nl.leerlijn.events.EventBus events;
    private final Clock clock;
    private final ZoneId zone;
    private final Access access;
    private final Cohorts cohorts;
    private final Participants participants;
    private final Schedules schedules;
    private final AttendanceRegister attendance;
    private final JdbiIntervisionRepository store;
    private final GroupFormer former = new GroupFormer();
    private final AnonymityGuard guard = new AnonymityGuard();

    /**
     * @param jdbi Leerlijn's database
     * @param clock the time
     * @param zone the time zone meetings are held in (for "on the day")
     * @param access who may do what
     * @param cohorts the cohorts and their programmes
     * @param participants the participants
     * @param schedules the cohorts' schedules
     * @param attendance the attendance register (the kerndocent's confirmation of presence)
     * @param events where its events are published
     */
    public IntervisionService(Jdbi jdbi, Clock clock, ZoneId zone, Access access, Cohorts cohorts, Participants participants,
            Schedules schedules, AttendanceRegister attendance, nl.leerlijn.events.EventBus events) {
        this.events = events;
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = zone;
        this.access = access;
        this.cohorts = cohorts;
        this.participants = participants;
        this.schedules = schedules;
        this.attendance = attendance;
        this.store = new JdbiIntervisionRepository(jdbi);
    }

    // ------------------------------------------------------------------ groups

    /**
     * @param actor who asks: the cohort's kerndocent or beheer
     * @param cohort the cohort
     * @return the participants, the current groups with their scores, and the rules
     */
    public GroupsOverview groups(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            requireFormer(actor, cohort, "see the intervisie groups of cohort " + cohort);
            List<Participant> active = active(cohort);
            List<GroupRound> rounds = store.rounds(cohort);
            List<GroupRule> rules = store.rules(cohort);
            Optional<GroupRound> current = rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
            Optional<Grouping> scores = current.map(r -> former.evaluate(request(cohort, active, rules, earlier(rounds, r), r, r.seed()),
                    ids(r)));
            List<Meeting> meetings = List.of();
            if (current.filter(GroupRound::published).isPresent()) {
                Map<ActivityKey, ScheduleItem> items = items(cohort);
                meetings = store.meetingsOfRound(current.get().id()).stream().filter(m -> items.containsKey(m.activity()))
                        .map(m -> m.on(cohort, items.get(m.activity())))
                        .sorted(java.util.Comparator.comparing(Meeting::groupNumber).thenComparing(Meeting::startsAt)).toList();
            }
            return new GroupsOverview(active, current, scores, rules, current.map(r -> earlier(rounds, r).size()).orElse(0), meetings);
        });
    }

    /**
     * Forms groups: the first time, or after publication for a new block (a new round, with as few repeat pairs with
     * the earlier rounds as possible), or again for a draft, keeping locked groups and people where they are.
     *
     * @param actor the cohort's kerndocent or beheer
     * @param cohort the cohort
     * @param seed the seed (the same seed and the same input give the same groups)
     * @param expectedRevision the draft's revision the page showed; empty when forming a new round
     * @return the new draft
     * @throws nl.leerlijn.grouping.ImpossibleGroupingException when the hard rules cannot all hold, with the reasons
     * @throws GroupsChangedMeanwhileException when the draft changed since the page was shown
     */
    public GroupRound form(Actor actor, CohortId cohort, long seed, Optional<Integer> expectedRevision) {
        return jdbi.inTransaction(h -> {
            requireFormer(actor, cohort, "form the intervisie groups of cohort " + cohort);
            List<Participant> active = active(cohort);
            List<GroupRound> rounds = store.rounds(cohort);
            List<GroupRule> rules = store.rules(cohort);
            Optional<GroupRound> latest = rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
            long round;
            Grouping grouping;
            if (latest.isPresent() && !latest.get().published()) {
                GroupRound draft = latest.get();
                if (expectedRevision.isPresent() && !store.touchRound(draft.id(), expectedRevision.get())
                        || expectedRevision.isEmpty() && !store.touchRound(draft.id(), draft.revision())) {
                    throw new GroupsChangedMeanwhileException("The draft groups of cohort " + cohort);
                }
                grouping = former.form(request(cohort, active, rules, earlier(rounds, draft), draft, seed));
                round = draft.id();
                store.reformed(round, seed, clock.instant(), actor.userId());
            } else {
                int number = latest.map(r -> r.number() + 1).orElse(1);
                grouping = former.form(request(cohort, active, rules, rounds, null, seed));
                round = store.insertRound(cohort, number, seed, actor.userId(), clock.instant());
            }
            Set<String> lockedPeople = latest.filter(r -> !r.published()).map(r -> r.groups().stream()
                    .flatMap(g -> g.members().stream()).filter(GroupMember::locked).map(m -> key(m.participant()))
                    .collect(Collectors.toSet())).orElse(Set.of());
            List<nl.leerlijn.grouping.FormedGroup> numbered = keepNumbers(grouping.groups(), latest.filter(r -> !r.published()), lockedPeople);
            List<List<GroupMember>> groups = numbered.stream().map(g -> g.members().stream()
                    .map(id -> new GroupMember(participant(id), lockedPeople.contains(id))).toList()).toList();
            store.saveGroups(round, groups, numbered.stream().map(nl.leerlijn.grouping.FormedGroup::locked).toList());
            LOG.info("Formed {} intervisie groups for cohort {} (seed {})", groups.size(), cohort, seed);
            return latestRound(cohort);
        });
    }

    /**
     * Moves one participant to another group of the draft, by hand. Refused when it would break a hard rule.
     *
     * @param actor the cohort's kerndocent or beheer
     * @param cohort the cohort
     * @param participant who moves
     * @param toGroup the number of the group they move to
     * @param expectedRevision the draft's revision the page showed
     * @return the changed draft
     * @throws HardRuleException when the move would put a leidinggevende with own staff, split a pin, join an exclusion
     *     or make a group too small or too large; nothing changed
     */
    public GroupRound move(Actor actor, CohortId cohort, ParticipantId participant, int toGroup, int expectedRevision) {
        return changeDraft(actor, cohort, expectedRevision, "move a participant", (draft, groups) -> {
            int from = groupIndexOf(groups, participant);
            if (toGroup < 1 || toGroup > groups.size()) {
                throw new InvalidInputException("No group " + toGroup + " in the draft of cohort " + cohort);
            }
            if (from == toGroup - 1) {
                return groups;
            }
            GroupMember moving = groups.get(from).stream().filter(m -> m.participant().equals(participant)).findFirst().orElseThrow();
            if (moving.locked() || draft.groups().get(from).locked() || draft.groups().get(toGroup - 1).locked()) {
                throw new InvalidInputException("A locked group or person does not move: unlock first");
            }
            List<List<GroupMember>> changed = new ArrayList<>();
            for (List<GroupMember> g : groups) {
                changed.add(new ArrayList<>(g));
            }
            changed.get(from).remove(moving);
            changed.get(toGroup - 1).add(moving);
            return changed;
        });
    }

    /**
     * Locks or unlocks a whole group of the draft: a new run leaves it as it is.
     *
     * @param actor the cohort's kerndocent or beheer
     * @param cohort the cohort
     * @param groupNumber the group
     * @param locked lock or unlock
     * @param expectedRevision the draft's revision the page showed
     * @return the changed draft
     */
    public GroupRound lockGroup(Actor actor, CohortId cohort, int groupNumber, boolean locked, int expectedRevision) {
        return jdbi.inTransaction(h -> {
            requireFormer(actor, cohort, "lock a group in cohort " + cohort);
            GroupRound draft = draft(cohort, "lock a group");
            if (groupNumber < 1 || groupNumber > draft.groups().size()) {
                throw new InvalidInputException("No group " + groupNumber + " in the draft of cohort " + cohort);
            }
            if (!store.touchRound(draft.id(), expectedRevision)) {
                throw new GroupsChangedMeanwhileException("The draft groups of cohort " + cohort);
            }
            List<Boolean> locks = new ArrayList<>(draft.groups().stream().map(IntervisionGroup::locked).toList());
            locks.set(groupNumber - 1, locked);
            store.saveGroups(draft.id(), draft.groups().stream().map(IntervisionGroup::members).toList(), locks);
            return latestRound(cohort);
        });
    }

    /**
     * Locks or unlocks one participant in their group of the draft: a new run leaves them there.
     *
     * @param actor the cohort's kerndocent or beheer
     * @param cohort the cohort
     * @param participant who
     * @param locked lock or unlock
     * @param expectedRevision the draft's revision the page showed
     * @return the changed draft
     */
    public GroupRound lockMember(Actor actor, CohortId cohort, ParticipantId participant, boolean locked, int expectedRevision) {
        return changeDraft(actor, cohort, expectedRevision, "lock a participant", (draft, groups) -> groups.stream()
                .map(g -> g.stream().map(m -> m.participant().equals(participant) ? new GroupMember(participant, locked) : m).toList())
                .toList());
    }

    /**
     * Publishes the draft: members see their group, and each group gets its meetings (the programme's intervisie
     * activities still ahead; all of them for the first round) with a plan of roles.
     *
     * @param actor the cohort's kerndocent or beheer
     * @param cohort the cohort
     * @param expectedRevision the draft's revision the page showed
     * @return the published round
     * @throws HardRuleException when the draft breaks a hard rule (after changes to the rules or participants)
     */
    public GroupRound publish(Actor actor, CohortId cohort, int expectedRevision) {
        return jdbi.inTransaction(h -> {
            requireFormer(actor, cohort, "publish the intervisie groups of cohort " + cohort);
            GroupRound draft = draft(cohort, "publish");
            List<GroupRound> rounds = store.rounds(cohort);
            Grouping check = former.evaluate(request(cohort, active(cohort), store.rules(cohort), earlier(rounds, draft), draft,
                    draft.seed()), ids(draft));
            if (!check.valid()) {
                throw new HardRuleException(check.violations());
            }
            if (!store.touchRound(draft.id(), expectedRevision)) {
                throw new GroupsChangedMeanwhileException("The draft groups of cohort " + cohort);
            }
            Instant now = clock.instant();
            List<ScheduleItem> meetings = schedules.itemsOf(cohort).stream().filter(i -> i.kind() == ActivityKind.INTERVISION_MEETING)
                    .filter(i -> draft.number() == 1 || i.at().isAfter(now)).toList();
            List<ActivityKey> keys = meetings.stream().map(ScheduleItem::activity).toList();
            rounds.stream().filter(r -> r.id() != draft.id() && r.published()).forEach(r -> store.removeUnusedMeetings(r.id(), keys));
            for (IntervisionGroup group : draft.groups()) {
                List<MeetingRoles> plan = plan(group.members().stream().map(GroupMember::participant).toList(), meetings.size());
                for (int i = 0; i < meetings.size(); i++) {
                    store.insertMeeting(group.id(), keys.get(i), plan.get(i));
                }
            }
            store.publish(draft.id(), now, actor.userId());
            events.publish(new GroupsPublished(cohort, draft.number(), now));
            LOG.info("Published {} intervisie groups of cohort {} with {} meetings each", draft.groups().size(), cohort, meetings.size());
            return latestRound(cohort);
        });
    }

    /**
     * Plans the roles of a published group's meetings still ahead again with its active members, after someone
     * withdrew or came back: the turns already taken count, so whoever has brought the fewest cases brings the next.
     * Meetings that have started or have a case keep their roles.
     *
     * @param actor the cohort's kerndocent or beheer
     * @param cohort the cohort
     * @param group a group of a published round
     * @return how many meetings got new roles
     */
    public int replanRoles(Actor actor, CohortId cohort, GroupId group) {
        return jdbi.inTransaction(h -> {
            requireFormer(actor, cohort, "plan the roles of intervisie group " + group);
            IntervisionGroup found = store.rounds(cohort).stream().filter(GroupRound::published).flatMap(r -> r.group(group).stream())
                    .findFirst().orElseThrow(() -> new InvalidInputException("No published group " + group + " in cohort " + cohort));
            Set<ParticipantId> active = active(cohort).stream().map(Participant::id).collect(Collectors.toSet());
            List<ParticipantId> members = found.members().stream().map(GroupMember::participant).filter(active::contains).toList();
            Map<ActivityKey, ScheduleItem> items = items(cohort);
            Map<MeetingId, IntervisionCase> cases = store.casesOfGroup(group);
            Instant now = clock.instant();
            List<Meeting> meetings = store.meetingsOfGroup(group).stream().filter(m -> items.containsKey(m.activity()))
                    .map(m -> m.on(cohort, items.get(m.activity()))).sorted(java.util.Comparator.comparing(Meeting::startsAt)).toList();
            List<PlannedRoles> held = new ArrayList<>();
            List<Meeting> ahead = new ArrayList<>();
            for (Meeting m : meetings) {
                if (m.startsAt().isAfter(now) && !cases.containsKey(m.id())) {
                    ahead.add(m);
                } else if (m.roles().inbrenger().isPresent() && m.roles().chair().isPresent() && m.roles().notetaker().isPresent()
                        && !m.roles().inbrenger().equals(m.roles().chair()) && !m.roles().inbrenger().equals(m.roles().notetaker())) {
                    held.add(new PlannedRoles(key(m.roles().inbrenger().get()), key(m.roles().chair().get()),
                            key(m.roles().notetaker().get())));
                }
            }
            if (ahead.isEmpty() || members.size() < 2) {
                return 0;
            }
            List<PlannedRoles> plan = new RotationPlanner().plan(members.stream().map(IntervisionService::key).toList(), ahead.size(), held);
            for (int i = 0; i < ahead.size(); i++) {
                PlannedRoles p = plan.get(i);
                MeetingRoles roles = new MeetingRoles(Optional.of(participant(p.inbrenger())), Optional.of(participant(p.gespreksleider())),
                        Optional.of(participant(p.notulist())).filter(n -> !p.notulist().equals(p.gespreksleider())));
                if (!store.saveRoles(ahead.get(i).id(), roles, ahead.get(i).revision())) {
                    throw new GroupsChangedMeanwhileException("Intervisie meeting " + ahead.get(i).id());
                }
            }
            LOG.info("Planned the roles of {} meeting(s) of intervisie group {} again", ahead.size(), group);
            return ahead.size();
        });
    }

    /**
     * A member who is inbrenger at a meeting still ahead asks another member of the group to swap turns: the other's
     * next turn as inbrenger still ahead. Nothing changes until the other member accepts.
     *
     * @param actor the inbrenger of {@code mine}, an active participant
     * @param mine the meeting where the actor brings the case
     * @param with the member asked
     * @return the request
     * @throws InvalidInputException when the other member has no turn ahead to swap, or one of the meetings already has a case
     */
    public SwapRequest askSwap(Actor actor, MeetingId mine, ParticipantId with) {
        return jdbi.inTransaction(h -> {
            JdbiIntervisionRepository.Located located = store.meeting(mine).orElseThrow(() -> new MeetingNotFoundException(mine));
            Permissions permissions = access.in(located.cohort(), actor);
            Optional<ParticipantId> self = permissions.ownParticipation();
            permissions.require(self.isPresent() && located.meeting().roles().inbrenger().equals(self) && permissions.mayActFor(self.get()),
                    "ask to swap the turn at intervisie meeting " + mine);
            IntervisionGroup group = groupOf(located);
            Participant other = participants.require(with);
            if (!group.has(with) || !other.isActive() || with.equals(self.get())) {
                throw new InvalidInputException("Participant " + with + " is not another active member of the group");
            }
            Meeting meeting = located.meeting().on(located.cohort(), item(located.cohort(), located.meeting().activity()));
            Meeting theirs = turnAhead(located.cohort(), group.id(), with)
                    .orElseThrow(() -> new InvalidInputException("Participant " + with + " has no turn as inbrenger ahead"));
            Map<MeetingId, IntervisionCase> cases = store.casesOfGroup(group.id());
            if (!meeting.startsAt().isAfter(clock.instant()) || cases.containsKey(mine) || cases.containsKey(theirs.id())) {
                throw new InvalidInputException("Only turns still ahead, without a case yet, can be swapped");
            }
            long id = store.insertSwap(mine, theirs.id(), self.get(), with, clock.instant());
            return store.swap(id).orElseThrow();
        });
    }

    /**
     * The member asked accepts or declines a swap of turns. On accepting, both meetings swap their inbrengers (and a
     * role the new inbrenger had in that meeting goes to the other).
     *
     * @param actor the member asked
     * @param swap the request
     * @param accept accept or decline
     * @throws GroupsChangedMeanwhileException when the turns changed since the request
     */
    public void answerSwap(Actor actor, long swap, boolean accept) {
        jdbi.useTransaction(h -> {
            SwapRequest request = store.swap(swap).orElseThrow(() -> new SwapNotFoundException(swap));
            JdbiIntervisionRepository.Located mine = store.meeting(request.mine()).orElseThrow();
            JdbiIntervisionRepository.Located theirs = store.meeting(request.theirs()).orElseThrow();
            Permissions permissions = access.in(mine.cohort(), actor);
            permissions.require(permissions.ownParticipation().filter(request.askedOf()::equals).isPresent()
                    && permissions.mayActFor(request.askedOf()), "answer swap request " + swap);
            if (!request.open() || !store.decideSwap(swap, accept, clock.instant())) {
                throw new GroupsChangedMeanwhileException("Swap request " + swap);
            }
            if (!accept) {
                return;
            }
            if (!mine.meeting().roles().inbrenger().equals(Optional.of(request.askedBy()))
                    || !theirs.meeting().roles().inbrenger().equals(Optional.of(request.askedOf()))) {
                throw new GroupsChangedMeanwhileException("The turns of swap request " + swap);
            }
            if (!store.saveRoles(request.mine(), mine.meeting().roles().withInbrenger(request.askedOf()), mine.meeting().revision())
                    || !store.saveRoles(request.theirs(), theirs.meeting().roles().withInbrenger(request.askedBy()),
                    theirs.meeting().revision())) {
                throw new GroupsChangedMeanwhileException("The meetings of swap request " + swap);
            }
        });
    }

    private Optional<Meeting> turnAhead(CohortId cohort, GroupId group, ParticipantId member) {
        Map<ActivityKey, ScheduleItem> items = items(cohort);
        Instant now = clock.instant();
        return store.meetingsOfGroup(group).stream().filter(m -> items.containsKey(m.activity()))
                .map(m -> m.on(cohort, items.get(m.activity()))).filter(m -> m.startsAt().isAfter(now))
                .filter(m -> m.roles().inbrenger().filter(member::equals).isPresent())
                .min(java.util.Comparator.comparing(Meeting::startsAt));
    }

    /**
     * Adds or replaces a pin ("together") or exclusion ("apart") for two participants of the cohort.
     *
     * @param actor the cohort's kerndocent or beheer
     * @param cohort the cohort
     * @param rule the rule
     */
    public void addRule(Actor actor, CohortId cohort, GroupRule rule) {
        jdbi.useTransaction(h -> {
            requireFormer(actor, cohort, "add a grouping rule in cohort " + cohort);
            for (ParticipantId p : List.of(rule.first(), rule.second())) {
                if (!participants.require(p).cohortId().equals(cohort)) {
                    throw new InvalidInputException("Participant " + p + " is not in cohort " + cohort);
                }
            }
            store.saveRule(cohort, rule, actor.userId(), clock.instant());
        });
    }

    /**
     * @param actor the cohort's kerndocent or beheer
     * @param cohort the cohort
     * @param rule the rule to remove (its kind does not matter)
     */
    public void removeRule(Actor actor, CohortId cohort, GroupRule rule) {
        jdbi.useTransaction(h -> {
            requireFormer(actor, cohort, "remove a grouping rule in cohort " + cohort);
            store.removeRule(cohort, rule);
        });
    }

    /**
     * @param actor a participant of the cohort
     * @param cohort the cohort
     * @return their group and its meetings, once the kerndocent published the groups
     */
    public Optional<MyGroup> myGroup(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            Optional<ParticipantId> self = permissions.ownParticipation();
            permissions.require(self.isPresent(), "see an own intervisie group in cohort " + cohort);
            List<GroupRound> rounds = store.rounds(cohort);
            Optional<IntervisionGroup> group = rounds.stream().filter(GroupRound::published).reduce((a, b) -> b)
                    .flatMap(r -> r.groupOf(self.get()));
            if (group.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(groupView(cohort, self.get(), group.get()));
        });
    }

    /**
     * @param actor the cohort's staff or beheer
     * @param cohort the cohort
     * @param group a group of its published round
     * @return the group with its members and meetings
     */
    public MyGroup group(Actor actor, CohortId cohort, GroupId group) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            List<GroupRound> rounds = store.rounds(cohort);
            IntervisionGroup found = rounds.stream().filter(GroupRound::published).flatMap(r -> r.group(group).stream()).findFirst()
                    .orElseThrow(() -> new InvalidInputException("No published group " + group + " in cohort " + cohort));
            permissions.require(permissions.mayViewGroup(permissions.ownParticipation().filter(found::has).isPresent()),
                    "see intervisie group " + group);
            return groupView(cohort, permissions.ownParticipation().orElse(null), found);
        });
    }

    private MyGroup groupView(CohortId cohort, ParticipantId self, IntervisionGroup group) {
        Map<ParticipantId, Participant> all = participants.inCohort(cohort).stream()
                .collect(Collectors.toMap(Participant::id, Function.identity()));
        Map<ActivityKey, ScheduleItem> items = items(cohort);
        List<Meeting> meetings = store.meetingsOfGroup(group.id()).stream().filter(m -> items.containsKey(m.activity()))
                .map(m -> m.on(cohort, items.get(m.activity()))).sorted(java.util.Comparator.comparing(Meeting::startsAt)).toList();
        Programme programme = cohorts.programme(cohort);
        Map<ActivityKey, IntervisionMethod> methods = new HashMap<>();
        programme.activities().forEach(a -> a.method().ifPresent(method -> methods.put(a.key(), method)));
        return new MyGroup(self, group, group.members().stream().map(m -> all.get(m.participant())).toList(), meetings, methods,
                store.openSwaps(group.id()));
    }

    // ------------------------------------------------------------------ meetings

    /**
     * @param actor who asks: a member of the group, the cohort's staff or beheer
     * @param id the meeting
     * @return the meeting as this person may see it (the case, the notes and the presence only for members and the kerndocent)
     */
    public MeetingPage meeting(Actor actor, MeetingId id) {
        return jdbi.inTransaction(h -> {
            JdbiIntervisionRepository.Located located = store.meeting(id).orElseThrow(() -> new MeetingNotFoundException(id));
            CohortId cohort = located.cohort();
            Permissions permissions = access.in(cohort, actor);
            IntervisionGroup group = groupOf(located);
            boolean member = permissions.ownParticipation().filter(group::has).isPresent();
            permissions.require(permissions.mayViewGroup(member), "see intervisie meeting " + id);
            boolean reads = permissions.mayReadGroupCases(member);
            Meeting meeting = located.meeting().on(cohort, item(cohort, located.meeting().activity()));
            if (!reads) {
                meeting = withoutNotes(meeting);
            }
            Programme programme = cohorts.programme(cohort);
            Optional<IntervisionMethod> method = programme.activity(meeting.activity()).flatMap(a -> a.method());
            Map<ParticipantId, Participant> all = participants.inCohort(cohort).stream()
                    .collect(Collectors.toMap(Participant::id, Function.identity()));
            List<Participant> members = group.members().stream().map(m -> all.get(m.participant())).toList();
            Optional<IntervisionCase> theCase = reads ? store.caseOf(id) : Optional.empty();
            Map<ParticipantId, Instant> own = reads ? store.presence(id) : Map.of();
            Map<ParticipantId, AttendanceRegister.Recorded> confirmed = reads
                    ? attendance.atSession(group.members().stream().map(GroupMember::participant).toList(), meeting.activity())
                    : Map.of();
            boolean manages = permissions.is(nl.leerlijn.access.Relation.CORE_TEACHER);
            List<Reflection> reflections = manages ? store.reflections(id) : member
                    ? store.reflections(id).stream().filter(r -> r.author().equals(permissions.ownParticipation().get())).toList()
                    : List.of();
            return new MeetingPage(meeting, method, members, member ? permissions.ownParticipation() : Optional.empty(), reads, manages,
                    theCase, own, confirmed, reflections, reflectionDue(meeting, cohort), caseRemovedAfter(meeting, cohort),
                    lifeDomains(cohort));
        });
    }

    /**
     * @param actor the meeting's inbrenger, while an active participant
     * @param id the meeting
     * @return the meeting, for the inbrenger to prepare its case
     */
    public MeetingPage caseToWrite(Actor actor, MeetingId id) {
        return jdbi.inTransaction(h -> {
            MeetingPage page = meeting(actor, id);
            Permissions permissions = access.in(page.meeting().cohort(), actor);
            permissions.require(page.self().isPresent() && page.meeting().roles().inbrenger().equals(page.self())
                    && permissions.mayActFor(page.self().get()), "write the case of intervisie meeting " + id);
            return page;
        });
    }

    /**
     * Checks a case with the anonymisation guard and stores it only when nothing identifies a client: a refused text
     * is neither stored nor logged. Likely names stop the save until the author confirms them.
     *
     * @param actor the meeting's inbrenger
     * @param id the meeting
     * @param text the case
     * @param namesConfirmed whether the author confirmed that the flagged words are not clients' real names
     * @throws CaseRefusedException when a BSN, phone number, e-mail address, postcode, IBAN or date of birth is in it
     * @throws NamesToConfirmException when likely names are in it and not confirmed
     */
    public void saveCase(Actor actor, MeetingId id, CaseText text, boolean namesConfirmed) {
        jdbi.useTransaction(h -> {
            JdbiIntervisionRepository.Located located = store.meeting(id).orElseThrow(() -> new MeetingNotFoundException(id));
            Permissions permissions = access.in(located.cohort(), actor);
            Optional<ParticipantId> self = permissions.ownParticipation();
            boolean inbrenger = self.isPresent() && located.meeting().roles().inbrenger().equals(self)
                    && permissions.mayActFor(self.get());
            permissions.require(inbrenger, "write the case of intervisie meeting " + id);
            if (text.groupQuestion().isEmpty()) {
                throw new InvalidInputException("A case needs the question to the group");
            }
            FreeText.required(text.groupQuestion(), CaseText.MAX_GROUP_QUESTION, "question to the group");
            text.steps().forEach((step, value) -> {
                if (value.length() > CaseText.MAX_STEP) {
                    throw new InvalidInputException("A case step is at most " + CaseText.MAX_STEP + " characters: " + step);
                }
            });
            check(text.steps(), namesConfirmed);
            store.saveCase(id, self.get(), text, clock.instant());
        });
    }

    /**
     * Saves the notulist's notes, checked by the anonymisation guard like a case.
     *
     * @param actor the meeting's notulist, or the cohort's kerndocent
     * @param id the meeting
     * @param notes the notes
     * @param namesConfirmed whether the writer confirmed the flagged words
     * @param expectedRevision the meeting's revision the page showed
     */
    public void saveNotes(Actor actor, MeetingId id, String notes, boolean namesConfirmed, int expectedRevision) {
        jdbi.useTransaction(h -> {
            JdbiIntervisionRepository.Located located = store.meeting(id).orElseThrow(() -> new MeetingNotFoundException(id));
            Permissions permissions = access.in(located.cohort(), actor);
            Optional<ParticipantId> self = permissions.ownParticipation();
            boolean notetaker = self.isPresent() && located.meeting().roles().notetaker().equals(self) && permissions.mayActFor(self.get());
            permissions.require(notetaker || permissions.is(nl.leerlijn.access.Relation.CORE_TEACHER),
                    "write the notes of intervisie meeting " + id);
            String text = notes == null ? "" : notes.strip();
            if (text.length() > Meeting.MAX_NOTES) {
                throw new InvalidInputException("Notes are at most " + Meeting.MAX_NOTES + " characters");
            }
            check(Map.of("notes", text), namesConfirmed);
            if (!store.saveNotes(id, text, clock.instant(), expectedRevision)) {
                throw new GroupsChangedMeanwhileException("Intervisie meeting " + id);
            }
        });
    }

    /**
     * A member confirms that they are at the meeting, on its day.
     *
     * @param actor a member of the meeting's group
     * @param id the meeting
     * @throws MeetingNotTodayException when it is not the meeting's day
     */
    public void confirmOwnPresence(Actor actor, MeetingId id) {
        jdbi.useTransaction(h -> {
            JdbiIntervisionRepository.Located located = store.meeting(id).orElseThrow(() -> new MeetingNotFoundException(id));
            Permissions permissions = access.in(located.cohort(), actor);
            IntervisionGroup group = groupOf(located);
            Optional<ParticipantId> self = permissions.ownParticipation().filter(group::has);
            permissions.require(self.isPresent() && permissions.mayActFor(self.get()), "confirm presence at intervisie meeting " + id);
            Meeting meeting = located.meeting().on(located.cohort(), item(located.cohort(), located.meeting().activity()));
            if (!meeting.startsAt().atZone(zone).toLocalDate().equals(clock.instant().atZone(zone).toLocalDate())) {
                throw new MeetingNotTodayException(id);
            }
            store.confirmPresence(id, self.get(), clock.instant());
        });
    }

    /**
     * The kerndocent confirms who was there, after the meeting has started: the attendance record progress counts.
     *
     * @param actor the cohort's kerndocent or beheer
     * @param id the meeting
     * @param presences per member: present, absent or excused
     */
    public void confirmPresence(Actor actor, MeetingId id, Map<ParticipantId, Presence> presences) {
        jdbi.useTransaction(h -> {
            JdbiIntervisionRepository.Located located = store.meeting(id).orElseThrow(() -> new MeetingNotFoundException(id));
            Permissions permissions = access.in(located.cohort(), actor);
            permissions.require(permissions.mayManage(), "confirm the presence at intervisie meeting " + id);
            IntervisionGroup group = groupOf(located);
            presences.keySet().stream().filter(p -> !group.has(p)).findFirst().ifPresent(p -> {
                throw new InvalidInputException("Participant " + p + " is not in the group of meeting " + id);
            });
            Meeting meeting = located.meeting().on(located.cohort(), item(located.cohort(), located.meeting().activity()));
            if (meeting.startsAt().isAfter(clock.instant())) {
                throw new MeetingNotTodayException(id);
            }
            attendance.record(located.cohort(), presences, meeting.activity(), cohorts.programme(located.cohort())
                    .activity(meeting.activity()).flatMap(nl.leerlijn.curriculum.Activity::replacement), actor.userId(), clock.instant());
        });
    }

    /**
     * A member writes or changes their reflection, once the meeting has started. Like a case it may not identify a
     * client: a BSN, phone number, e-mail address, postcode, IBAN or date of birth is refused and nothing is stored.
     *
     * @param actor a member of the meeting's group
     * @param id the meeting
     * @param text the reflection
     */
    public void saveReflection(Actor actor, MeetingId id, String text) {
        jdbi.useTransaction(h -> {
            JdbiIntervisionRepository.Located located = store.meeting(id).orElseThrow(() -> new MeetingNotFoundException(id));
            Permissions permissions = access.in(located.cohort(), actor);
            IntervisionGroup group = groupOf(located);
            Optional<ParticipantId> self = permissions.ownParticipation().filter(group::has);
            permissions.require(self.isPresent() && permissions.mayActFor(self.get()), "reflect on intervisie meeting " + id);
            Meeting meeting = located.meeting().on(located.cohort(), item(located.cohort(), located.meeting().activity()));
            if (meeting.startsAt().isAfter(clock.instant())) {
                throw new MeetingNotTodayException(id);
            }
            String reflection = FreeText.required(text, Reflection.MAX, "reflection");
            check(Map.of("reflection", reflection), true);
            store.saveReflection(id, self.get(), reflection, clock.instant());
        });
    }

    /**
     * The kerndocent answers a member's reflection.
     *
     * @param actor the cohort's kerndocent
     * @param id the meeting
     * @param author whose reflection
     * @param answer the answer
     */
    public void answerReflection(Actor actor, MeetingId id, ParticipantId author, String answer) {
        jdbi.useTransaction(h -> {
            JdbiIntervisionRepository.Located located = store.meeting(id).orElseThrow(() -> new MeetingNotFoundException(id));
            Permissions permissions = access.in(located.cohort(), actor);
            permissions.require(permissions.is(nl.leerlijn.access.Relation.CORE_TEACHER), "answer a reflection on meeting " + id);
            if (!store.answer(id, author, FreeText.required(answer, Reflection.MAX_ANSWER, "answer"), actor.userId(), actor.displayName(),
                    clock.instant())) {
                throw new NothingToAnswerException(author + " on meeting " + id);
            }
        });
    }

    /**
     * The kerndocent changes the roles of one meeting (every role a different member of the group).
     *
     * @param actor the cohort's kerndocent or beheer
     * @param id the meeting
     * @param roles the new roles
     * @param expectedRevision the meeting's revision the page showed
     */
    public void setRoles(Actor actor, MeetingId id, MeetingRoles roles, int expectedRevision) {
        jdbi.useTransaction(h -> {
            JdbiIntervisionRepository.Located located = store.meeting(id).orElseThrow(() -> new MeetingNotFoundException(id));
            Permissions permissions = access.in(located.cohort(), actor);
            permissions.require(permissions.mayManage(), "change the roles of intervisie meeting " + id);
            IntervisionGroup group = groupOf(located);
            List<ParticipantId> given = new ArrayList<>();
            roles.inbrenger().ifPresent(given::add);
            roles.chair().ifPresent(given::add);
            roles.notetaker().ifPresent(given::add);
            if (given.stream().anyMatch(p -> !group.has(p)) || given.stream().distinct().count() != given.size()) {
                throw new InvalidInputException("Each role goes to a different member of the group");
            }
            if (!store.saveRoles(id, roles, expectedRevision)) {
                throw new GroupsChangedMeanwhileException("Intervisie meeting " + id);
            }
        });
    }

    /**
     * The kerndocent gives one group's meeting a time or place of its own; an empty value goes back to the cohort's.
     *
     * @param actor the cohort's kerndocent or beheer
     * @param id the meeting
     * @param startsAt its own start, or empty
     * @param location its own place, or empty
     * @param expectedRevision the meeting's revision the page showed
     */
    public void setTimeAndPlace(Actor actor, MeetingId id, Optional<Instant> startsAt, Optional<String> location, int expectedRevision) {
        jdbi.useTransaction(h -> {
            JdbiIntervisionRepository.Located located = store.meeting(id).orElseThrow(() -> new MeetingNotFoundException(id));
            Permissions permissions = access.in(located.cohort(), actor);
            permissions.require(permissions.mayManage(), "move intervisie meeting " + id);
            startsAt.ifPresent(s -> nl.leerlijn.PlanningRange.require(s, "the meeting's start"));
            Optional<String> place = location.filter(l -> !l.isBlank()).map(l -> FreeText.required(l, 300, "location"));
            if (!store.saveTimeAndPlace(id, startsAt, place, expectedRevision)) {
                throw new GroupsChangedMeanwhileException("Intervisie meeting " + id);
            }
        });
    }

    /**
     * Removes the cases (and the notes) of meetings longer ago than the programme's retention; a record remains that
     * a case existed and when it was removed. Run by the background jobs.
     *
     * @return how many cases were removed
     */
    public int removeExpiredCases() {
        return jdbi.inTransaction(h -> {
            Instant now = clock.instant();
            Map<CohortId, Map<ActivityKey, ScheduleItem>> items = new HashMap<>();
            int removed = 0;
            for (JdbiIntervisionRepository.Kept kept : store.keptCases()) {
                ScheduleItem item = items.computeIfAbsent(kept.cohort(), this::items).get(kept.activity());
                if (item == null) {
                    continue;
                }
                Instant start = kept.ownStart().orElse(item.at());
                if (start.plus(Duration.ofDays(retentionDays(kept.cohort()))).isBefore(now)
                        && store.removeCase(kept.meeting(), now, "retention")) {
                    events.publish(new CaseRemoved(kept.meeting(), now));
                    removed++;
                }
            }
            if (removed > 0) {
                LOG.info("Removed {} intervisie case(s) past their retention", removed);
            }
            return removed;
        });
    }

    // ------------------------------------------------------------------ internals

    private void check(Map<String, String> fields, boolean namesConfirmed) {
        Map<String, List<Finding>> refused = new LinkedHashMap<>();
        Map<String, List<Finding>> names = new LinkedHashMap<>();
        Map<String, List<Finding>> all = new LinkedHashMap<>();
        fields.forEach((field, value) -> {
            List<Finding> found = guard.check(value);
            if (!found.isEmpty()) {
                all.put(field, found);
            }
            List<Finding> hard = found.stream().filter(Finding::refused).toList();
            if (!hard.isEmpty()) {
                refused.put(field, hard);
            }
            List<Finding> likely = found.stream().filter(f -> !f.refused()).toList();
            if (!likely.isEmpty()) {
                names.put(field, likely);
            }
        });
        if (!refused.isEmpty()) {
            throw new CaseRefusedException(all);
        }
        if (!names.isEmpty() && !namesConfirmed) {
            throw new NamesToConfirmException(names);
        }
    }

    /**
     * A group that was locked, or holds locked people, keeps its number on a new run (the kerndocent locked "Groep 2");
     * the other groups take the numbers left, in the engine's order.
     */
    private static List<nl.leerlijn.grouping.FormedGroup> keepNumbers(List<nl.leerlijn.grouping.FormedGroup> formed,
            Optional<GroupRound> draft, Set<String> lockedPeople) {
        if (draft.isEmpty()) {
            return formed;
        }
        Map<String, Integer> kept = new HashMap<>();
        for (IntervisionGroup g : draft.get().groups()) {
            for (GroupMember m : g.members()) {
                if (g.locked() || lockedPeople.contains(key(m.participant()))) {
                    kept.put(key(m.participant()), g.number() - 1);
                }
            }
        }
        List<nl.leerlijn.grouping.FormedGroup> slots = new ArrayList<>(java.util.Collections.nCopies(formed.size(), null));
        List<nl.leerlijn.grouping.FormedGroup> rest = new ArrayList<>();
        for (nl.leerlijn.grouping.FormedGroup g : formed) {
            Optional<Integer> slot = g.members().stream().map(kept::get).filter(java.util.Objects::nonNull).findFirst();
            if (slot.isPresent() && slot.get() < slots.size() && slots.get(slot.get()) == null) {
                slots.set(slot.get(), g);
            } else {
                rest.add(g);
            }
        }
        java.util.Iterator<nl.leerlijn.grouping.FormedGroup> next = rest.iterator();
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i) == null) {
                slots.set(i, next.next());
            }
        }
        return slots;
    }

    private interface DraftChange {
        List<List<GroupMember>> apply(GroupRound draft, List<List<GroupMember>> groups);
    }

    private GroupRound changeDraft(Actor actor, CohortId cohort, int expectedRevision, String what, DraftChange change) {
        return jdbi.inTransaction(h -> {
            requireFormer(actor, cohort, what + " in cohort " + cohort);
            GroupRound draft = draft(cohort, what);
            List<List<GroupMember>> groups = change.apply(draft, draft.groups().stream().map(IntervisionGroup::members).toList());
            List<GroupRound> rounds = store.rounds(cohort);
            Grouping check = former.evaluate(request(cohort, active(cohort), store.rules(cohort), earlier(rounds, draft), draft,
                    draft.seed()), groups.stream().map(g -> g.stream().map(m -> key(m.participant())).toList()).toList());
            if (!check.valid()) {
                throw new HardRuleException(check.violations());
            }
            if (!store.touchRound(draft.id(), expectedRevision)) {
                throw new GroupsChangedMeanwhileException("The draft groups of cohort " + cohort);
            }
            store.saveGroups(draft.id(), groups, draft.groups().stream().map(IntervisionGroup::locked).toList());
            return latestRound(cohort);
        });
    }

    private GroupRound draft(CohortId cohort, String what) {
        List<GroupRound> rounds = store.rounds(cohort);
        if (rounds.isEmpty() || rounds.get(rounds.size() - 1).published()) {
            throw new GroupsNotFormedException(what);
        }
        return rounds.get(rounds.size() - 1);
    }

    private GroupRound latestRound(CohortId cohort) {
        List<GroupRound> rounds = store.rounds(cohort);
        return rounds.get(rounds.size() - 1);
    }

    private void requireFormer(Actor actor, CohortId cohort, String what) {
        cohorts.require(cohort);
        Permissions permissions = access.in(cohort, actor);
        permissions.require(permissions.mayFormGroups(), what);
    }

    private List<Participant> active(CohortId cohort) {
        return participants.inCohort(cohort).stream().filter(Participant::isActive).toList();
    }

    private static List<GroupRound> earlier(List<GroupRound> rounds, GroupRound current) {
        return rounds.stream().filter(r -> r.published() && r.number() < current.number()).toList();
    }

    private GroupingRequest request(CohortId cohort, List<Participant> active, List<GroupRule> rules, List<GroupRound> earlier,
            GroupRound current, long seed) {
        Map<String, String> byUser = active.stream().collect(Collectors.toMap(p -> p.userId().value(), p -> key(p.id())));
        List<Candidate> candidates = active.stream().map(p -> {
            Candidate c = Candidate.of(key(p.id()), p.profile().organisation().name().toLowerCase(java.util.Locale.ROOT),
                    p.profile().functionKey());
            return p.profile().leidinggevende().map(m -> byUser.get(m.value())).map(c::withManager).orElse(c);
        }).toList();
        Set<String> ids = candidates.stream().map(Candidate::id).collect(Collectors.toSet());
        GroupingRequest.Builder builder = GroupingRequest.builder(candidates).sizes(sizes(cohort)).seed(seed);
        for (GroupRule rule : rules) {
            String a = key(rule.first());
            String b = key(rule.second());
            if (ids.contains(a) && ids.contains(b)) {
                if (rule.kind() == RuleKind.TOGETHER) {
                    builder.together(a, b);
                } else {
                    builder.apart(a, b);
                }
            }
        }
        for (GroupRound round : earlier) {
            builder.addHistory(ids(round));
        }
        if (current != null && !current.published()) {
            List<List<String>> groups = new ArrayList<>();
            for (int i = 0; i < current.groups().size(); i++) {
                IntervisionGroup g = current.groups().get(i);
                groups.add(g.members().stream().map(m -> key(m.participant())).filter(ids::contains).toList());
                if (g.locked()) {
                    builder.lockGroup(i);
                }
                g.members().stream().filter(GroupMember::locked).map(m -> key(m.participant())).filter(ids::contains)
                        .forEach(builder::lockPerson);
            }
            builder.current(groups);
        }
        return builder.build();
    }

    private static List<List<String>> ids(GroupRound round) {
        return round.groups().stream().map(g -> g.members().stream().map(m -> key(m.participant())).toList()).toList();
    }

    private static String key(ParticipantId id) {
        return Long.toString(id.value());
    }

    private static ParticipantId participant(String key) {
        return new ParticipantId(Long.parseLong(key));
    }

    private static int groupIndexOf(List<List<GroupMember>> groups, ParticipantId participant) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).stream().anyMatch(m -> m.participant().equals(participant))) {
                return i;
            }
        }
        throw new InvalidInputException("Participant " + participant + " is not in the draft groups");
    }

    private IntervisionGroup groupOf(JdbiIntervisionRepository.Located located) {
        return store.rounds(located.cohort()).stream().filter(r -> r.id() == located.round())
                .flatMap(r -> r.group(located.meeting().group()).stream()).findFirst().orElseThrow();
    }

    private Map<ActivityKey, ScheduleItem> items(CohortId cohort) {
        return schedules.itemsOf(cohort).stream().collect(Collectors.toMap(ScheduleItem::activity, Function.identity()));
    }

    private ScheduleItem item(CohortId cohort, ActivityKey activity) {
        ScheduleItem item = items(cohort).get(activity);
        if (item == null) {
            throw new InvalidInputException("No activity " + activity + " in the schedule of cohort " + cohort);
        }
        return item;
    }

    private static Meeting withoutNotes(Meeting m) {
        return new Meeting(m.id(), m.group(), m.groupNumber(), m.cohort(), m.activity(), m.title(), m.startsAt(), m.endsAt(), m.format(),
                m.location(), m.ownTime(), m.ownPlace(), m.roles(), Optional.empty(), Optional.empty(), m.revision());
    }

    /** Everyone is inbrenger once before anyone is twice; gespreksleider and notulist rotate fairly ({@link RotationPlanner}). */
    private static List<MeetingRoles> plan(List<ParticipantId> members, int meetings) {
        if (members.size() < 2) {
            return java.util.Collections.nCopies(meetings, members.isEmpty() ? MeetingRoles.NONE
                    : new MeetingRoles(Optional.of(members.get(0)), Optional.empty(), Optional.empty()));
        }
        return new RotationPlanner().plan(members.stream().map(IntervisionService::key).toList(), meetings, List.of()).stream()
                .map(p -> new MeetingRoles(Optional.of(participant(p.inbrenger())), Optional.of(participant(p.gespreksleider())),
                        Optional.of(participant(p.notulist())).filter(n -> !p.notulist().equals(p.gespreksleider()))))
                .toList();
    }

    private nl.leerlijn.curriculum.IntervisionSettings settings(CohortId cohort) {
        return cohorts.programme(cohort).intervision();
    }

    /**
     * @param cohort a cohort
     * @return the group sizes its programme asks for
     */
    public SizeRange sizes(CohortId cohort) {
        nl.leerlijn.curriculum.GroupSizes sizes = settings(cohort).groupSizes();
        return new SizeRange(sizes.minimum(), sizes.preferredMinimum(), sizes.preferredMaximum(), sizes.maximum());
    }

    private int retentionDays(CohortId cohort) {
        return settings(cohort).caseRetentionDays();
    }

    private Instant reflectionDue(Meeting meeting, CohortId cohort) {
        return meeting.startsAt().atZone(zone).toLocalDate().plusDays(settings(cohort).reflectionDays()).atTime(23, 59)
                .atZone(zone).toInstant();
    }

    private Instant caseRemovedAfter(Meeting meeting, CohortId cohort) {
        return meeting.startsAt().plus(Duration.ofDays(retentionDays(cohort)));
    }

    /**
     * @param cohort a cohort
     * @return the prompts its programme gives for a reflection
     */
    public List<String> reflectionPrompts(CohortId cohort) {
        return settings(cohort).reflectionPrompts();
    }

    /**
     * @param cohort a cohort
     * @param step a thinking step of the case: question, lifeDomains, tried or groupQuestion
     * @return the prompts its programme gives for that step
     */
    public List<String> casePrompts(CohortId cohort, String step) {
        nl.leerlijn.curriculum.CasePrompts prompts = settings(cohort).casePrompts();
        return switch (step) {
            case "question" -> prompts.question();
            case "lifeDomains" -> prompts.lifeDomains();
            case "tried" -> prompts.tried();
            default -> prompts.groupQuestion();
        };
    }

    private List<String> lifeDomains(CohortId cohort) {
        return settings(cohort).lifeDomains();
    }
}
