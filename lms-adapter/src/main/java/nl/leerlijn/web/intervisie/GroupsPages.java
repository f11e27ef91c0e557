package nl.leerlijn.web.intervisie;

import java.security.SecureRandom;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.grouping.FormedGroup;
import nl.leerlijn.grouping.Grouping;
import nl.leerlijn.grouping.ImpossibleGroupingException;
import nl.leerlijn.grouping.Score;
import nl.leerlijn.intervisie.GroupMember;
import nl.leerlijn.intervisie.GroupRound;
import nl.leerlijn.intervisie.GroupRule;
import nl.leerlijn.intervisie.GroupsOverview;
import nl.leerlijn.intervisie.HardRuleException;
import nl.leerlijn.intervisie.IntervisionGroup;
import nl.leerlijn.intervisie.Meeting;
import nl.leerlijn.intervisie.RuleKind;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Profiles;
import nl.leerlijn.web.routing.ConfirmView;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.routing.Link;
import nl.leerlijn.web.routing.Option;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * The kerndocent forms a cohort's intervisie groups: the engine proposes, every group says why, the scores stand next
 * to the best the cohort allows; she moves people with a plain form (no dragging), locks groups or people, forms the
 * rest again, adds pins and exclusions, and publishes.
 */
public final class GroupsPages implements RouteGroup {
    private static final Set<String> NOTICES = Set.of("formed", "moved", "locked", "unlocked", "published", "ruleAdded", "ruleRemoved", "replanned");
    private static final SecureRandom SEEDS = new SecureRandom();

    private final LeerlijnCore core;

    /** @param core the use cases */
    public GroupsPages(LeerlijnCore core) {
        this.core = core;
    }

    /** One member of a group on the kerndocent's page. */
    public record MemberView(long id, String name, String organisation, String function, boolean locked, boolean withdrawn,
            String moveLabel, List<Option> otherGroups) {
    }

    /** One group with its scores and reasons in words. */
    public record GroupView(long id, int number, String name, boolean locked, List<MemberView> members, String summary,
            List<String> reasons, List<MeetingLink> meetings, boolean rolesOfWithdrawn) {
    }

    /** A meeting of a published group. */
    public record MeetingLink(long id, String title, String when, String inbrenger) {
    }

    /** A pin or exclusion. */
    public record RuleView(long first, long second, String text) {
    }

