package nl.leerlijn.web.praktijk;

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
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.praktijk.Duo;
import nl.leerlijn.praktijk.DuoId;
import nl.leerlijn.praktijk.DuoOverview;
import nl.leerlijn.praktijk.NotADuoException;
import nl.leerlijn.praktijk.OutcomeRow;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Profiles;
import nl.leerlijn.web.routing.CsvDownload;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.routing.Option;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * The kerndocent's praktijk page of a cohort: per duo assignment the proposed and confirmed duos, letting the group engine
 * propose duos, confirming them, putting participants together by hand; and the export of the reports' outcomes.
 */
public final class DuoPages implements RouteGroup {
    private static final Set<String> NOTICES = Set.of("proposed", "confirmed", "confirmedOne", "made");

    private final LeerlijnCore core;

    /** @param core the use cases */
    public DuoPages(LeerlijnCore core) {
        this.core = core;
    }

    /**
     * The page.
     *
     * @param cohortId the cohort
     * @param assignments one section per duo assignment
     * @param mayChange whether the viewer may form and confirm duos
     * @param notice a confirmation of the last action, or empty
     * @param problem why the last form was refused, or empty
     */
    public record DuosView(long cohortId, List<AssignmentDuos> assignments, boolean mayChange, String notice, String problem) {
    }

    /**
     * The duos of one assignment.
     *
     * @param key the assignment's key
     * @param title its title
     * @param duos every duo, proposed ones first
     * @param unpaired the names of active participants in no duo
     * @param proposed how many wait for confirmation
     * @param people the cohort's active participants, to put together by hand
     */
    public record AssignmentDuos(String key, String title, List<DuoRow> duos, List<String> unpaired, long proposed, List<Option> people) {
    }

