package nl.leerlijn.web.intervisie;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.attendance.AttendanceRegister;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.intervisie.CaseRefusedException;
import nl.leerlijn.intervisie.CaseText;
import nl.leerlijn.intervisie.Finding;
import nl.leerlijn.intervisie.IntervisionCase;
import nl.leerlijn.intervisie.Meeting;
import nl.leerlijn.intervisie.MeetingId;
import nl.leerlijn.intervisie.MeetingPage;
import nl.leerlijn.intervisie.MeetingRole;
import nl.leerlijn.intervisie.MeetingRoles;
import nl.leerlijn.intervisie.MyGroup;
import nl.leerlijn.intervisie.NamesToConfirmException;
import nl.leerlijn.intervisie.Reflection;
import nl.leerlijn.web.enrolment.Participations;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Places;
import nl.leerlijn.web.render.Profiles;
import nl.leerlijn.web.routing.ErrorView;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.routing.Link;
import nl.leerlijn.web.routing.Option;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * A participant's intervisie group and its meetings: the method's phases with their clock times (no script needed),
 * the roles, the inbrenger's case (checked by the anonymisation guard before it is stored), the notulist's notes,
 * presence confirmed by each member on the day and by the kerndocent afterwards, and reflections with the kerndocent's
 * answers.
 */
public final class MeetingPages implements RouteGroup {
    private static final Set<String> NOTICES = Set.of("caseSaved", "notesSaved", "present", "attendanceSaved", "reflectionSaved",
            "answered", "rolesSaved", "whenSaved", "swapAsked", "swapAccepted", "swapDeclined");
    private static final List<String> STEPS = List.of("question", "lifeDomains", "tried", "groupQuestion");

    private final LeerlijnCore core;

    /** @param core the use cases */
    public MeetingPages(LeerlijnCore core) {
        this.core = core;
    }

    /** A member of the group. */
    public record MemberView(long id, String name, String organisation, String function, boolean self, String role) {
    }

    /** A meeting in a list. */
    public record MeetingRow(long id, String title, String when, Places.Place place, String method, String ownRole, String roles,
            boolean past) {
    }

    /** The participant's own group. */
    public record MyGroupView(long cohortId, boolean published, String group, List<MemberView> members, List<MeetingRow> meetings,
            List<Option> cohorts, List<SwapOffer> offers, List<SwapAsked> asked, List<String> waiting, String notice) {
    }

    /** A turn of the participant's own as inbrenger still ahead, with the members they may ask to swap with. */
    public record SwapOffer(long meetingId, String title, List<Option> with) {
    }

    /** A request to the participant to swap turns. */
    public record SwapAsked(long id, String text) {
    }

    /** One phase of the method, with its clock times. */
    public record PhaseView(String title, String from, String until, int minutes, String speaker, List<String> prompts) {
    }

    /** A piece of a text the guard checked: plain, or marked with why. */
    public record Piece(String text, String mark) {
    }

    /** One thinking step of the case. */
    public record StepView(String name, String title, String text, List<String> prompts, List<Piece> pieces) {
    }

    /** A member's presence: their own confirmation and the kerndocent's. */
    public record PresenceView(long id, String name, String own, String confirmed, String confirmedKey) {
    }

    /** A reflection as the reader sees it. */
    public record ReflectionView(long author, String name, String text, String written, String answer, String answeredBy,
            String answeredAt) {
    }

    /** The meeting page. */
    public record MeetingView(long id, long cohortId, String title, String group, String when, Places.Place place, String method,
            String methodSummary, List<PhaseView> phases, List<MemberView> members, String inbrenger, String chair, String notetaker,
            boolean readsCases, boolean manages, boolean bringsCase, boolean takesNotes, boolean member, List<StepView> caseSteps,
            String caseState, String notes, String notesAt, boolean mayWriteNotes, int revision, List<PresenceView> presence,
            boolean mayConfirmOwn, boolean ownConfirmed, boolean mayConfirmAll, List<ReflectionView> reflections,
            boolean mayReflect, String ownReflection, String reflectionDue, List<String> reflectionPrompts, List<String> notWritten,
            String caseRemovedAfter, List<Option> memberOptions, String notice, Form form) {
    }