    /** The whole page. */
    public record GroupsView(long cohortId, int participants, String state, int revision, long seed, int round, List<String> overall,
            List<GroupView> groups, List<RuleView> rules, List<Option> people, String notice, List<String> problems,
            String sizes) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cohorts/{cohortId}/intervisie", this::page),
                Route.post("/cohorts/{cohortId}/intervisie/form", this::form),
                Route.post("/cohorts/{cohortId}/intervisie/move", this::move),
                Route.post("/cohorts/{cohortId}/intervisie/lock", this::lock),
                Route.get("/cohorts/{cohortId}/intervisie/publish", this::confirmPublish),
                Route.post("/cohorts/{cohortId}/intervisie/publish", this::publish),
                Route.post("/cohorts/{cohortId}/intervisie/groups/{groupId}/roles", this::replan),
                Route.post("/cohorts/{cohortId}/intervisie/rules", this::addRule),
                Route.post("/cohorts/{cohortId}/intervisie/rules/remove", this::removeRule));
    }

    private WebResult page(WebRequest request) {
        return page(request, new CohortId(request.id("cohortId")), List.of(), 200);
    }

    private WebResult page(WebRequest request, CohortId id, List<String> problems, int status) {
        Messages messages = request.messages();
        GroupsOverview overview = core.intervision().groups(request.actor(), id);
        Cohort cohort = core.cohorts().cohort(request.actor(), id);
        Map<String, Participant> people = core.enrolment().participants(request.actor(), id).stream()
                .collect(Collectors.toMap(p -> Long.toString(p.id().value()), Function.identity()));
        Function<String, String> name = key -> Optional.ofNullable(people.get(key)).map(p -> p.profile().displayName()).orElse(key);
        List<GroupView> groups = new ArrayList<>();
        List<String> overall = List.of();
        String state = "none";
        int revision = 0;
        long seed = 0;
        int round = 0;
        if (overview.current().isPresent()) {
            GroupRound current = overview.current().get();
            Grouping scores = overview.scores().orElseThrow();
            state = current.published() ? "published" : "draft";
            revision = current.revision();
            seed = current.seed();
            round = current.number();
            overall = overall(scores.overall(), overview.earlierRounds(), messages);
            if (!current.published() && !scores.violations().isEmpty()) {
                List<String> all = new ArrayList<>(problems);
                scores.violations().forEach(v -> all.add(Explanations.violation(v, name, messages)));
                problems = all;
            }
            DateTimeFormatter when = Dates.dayAndTime(request.locale());
            for (int i = 0; i < current.groups().size(); i++) {
                IntervisionGroup group = current.groups().get(i);
                FormedGroup scored = scores.groups().get(i);
                String groupName = messages.get("intervision.group", group.number());
                List<Option> others = current.groups().stream().filter(g -> g.number() != group.number() && !g.locked())
                        .map(g -> new Option(Integer.toString(g.number()), messages.get("intervision.group", g.number()))).toList();
                List<MemberView> members = group.members().stream().map(m -> member(m, people, others, messages)).toList();
                List<MeetingLink> meetings = overview.meetings().stream().filter(m -> m.groupNumber() == group.number())
                        .map(m -> new MeetingLink(m.id().value(), m.title(), when.format(m.startsAt().atZone(core.zone())),
                                m.roles().inbrenger().map(p -> name.apply(Long.toString(p.value()))).orElse(""))).toList();
                java.time.Instant now = core.clock().instant();
                boolean rolesOfWithdrawn = overview.meetings().stream().filter(m -> m.groupNumber() == group.number())
                        .filter(m -> m.startsAt().isAfter(now)).flatMap(m -> java.util.stream.Stream.of(m.roles().inbrenger(),
                                m.roles().chair(), m.roles().notetaker())).flatMap(Optional::stream)
                        .anyMatch(p -> Optional.ofNullable(people.get(Long.toString(p.value()))).filter(x -> !x.isActive()).isPresent());
                groups.add(new GroupView(group.id().value(), group.number(), groupName, group.locked(), members,
                        summary(scored.score(), messages), scored.reasons().stream().map(r -> Explanations.reason(r, name, messages)).toList(),
                        meetings, rolesOfWithdrawn));
            }
        }
        List<RuleView> rules = overview.rules().stream().map(r -> new RuleView(r.first().value(), r.second().value(),
                messages.get(r.kind() == RuleKind.TOGETHER ? "intervision.rule.together" : "intervision.rule.apart",
                        name.apply(Long.toString(r.first().value())), name.apply(Long.toString(r.second().value()))))).toList();
        List<Option> options = overview.participants().stream().map(p -> new Option(Long.toString(p.id().value()), p.profile().displayName()
                + " (" + p.profile().organisation().name() + ")")).toList();
        nl.leerlijn.grouping.SizeRange sizes = core.intervision().sizes(id);
        GroupsView view = new GroupsView(id.value(), overview.participants().size(), state, revision, seed, round, overall, groups, rules,
                options, request.notice("intervision.notice.", NOTICES), problems,
                messages.get("intervision.sizes", sizes.preferredMin(), sizes.preferredMax(), sizes.min(), sizes.max()));
        return WebResult.Page.of("intervisie/groups.ftlh", "intervision.groups.title", view).status(status)
                .trail(Frames.cohort(cohort, messages))
                .in(Frames.cohortMenu(cohort, core.access().in(id, request.actor()), "/cohorts/" + id.value() + "/intervisie", messages));
    }

    private static MemberView member(GroupMember m, Map<String, Participant> people, List<Option> others, Messages messages) {
        Participant p = people.get(Long.toString(m.participant().value()));
        return new MemberView(m.participant().value(), p.profile().displayName(), p.profile().organisation().name(),
                Profiles.function(p.profile(), messages), m.locked(), !p.isActive(), messages.get("intervision.moveTo",
                p.profile().displayName()), p.isActive() ? others : List.of());
    }

    private static String summary(Score score, Messages messages) {
        return messages.get("intervision.groupSummary", score.smallest(), score.organisations(), score.functions());
    }

    private static List<String> overall(Score score, int earlierRounds, Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("intervision.score.organisations", score.organisations(), score.organisationsBound()));
        lines.add(messages.get("intervision.score.functions", score.functions(), score.functionsBound()));
        lines.add(messages.get("intervision.score.sizes", score.groups(), score.smallest(), score.largest()));
        if (earlierRounds > 0) {
            lines.add(messages.get("intervision.score.repeats", score.repeatPairs(), score.repeatPairsLowerBound(), earlierRounds));
        }
        lines.add(messages.get("intervision.score.hardRules"));
        return lines;
    }

    private WebResult form(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        Optional<Integer> revision = request.parameter("revision").filter(v -> v.matches("\\d{1,9}")).map(Integer::parseInt);
        long seed = request.parameter("seed").filter(v -> v.matches("-?\\d{1,18}")).map(Long::parseLong).orElseGet(SEEDS::nextLong);
        try {
            core.intervision().form(request.actor(), id, seed, revision);
        } catch (ImpossibleGroupingException e) {
            return refused(request, id, e.reasons());
        }
        return new WebResult.Redirect("/cohorts/" + id.value() + "/intervisie?notice=formed");
    }

    private WebResult move(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        long participant = request.queryId("participant").orElseThrow(() -> new nl.leerlijn.InvalidInputException("No participant"));
        int group = request.parameter("group").filter(v -> v.matches("\\d{1,3}")).map(Integer::parseInt)
                .orElseThrow(() -> new nl.leerlijn.InvalidInputException("No group"));
        try {
            core.intervision().move(request.actor(), id, new ParticipantId(participant), group, revision(request));
        } catch (HardRuleException e) {
            return refused(request, id, e.violations());
        }
        return new WebResult.Redirect("/cohorts/" + id.value() + "/intervisie?notice=moved#group-" + group);
    }

    private WebResult lock(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        boolean locked = request.choice("locked", Set.of("true", "false")).map(Boolean::parseBoolean)
                .orElseThrow(() -> new nl.leerlijn.InvalidInputException("Lock or unlock?"));
        Optional<Long> participant = request.queryId("participant");
        Optional<Integer> group = request.parameter("group").filter(v -> v.matches("\\d{1,3}")).map(Integer::parseInt);
        if (participant.isPresent()) {
            core.intervision().lockMember(request.actor(), id, new ParticipantId(participant.get()), locked, revision(request));
        } else {
            core.intervision().lockGroup(request.actor(), id, group.orElseThrow(() -> new nl.leerlijn.InvalidInputException("No group")),
                    locked, revision(request));
        }
        return new WebResult.Redirect("/cohorts/" + id.value() + "/intervisie?notice=" + (locked ? "locked" : "unlocked")
                + group.map(g -> "#group-" + g).orElse(""));
    }

    private WebResult confirmPublish(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        Messages messages = request.messages();
        GroupsOverview overview = core.intervision().groups(request.actor(), id);
        GroupRound draft = overview.current().filter(r -> !r.published())
                .orElseThrow(() -> new nl.leerlijn.intervisie.GroupsNotFormedException("publish"));
        Cohort cohort = core.cohorts().cohort(request.actor(), id);
        String path = "/cohorts/" + id.value() + "/intervisie";
        ConfirmView view = ConfirmView.of(messages.get("intervision.publish.question", draft.groups().size(), overview.participants().size()),
                List.of(messages.get("intervision.publish.members"), messages.get("intervision.publish.meetings")),
                path + "/publish", messages.get("intervision.publish"), path)
                .carrying(List.of(new ConfirmView.Hidden("revision", Integer.toString(draft.revision()))));
        return WebResult.Page.of("confirm.ftlh", "intervision.publish.title", view)
                .trail(Frames.then(Frames.cohort(cohort, messages), new Link(messages.get("intervision.groups.title"), path)));
    }

    private WebResult publish(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        try {
            core.intervision().publish(request.actor(), id, revision(request));
        } catch (HardRuleException e) {
            return refused(request, id, e.violations());
        }
        return new WebResult.Redirect("/cohorts/" + id.value() + "/intervisie?notice=published");
    }

    private WebResult replan(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        long group = request.id("groupId");
        core.intervision().replanRoles(request.actor(), id, new nl.leerlijn.intervisie.GroupId(group));
        return new WebResult.Redirect("/cohorts/" + id.value() + "/intervisie?notice=replanned");
    }

    private WebResult addRule(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        Optional<Long> first = request.queryId("first");
        Optional<Long> second = request.queryId("second");
        Optional<String> kind = request.choice("kind", Set.of("TOGETHER", "APART"));
        Messages messages = request.messages();
        if (first.isEmpty() || second.isEmpty() || kind.isEmpty() || first.equals(second)) {
            return page(request, id, List.of(messages.get("intervision.rule.invalid")), 400);
        }
        core.intervision().addRule(request.actor(), id, new GroupRule(new ParticipantId(first.get()), new ParticipantId(second.get()),
                RuleKind.valueOf(kind.get())));
        return new WebResult.Redirect("/cohorts/" + id.value() + "/intervisie?notice=ruleAdded#rules");
    }

    private WebResult removeRule(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        Optional<Long> first = request.queryId("first");
        Optional<Long> second = request.queryId("second");
        if (first.isEmpty() || second.isEmpty() || first.equals(second)) {
            throw new nl.leerlijn.InvalidInputException("Which rule?");
        }
        core.intervision().removeRule(request.actor(), id, new GroupRule(new ParticipantId(first.get()), new ParticipantId(second.get()),
                RuleKind.APART));
        return new WebResult.Redirect("/cohorts/" + id.value() + "/intervisie?notice=ruleRemoved#rules");
    }

    private WebResult refused(WebRequest request, CohortId id, List<nl.leerlijn.grouping.Violation> violations) {
        Messages messages = request.messages();
        Map<String, String> names = core.enrolment().participants(request.actor(), id).stream()
                .collect(Collectors.toMap(p -> Long.toString(p.id().value()), p -> p.profile().displayName()));
        List<String> problems = violations.stream().map(v -> Explanations.violation(v, k -> names.getOrDefault(k, k), messages)).toList();
        return page(request, id, problems, 400);
    }

    private static int revision(WebRequest request) {
        return request.parameter("revision").filter(v -> v.matches("\\d{1,9}")).map(Integer::parseInt)
                .orElseThrow(() -> new nl.leerlijn.InvalidInputException("No revision"));
    }
}