    /**
     * One duo.
     *
     * @param id the duo
     * @param members each member's name, function and organisation
     * @param confirmed whether the kerndocent confirmed it
     * @param originKey message key of who proposed it
     * @param withWork whether it has shared work (it cannot be changed then)
     */
    public record DuoRow(long id, List<String> members, boolean confirmed, String originKey, boolean withWork) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cohorts/{cohortId}/duos", this::page),
                Route.post("/cohorts/{cohortId}/duos/{activity}/propose", this::propose),
                Route.post("/cohorts/{cohortId}/duos/{activity}/confirm", this::confirm),
                Route.post("/cohorts/{cohortId}/duos/{activity}/make", this::make),
                Route.get("/cohorts/{cohortId}/praktijk/uitkomsten.csv", this::outcomes));
    }

    private WebResult page(WebRequest request) {
        return duosPage(request, new CohortId(request.id("cohortId")), "", 200);
    }

    private WebResult duosPage(WebRequest request, CohortId id, String problem, int status) {
        Cohort cohort = core.cohorts().cohort(request.actor(), id);
        Messages messages = request.messages();
        List<AssignmentDuos> sections = new ArrayList<>();
        for (Activity assignment : core.practice().duoAssignments(request.actor(), id)) {
            DuoOverview overview = core.practice().duos(request.actor(), id, assignment.key());
            Map<ParticipantId, Participant> people = overview.participants().stream()
                    .collect(Collectors.toMap(Participant::id, Function.identity()));
            List<DuoRow> rows = overview.duos().stream().sorted(java.util.Comparator.comparing(Duo::confirmed))
                    .map(d -> new DuoRow(d.id().value(), d.members().stream().map(m -> Optional.ofNullable(people.get(m))
                            .map(p -> describe(p, messages)).orElse(messages.get("praktijk.duos.withdrawn"))).toList(), d.confirmed(),
                            "praktijk.duos.origin." + d.origin().name(), overview.withWork().contains(d.id())))
                    .toList();
            sections.add(new AssignmentDuos(assignment.key().value(), assignment.title(), rows,
                    overview.unpaired().stream().map(people::get).map(p -> describe(p, messages)).toList(),
                    overview.duos().stream().filter(d -> !d.confirmed()).count(),
                    overview.participants().stream().map(p -> new Option(Long.toString(p.id().value()), p.profile().displayName())).toList()));
        }
        boolean mayChange = core.access().in(id, request.actor()).mayFormGroups();
        return WebResult.Page.of("praktijk/duos.ftlh", "praktijk.duos.title", new DuosView(id.value(), sections, mayChange,
                request.notice("praktijk.duos.notice.", NOTICES), problem)).status(status).trail(Frames.cohort(cohort, messages))
                .in(Frames.cohortMenu(cohort, core.access().in(id, request.actor()), "/cohorts/" + id.value() + "/duos", messages));
    }

    private static String describe(Participant p, Messages messages) {
        return p.profile().displayName() + " – " + Profiles.function(p.profile(), messages) + ", " + p.profile().organisation().name();
    }

    private WebResult propose(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        try {
            core.practice().proposeDuos(request.actor(), id, request.activity("activity"), System.nanoTime());
        } catch (nl.leerlijn.grouping.ImpossibleGroupingException impossible) {
            return duosPage(request, id, request.messages().get("praktijk.duos.impossible"), 409);
        }
        return new WebResult.Redirect("/cohorts/" + id.value() + "/duos?notice=proposed");
    }

    private WebResult confirm(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        ActivityKey activity = request.activity("activity");
        List<DuoId> ids = request.raw().getParameterValues("duo") == null ? List.of()
                : java.util.Arrays.stream(request.raw().getParameterValues("duo")).filter(v -> v.matches("\\d{1,18}"))
                        .map(Long::parseLong).filter(v -> v > 0).map(DuoId::new).toList();
        boolean one = ids.size() == 1;
        if (ids.isEmpty()) {
            ids = core.practice().duos(request.actor(), id, activity).duos().stream().filter(d -> !d.confirmed()).map(Duo::id).toList();
        }
        int confirmed = core.practice().confirm(request.actor(), id, ids);
        return new WebResult.Redirect("/cohorts/" + id.value() + "/duos?notice=" + (one || confirmed == 1 ? "confirmedOne" : "confirmed"));
    }

    private WebResult make(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        ActivityKey activity = request.activity("activity");
        List<ParticipantId> members = new ArrayList<>();
        for (String field : List.of("first", "second", "third")) {
            request.parameter(field).filter(v -> v.matches("\\d{1,18}")).map(Long::parseLong).filter(v -> v > 0)
                    .map(ParticipantId::new).ifPresent(members::add);
        }
        try {
            core.practice().makeDuo(request.actor(), id, activity, members);
        } catch (NotADuoException notADuo) {
            return duosPage(request, id, request.messages().get("praktijk.duos.notADuo"), 400);
        }
        return new WebResult.Redirect("/cohorts/" + id.value() + "/duos?notice=made");
    }

    private WebResult outcomes(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        List<OutcomeRow> rows = core.practice().outcomeRows(request.actor(), id);
        Messages messages = request.messages();
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE;
        int measures = rows.stream().mapToInt(r -> r.outcomes().measures().size()).max().orElse(0);
        return CsvDownload.of("praktijk-uitkomsten-" + id.value() + ".csv", csv -> {
            List<Object> header = new ArrayList<>(List.of(messages.get("praktijk.csv.assignment"), messages.get("praktijk.csv.members"),
                    messages.get("praktijk.csv.functions"), messages.get("praktijk.csv.organisations"), messages.get("praktijk.csv.version"),
                    messages.get("praktijk.csv.handedIn"), messages.get("praktijk.csv.targetGroup"), messages.get("praktijk.csv.sessions"),
                    messages.get("praktijk.csv.reached")));
            for (int i = 1; i <= measures; i++) {
                header.add(messages.get("praktijk.csv.measure", i));
                header.add(messages.get("praktijk.csv.value", i));
            }
            header.addAll(List.of(messages.get("praktijk.csv.clientVoices"), messages.get("praktijk.csv.supervisor"),
                    messages.get("praktijk.csv.decision"), messages.get("praktijk.csv.decidedAt")));
            csv.add(header);
            for (OutcomeRow row : rows) {
                List<Object> cells = new ArrayList<>(List.of(row.assignment(),
                        row.members().stream().map(p -> p.profile().displayName()).collect(Collectors.joining(", ")),
                        row.members().stream().map(p -> Profiles.function(p.profile(), messages)).collect(Collectors.joining(", ")),
                        row.members().stream().map(p -> p.profile().organisation().name()).distinct().collect(Collectors.joining(", ")),
                        row.version(), day.format(row.handedInAt().atZone(core.zone())), row.outcomes().targetGroup()));
                cells.add(row.outcomes().sessions().isPresent() ? (Object) row.outcomes().sessions().getAsInt() : "");
                cells.add(row.outcomes().participantsReached().isPresent() ? (Object) row.outcomes().participantsReached().getAsInt() : "");
                for (int i = 0; i < measures; i++) {
                    boolean has = i < row.outcomes().measures().size();
                    cells.add(has ? row.outcomes().measures().get(i).name() : "");
                    cells.add(has ? row.outcomes().measures().get(i).value() : "");
                }
                cells.add(row.outcomes().clientVoices());
                cells.add(row.confirmation().map(c -> c.supervisor().name() + " (" + c.supervisor().organisation() + ", "
                        + c.supervisor().email() + ")").orElse(""));
                cells.add(row.confirmation().flatMap(c -> c.decision()).map(d -> messages.get("praktijk.decision." + d.name())).orElse(""));
                cells.add(row.confirmation().flatMap(c -> c.decidedAt()).map(t -> day.format(t.atZone(core.zone()))).orElse(""));
                csv.add(cells);
            }
        });
    }
}