    /** The inbrenger's case form, with what the guard found. */
    public record CaseView(long meetingId, String title, List<StepView> steps, List<String> refused, List<String> names,
            boolean confirmNames, String lifeDomains, Form form) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/intervisie", this::myGroup),
                Route.get("/intervisie/meetings/{meetingId}", this::meeting),
                Route.get("/intervisie/meetings/{meetingId}/case", this::caseForm),
                Route.post("/intervisie/meetings/{meetingId}/case", this::saveCase),
                Route.post("/intervisie/meetings/{meetingId}/notes", this::saveNotes),
                Route.post("/intervisie/meetings/{meetingId}/presence", this::confirmOwn),
                Route.post("/intervisie/meetings/{meetingId}/attendance", this::confirmAll),
                Route.post("/intervisie/meetings/{meetingId}/reflection", this::reflect),
                Route.post("/intervisie/meetings/{meetingId}/reflections/{participantId}/answer", this::answer),
                Route.post("/intervisie/meetings/{meetingId}/roles", this::roles),
                Route.post("/intervisie/meetings/{meetingId}/when", this::when),
                Route.post("/intervisie/meetings/{meetingId}/swap", this::askSwap),
                Route.post("/intervisie/swaps/{swapId}/{answer}", this::answerSwap));
    }

    // ---------------------------------------------------------------- the own group

    private WebResult myGroup(WebRequest request) {
        Messages messages = request.messages();
        Optional<Participant> participant = Participations.chosen(core, request);
        if (participant.isEmpty()) {
            return WebResult.Page.of("error.ftlh", "intervision.mine.title", new ErrorView(200, "home.noCohorts", ""))
                    .trail(Frames.home(messages));
        }
        Participant p = participant.get();
        Optional<MyGroup> group = core.intervision().myGroup(request.actor(), p.cohortId());
        List<Option> cohorts = Participations.cohorts(core, request);
        if (group.isEmpty()) {
            return WebResult.Page.of("intervisie/my-group.ftlh", "intervision.mine.title", new MyGroupView(p.cohortId().value(), false, "",
                    List.of(), List.of(), cohorts, List.of(), List.of(), List.of(), "")).trail(Frames.home(messages));
        }
        MyGroup mine = group.get();
        DateTimeFormatter when = Dates.dayAndTime(request.locale());
        Map<ParticipantId, String> names = names(mine.members());
        List<MeetingRow> meetings = mine.meetings().stream().map(m -> row(m, mine, names, when, messages)).toList();
        List<MemberView> members = mine.members().stream().map(m -> new MemberView(m.id().value(), m.profile().displayName(),
                m.profile().organisation().name(), Profiles.function(m.profile(), messages), m.id().equals(mine.self()), "")).toList();
        Instant now = core.clock().instant();
        Map<nl.leerlijn.intervisie.MeetingId, Meeting> byId = new LinkedHashMap<>();
        mine.meetings().forEach(m -> byId.put(m.id(), m));
        List<Meeting> ahead = mine.meetings().stream().filter(m -> m.startsAt().isAfter(now)).toList();
        boolean active = p.isActive();
        List<SwapOffer> offers = !active ? List.of() : ahead.stream().filter(m -> m.roles().inbrenger().filter(mine.self()::equals).isPresent())
                .filter(m -> mine.swaps().stream().noneMatch(r -> r.mine().equals(m.id())))
                .map(m -> new SwapOffer(m.id().value(), m.title(), ahead.stream().filter(o -> !o.equals(m))
                        .flatMap(o -> o.roles().inbrenger().filter(x -> !x.equals(mine.self())).stream()
                                .map(x -> new Option(Long.toString(x.value()), messages.get("intervision.swap.option", names.get(x), o.title()))))
                        .filter(o -> mine.members().stream().anyMatch(x -> Long.toString(x.id().value()).equals(o.value()) && x.isActive()))
                        .toList()))
                .filter(o -> !o.with().isEmpty()).toList();
        List<SwapAsked> asked = mine.swaps().stream().filter(r -> r.askedOf().equals(mine.self()))
                .filter(r -> byId.containsKey(r.mine()) && byId.containsKey(r.theirs()))
                .map(r -> new SwapAsked(r.id(), messages.get("intervision.swap.asked", names.get(r.askedBy()), byId.get(r.mine()).title(),
                        byId.get(r.theirs()).title()))).toList();
        List<String> waiting = mine.swaps().stream().filter(r -> r.askedBy().equals(mine.self()))
                .filter(r -> byId.containsKey(r.mine()))
                .map(r -> messages.get("intervision.swap.waiting", names.get(r.askedOf()), byId.get(r.mine()).title())).toList();
        return WebResult.Page.of("intervisie/my-group.ftlh", "intervision.mine.title", new MyGroupView(p.cohortId().value(), true,
                messages.get("intervision.group", mine.group().number()), members, meetings, cohorts, offers, asked, waiting,
                request.notice("intervision.notice.", NOTICES))).trail(Frames.home(messages));
    }

    private MeetingRow row(Meeting m, MyGroup mine, Map<ParticipantId, String> names, DateTimeFormatter when, Messages messages) {
        String own = m.roles().of(mine.self()).map(r -> messages.get("intervision.role." + r.name())).orElse("");
        String method = Optional.ofNullable(mine.methods().get(m.activity())).map(x -> x.title()).orElse("");
        return new MeetingRow(m.id().value(), m.title(), when.format(m.startsAt().atZone(core.zone())), place(m, messages), method, own,
                roles(m.roles(), names, messages), m.endsAt().isBefore(core.clock().instant()));
    }

    private static String roles(MeetingRoles roles, Map<ParticipantId, String> names, Messages messages) {
        return messages.get("intervision.roles", roles.inbrenger().map(names::get).orElse("–"), roles.chair().map(names::get).orElse("–"),
                roles.notetaker().map(names::get).orElse("–"));
    }

    // ---------------------------------------------------------------- the meeting

    private WebResult meeting(WebRequest request) {
        return meetingPage(request, id(request), Form.initial(Map.of()), 200);
    }

    private WebResult meetingPage(WebRequest request, MeetingId id, Form form, int status) {
        Messages messages = request.messages();
        MeetingPage page = core.intervision().meeting(request.actor(), id);
        Meeting m = page.meeting();
        Instant now = core.clock().instant();
        DateTimeFormatter when = Dates.dayAndTime(request.locale());
        DateTimeFormatter clock = Dates.time(request.locale());
        Map<ParticipantId, String> names = names(page.members());
        List<PhaseView> phases = new ArrayList<>();
        String methodTitle = "";
        String summary = "";
        if (page.method().isPresent()) {
            var method = page.method().get();
            methodTitle = method.title();
            summary = method.summary();
            ZonedDateTime at = m.startsAt().atZone(core.zone());
            for (var phase : method.phases()) {
                ZonedDateTime end = at.plusMinutes(phase.minutes());
                phases.add(new PhaseView(phase.title(), clock.format(at), clock.format(end), phase.minutes(),
                        messages.get("intervision.speaker." + phase.speaker().name()), phase.prompts()));
                at = end;
            }
        }
        Optional<ParticipantId> self = page.self();
        boolean inbrenger = page.ownRole().filter(r -> r == MeetingRole.INBRENGER).isPresent();
        boolean notetaker = page.ownRole().filter(r -> r == MeetingRole.NOTETAKER).isPresent();
        List<MemberView> members = page.members().stream().map(p -> new MemberView(p.id().value(), p.profile().displayName(),
                p.profile().organisation().name(), Profiles.function(p.profile(), messages), self.filter(p.id()::equals).isPresent(),
                m.roles().of(p.id()).map(r -> messages.get("intervision.role." + r.name())).orElse(""))).toList();
        String caseState = "";
        List<StepView> steps = List.of();
        if (page.readsCases()) {
            if (page.intervisionCase().isEmpty()) {
                caseState = messages.get("intervision.case.none");
            } else {
                IntervisionCase c = page.intervisionCase().get();
                if (c.text().isEmpty()) {
                    caseState = messages.get("intervision.case.removed", when.format(c.removedAt().orElseThrow().atZone(core.zone())));
                } else {
                    steps = steps(m.cohort(), c.text().get(), Map.of(), messages);
                    caseState = messages.get("intervision.case.written", names.getOrDefault(c.author(), ""),
                            when.format(c.updatedAt().atZone(core.zone())));
                }
            }
        }
        boolean today = m.startsAt().atZone(core.zone()).toLocalDate().equals(now.atZone(core.zone()).toLocalDate());
        boolean started = !m.startsAt().isAfter(now);
        List<PresenceView> presence = page.readsCases() ? page.members().stream().map(p -> {
            Instant own = page.ownPresence().get(p.id());
            AttendanceRegister.Recorded recorded = page.confirmedPresence().get(p.id());
            return new PresenceView(p.id().value(), p.profile().displayName(), own == null ? "" : when.format(own.atZone(core.zone())),
                    recorded == null ? "" : messages.get("intervision.presence.recorded", messages.get("attendance." + recorded.presence().name()),
                            when.format(recorded.at().atZone(core.zone()))),
                    recorded == null ? (own == null ? "" : "PRESENT") : recorded.presence().name());
        }).toList() : List.of();
        List<ReflectionView> reflections = page.reflections().stream().map(r -> new ReflectionView(r.author().value(),
                names.getOrDefault(r.author(), ""), r.text(), when.format(r.updatedAt().atZone(core.zone())), r.answer().orElse(""),
                r.answeredBy().orElse(""), r.answeredAt().map(a -> when.format(a.atZone(core.zone()))).orElse(""))).toList();
        List<String> notWritten = page.manages() && started ? page.members().stream()
                .filter(p -> page.reflections().stream().noneMatch(r -> r.author().equals(p.id()))).map(p -> p.profile().displayName())
                .toList() : List.of();
        String ownReflection = self.flatMap(s -> page.reflections().stream().filter(r -> r.author().equals(s)).findFirst())
                .map(Reflection::text).orElse("");
        List<Option> memberOptions = new ArrayList<>();
        memberOptions.add(new Option("", messages.get("intervision.role.nobody")));
        page.members().forEach(p -> memberOptions.add(new Option(Long.toString(p.id().value()), p.profile().displayName())));
        Map<String, String> values = new LinkedHashMap<>(form.getValues());
        values.putIfAbsent("notes", m.notes().orElse(""));
        values.putIfAbsent("reflection", ownReflection);
        page.reflections().forEach(r -> r.answer().ifPresent(a -> values.putIfAbsent("answer-" + r.author().value(), a)));
        values.putIfAbsent("inbrenger", m.roles().inbrenger().map(p -> Long.toString(p.value())).orElse(""));
        values.putIfAbsent("chair", m.roles().chair().map(p -> Long.toString(p.value())).orElse(""));
        values.putIfAbsent("notetaker", m.roles().notetaker().map(p -> Long.toString(p.value())).orElse(""));
        values.putIfAbsent("date", m.ownTime() ? m.startsAt().atZone(core.zone()).toLocalDate().toString() : "");
        values.putIfAbsent("time", m.ownTime() ? clock.format(m.startsAt().atZone(core.zone())) : "");
        values.putIfAbsent("location", m.ownPlace() ? m.location().orElse("") : "");
        Form shown = Form.initial(values);
        form.getErrors().forEach(shown::reject);
        MeetingView view = new MeetingView(m.id().value(), m.cohort().value(), m.title(), messages.get("intervision.group", m.groupNumber()),
                messages.get("intervision.when", Dates.day(request.locale()).format(m.startsAt().atZone(core.zone())),
                        clock.format(m.startsAt().atZone(core.zone())), clock.format(m.endsAt().atZone(core.zone()))),
                place(m, messages), methodTitle, summary, phases, members,
                m.roles().inbrenger().map(names::get).orElse("–"), m.roles().chair().map(names::get).orElse("–"),
                m.roles().notetaker().map(names::get).orElse("–"), page.readsCases(), page.manages(), inbrenger && self.isPresent(),
                notetaker, self.isPresent(), steps, caseState, m.notes().orElse(""),
                m.notesAt().map(a -> when.format(a.atZone(core.zone()))).orElse(""), page.readsCases() && (notetaker || page.manages()),
                m.revision(), presence, self.isPresent() && today && !page.ownPresence().containsKey(self.get()),
                self.isPresent() && page.ownPresence().containsKey(self.get()), page.manages() && started, reflections,
                self.isPresent() && started, ownReflection, Dates.dayAndTime(request.locale()).format(page.reflectionDue().atZone(core.zone())),
                core.intervision().reflectionPrompts(m.cohort()), notWritten,
                Dates.day(request.locale()).format(page.caseRemovedAfter().atZone(core.zone())), memberOptions,
                request.notice("intervision.notice.", NOTICES), shown);
        List<Link> trail = page.manages() || self.isEmpty()
                ? Frames.then(Frames.cohort(core.cohorts().cohort(request.actor(), m.cohort()), messages), new Link(messages.get("intervision.groups.title"),
                        "/cohorts/" + m.cohort().value() + "/intervisie"))
                : Frames.then(Frames.home(messages), new Link(messages.get("intervision.mine.title"), "/intervisie?leergang=" + m.cohort().value()));
        return WebResult.Page.of("intervisie/meeting.ftlh", "intervision.meeting.title", view)
                .titled(messages.get("intervision.meeting.heading", m.title(), view.group())).status(status).trail(trail);
    }

    // ---------------------------------------------------------------- the case

    private WebResult caseForm(WebRequest request) {
        MeetingId id = id(request);
        MeetingPage page = core.intervision().caseToWrite(request.actor(), id);
        Map<String, String> values = new LinkedHashMap<>();
        page.intervisionCase().flatMap(IntervisionCase::text).ifPresent(t -> values.putAll(t.steps()));
        return casePage(request, page, Form.initial(values), Map.of(), List.of(), List.of(), false, 200);
    }

    private WebResult saveCase(WebRequest request) {
        MeetingId id = id(request);
        Form form = Form.of(request);
        CaseText text = new CaseText(form.value("question"), form.value("lifeDomains"), form.value("tried"), form.value("groupQuestion"));
        boolean confirmed = form.value("confirmNames").equals("yes");
        Messages messages = request.messages();
        if (text.groupQuestion().isEmpty()) {
            form.reject("groupQuestion", "intervision.case.groupQuestionRequired");
        }
        text.steps().forEach((step, value) -> {
            if (value.length() > (step.equals("groupQuestion") ? CaseText.MAX_GROUP_QUESTION : CaseText.MAX_STEP)) {
                form.reject(step, "form.tooLong");
            }
        });
        if (form.hasErrors()) {
            return casePage(request, core.intervision().meeting(request.actor(), id), form, Map.of(), List.of(), List.of(), false, 400);
        }
        try {
            core.intervision().saveCase(request.actor(), id, text, confirmed);
        } catch (CaseRefusedException e) {
            List<String> refused = new ArrayList<>();
            e.findings().forEach((field, list) -> list.stream().filter(Finding::refused).forEach(f -> refused.add(messages.get(
                    "intervision.guard.refused", messages.get("intervision.step." + field), messages.get("intervision.guard." + f.identifier().name())))));
            return casePage(request, core.intervision().meeting(request.actor(), id), form, e.findings(), refused, List.of(), false, 400);
        } catch (NamesToConfirmException e) {
            List<String> names = new ArrayList<>();
            Map<String, String> steps = text.steps();
            e.findings().forEach((field, list) -> list.forEach(f -> names.add(messages.get("intervision.guard.name",
                    steps.get(field).substring(f.start(), f.end()), messages.get("intervision.step." + field)))));
            return casePage(request, core.intervision().meeting(request.actor(), id), form, e.findings(), List.of(), names, true, 422);
        }
        return new WebResult.Redirect("/intervisie/meetings/" + id.value() + "?notice=caseSaved#case");
    }

    private WebResult casePage(WebRequest request, MeetingPage page, Form form, Map<String, List<Finding>> findings, List<String> refused,
            List<String> names, boolean confirmNames, int status) {
        Messages messages = request.messages();
        Map<String, String> typed = new LinkedHashMap<>();
        STEPS.forEach(s -> typed.put(s, form.value(s)));
        CaseText text = new CaseText(typed.get("question"), typed.get("lifeDomains"), typed.get("tried"), typed.get("groupQuestion"));
        List<StepView> steps = steps(page.meeting().cohort(), text, findings, messages);
        Meeting m = page.meeting();
        CaseView view = new CaseView(m.id().value(), messages.get("intervision.meeting.heading", m.title(),
                messages.get("intervision.group", m.groupNumber())), steps, refused, names, confirmNames,
                String.join(", ", page.lifeDomains()), form);
        return WebResult.Page.of("intervisie/case.ftlh", "intervision.case.title", view).status(status)
                .trail(Frames.then(Frames.then(Frames.home(messages), new Link(messages.get("intervision.mine.title"),
                        "/intervisie?leergang=" + m.cohort().value())), new Link(view.title(), "/intervisie/meetings/" + m.id().value())));
    }

    private List<StepView> steps(nl.leerlijn.cohort.CohortId cohort, CaseText text, Map<String, List<Finding>> findings, Messages messages) {
        Map<String, String> values = text.steps();
        return STEPS.stream().map(step -> new StepView(step, messages.get("intervision.step." + step), values.get(step),
                core.intervision().casePrompts(cohort, step), pieces(values.get(step), findings.getOrDefault(step, List.of()), messages)))
                .toList();
    }

    /** The text cut at what the guard found, so the template can mark each spot and say why. */
    static List<Piece> pieces(String text, List<Finding> findings, Messages messages) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Finding f : findings.stream().sorted(java.util.Comparator.comparingInt(Finding::start)).toList()) {
            if (f.start() < at || f.end() > text.length()) {
                continue;
            }
            if (f.start() > at) {
                pieces.add(new Piece(text.substring(at, f.start()), ""));
            }
            pieces.add(new Piece(text.substring(f.start(), f.end()), messages.get("intervision.guard." + f.identifier().name())));
            at = f.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), ""));
        }
        return pieces;
    }

    // ---------------------------------------------------------------- the other forms

    private WebResult saveNotes(WebRequest request) {
        MeetingId id = id(request);
        Form form = Form.of(request);
        int revision = revision(form);
        try {
            core.intervision().saveNotes(request.actor(), id, form.value("notes"), form.value("confirmNames").equals("yes"), revision);
        } catch (CaseRefusedException e) {
            form.reject("notes", "intervision.notes.refused");
            return meetingPage(request, id, form, 400);
        } catch (NamesToConfirmException e) {
            form.reject("notes", "intervision.notes.names");
            return meetingPage(request, id, withConfirm(form), 422);
        }
        return new WebResult.Redirect("/intervisie/meetings/" + id.value() + "?notice=notesSaved#notes");
    }

    private static Form withConfirm(Form form) {
        Map<String, String> values = new LinkedHashMap<>(form.getValues());
        values.put("askConfirm", "yes");
        Form shown = Form.initial(values);
        form.getErrors().forEach(shown::reject);
        return shown;
    }

    private WebResult confirmOwn(WebRequest request) {
        MeetingId id = id(request);
        core.intervision().confirmOwnPresence(request.actor(), id);
        return new WebResult.Redirect("/intervisie/meetings/" + id.value() + "?notice=present#presence");
    }

    private WebResult confirmAll(WebRequest request) {
        MeetingId id = id(request);
        MeetingPage page = core.intervision().meeting(request.actor(), id);
        Map<ParticipantId, Presence> presences = new LinkedHashMap<>();
        for (Participant p : page.members()) {
            request.choice("presence-" + p.id().value(), Set.of("PRESENT", "ABSENT", "EXCUSED"))
                    .ifPresent(v -> presences.put(p.id(), Presence.valueOf(v)));
        }
        core.intervision().confirmPresence(request.actor(), id, presences);
        return new WebResult.Redirect("/intervisie/meetings/" + id.value() + "?notice=attendanceSaved#presence");
    }

    private WebResult reflect(WebRequest request) {
        MeetingId id = id(request);
        Form form = Form.of(request);
        Optional<String> text = form.required("reflection", Reflection.MAX);
        if (text.isEmpty()) {
            return meetingPage(request, id, form, 400);
        }
        try {
            core.intervision().saveReflection(request.actor(), id, text.get());
        } catch (CaseRefusedException e) {
            form.reject("reflection", "intervision.reflection.refused");
            return meetingPage(request, id, form, 400);
        }
        return new WebResult.Redirect("/intervisie/meetings/" + id.value() + "?notice=reflectionSaved#reflections");
    }

    private WebResult answer(WebRequest request) {
        MeetingId id = id(request);
        ParticipantId author = new ParticipantId(request.id("participantId"));
        Form form = Form.of(request);
        Optional<String> text = form.required("answer-" + author.value(), Reflection.MAX_ANSWER);
        if (text.isEmpty()) {
            return meetingPage(request, id, form, 400);
        }
        core.intervision().answerReflection(request.actor(), id, author, text.get());
        return new WebResult.Redirect("/intervisie/meetings/" + id.value() + "?notice=answered#reflection-" + author.value());
    }

    private WebResult roles(WebRequest request) {
        MeetingId id = id(request);
        Form form = Form.of(request);
        MeetingRoles roles = new MeetingRoles(member(request, "inbrenger"), member(request, "chair"), member(request, "notetaker"));
        try {
            core.intervision().setRoles(request.actor(), id, roles, revision(form));
        } catch (nl.leerlijn.intervisie.GroupsChangedMeanwhileException e) {
            throw e;
        } catch (InvalidInputException e) {
            form.reject("inbrenger", "intervision.roles.distinct");
            return meetingPage(request, id, form, 400);
        }
        return new WebResult.Redirect("/intervisie/meetings/" + id.value() + "?notice=rolesSaved#roles");
    }

    private WebResult when(WebRequest request) {
        MeetingId id = id(request);
        Form form = Form.of(request);
        int revision = revision(form);
        Optional<Instant> start = Optional.empty();
        if (form.optional("date").isPresent() || form.optional("time").isPresent()) {
            Optional<java.time.LocalDate> date = form.date("date");
            Optional<java.time.LocalTime> time = Optional.empty();
            try {
                time = Optional.of(java.time.LocalTime.parse(form.value("time")));
            } catch (java.time.format.DateTimeParseException e) {
                form.reject("time", "form.invalidTime");
            }
            if (date.isPresent() && time.isPresent()) {
                start = Optional.of(date.get().atTime(time.get()).atZone(core.zone()).toInstant());
            }
        }
        if (form.value("location").length() > 300) {
            form.reject("location", "form.tooLong");
        }
        if (form.hasErrors()) {
            return meetingPage(request, id, form, 400);
        }
        core.intervision().setTimeAndPlace(request.actor(), id, start, form.optional("location"), revision);
        return new WebResult.Redirect("/intervisie/meetings/" + id.value() + "?notice=whenSaved#ll-main");
    }

    private WebResult askSwap(WebRequest request) {
        MeetingId id = id(request);
        ParticipantId with = member(request, "with").orElseThrow(() -> new InvalidInputException("Swap with whom?"));
        nl.leerlijn.intervisie.SwapRequest asked = core.intervision().askSwap(request.actor(), id, with);
        return new WebResult.Redirect("/intervisie?leergang=" + core.intervision().meeting(request.actor(), asked.mine()).meeting().cohort().value()
                + "&notice=swapAsked");
    }

    private WebResult answerSwap(WebRequest request) {
        long swap = request.id("swapId");
        String decision = request.pathParameters().getOrDefault("answer", "");
        if (!decision.equals("accept") && !decision.equals("decline")) {
            throw new nl.leerlijn.web.routing.PageNotFoundException(request.raw().getRequestURI());
        }
        core.intervision().answerSwap(request.actor(), swap, decision.equals("accept"));
        return new WebResult.Redirect("/intervisie?notice=" + (decision.equals("accept") ? "swapAccepted" : "swapDeclined"));
    }

    // ---------------------------------------------------------------- helpers

    private static Optional<ParticipantId> member(WebRequest request, String field) {
        return request.queryId(field).map(ParticipantId::new);
    }

    private static int revision(Form form) {
        String value = form.value("revision");
        if (!value.matches("\\d{1,9}")) {
            throw new InvalidInputException("No revision");
        }
        return Integer.parseInt(value);
    }

    private static MeetingId id(WebRequest request) {
        return new MeetingId(request.id("meetingId"));
    }

    private static Map<ParticipantId, String> names(List<Participant> members) {
        Map<ParticipantId, String> names = new LinkedHashMap<>();
        members.forEach(p -> names.put(p.id(), p.profile().displayName()));
        return names;
    }

    private static Places.Place place(Meeting m, Messages messages) {
        if (m.format().filter(f -> f == nl.leerlijn.curriculum.SessionFormat.ONLINE).isPresent()) {
            Optional<String> link = m.location().filter(Places::isWebAddress);
            return new Places.Place(link.isPresent() ? messages.get("place.online") : messages.get("place.onlineLinkFollows"), link.orElse(""));
        }
        return new Places.Place(m.location().orElse(""), "");
    }
}
