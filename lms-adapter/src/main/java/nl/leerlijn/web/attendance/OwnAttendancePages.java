package nl.leerlijn.web.attendance;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.attendance.AttendanceService;
import nl.leerlijn.attendance.Judgement;
import nl.leerlijn.attendance.ParticipantAttendance;
import nl.leerlijn.attendance.ReplacementAssignment;
import nl.leerlijn.attendance.ReplacementId;
import nl.leerlijn.attendance.SelfConfirmation;
import nl.leerlijn.attendance.SessionCodeNotValidException;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.web.enrolment.Participations;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.ErrorView;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.routing.Link;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * The participant's own attendance ({@code /aanwezigheid}): confirming presence with the session code (typed, or through
 * the QR code's address {@code /aanwezig?code=}), reporting absence beforehand with a reason, and the replacement
 * assignments of missed sessions ({@code /vervangende-opdrachten/{id}}), which the kerndocent judges on the same page.
 */
public final class OwnAttendancePages implements RouteGroup {
    private static final Set<String> NOTICES = Set.of("confirmed", "reported", "withdrawn", "handedIn", "judged");
    private static final String CODE = "code";
    private static final String REASON = "reason";
    private static final String TEXT = "text";
    private static final String FEEDBACK = "feedback";

    private final LeerlijnCore core;

    /** @param core the use cases */
    public OwnAttendancePages(LeerlijnCore core) {
        this.core = core;
    }

    /** The participant's attendance page. */
    public record OwnView(long cohortId, long participantId, String cohortName, Form form, String notice, List<SessionView> sessions,
            List<ReplacementLine> replacements, boolean active, String reasonFor, String standing) {
    }

    /** One session of the participant's cohort. */
    public record SessionView(String key, String title, String when, String presence, String self, String notice, boolean listConfirmed,
            boolean mayReport, boolean past, long replacementId) {
    }

    /** A replacement assignment in the participant's list. */
    public record ReplacementLine(long id, String session, String due, String state) {
    }

    /** The page the QR code opens: the code filled in, the session it opens, one button to confirm. */
    public record QrView(String code, String session, String when) {
    }

    /** A replacement assignment, for the participant or the kerndocent. */
    public record ReplacementView(long id, String participantName, String session, String description, String due, String state,
            String text, String handedInAt, boolean late, String feedback, String judgedBy, boolean mayHandIn, boolean mayJudge,
            Form form, String notice, String back) {
    }

    /** The kerndocent's list of a cohort's replacement assignments. */
    public record CohortReplacementsView(long cohortId, List<CohortReplacement> replacements) {
    }

    /** One replacement assignment in the kerndocent's list. */
    public record CohortReplacement(long id, String name, String session, String due, String state, boolean waiting) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/aanwezigheid", this::page),
                Route.post("/aanwezigheid/bevestigen", this::confirm),
                Route.get("/aanwezig", this::qr),
                Route.post("/aanwezigheid/{participantId}/{activity}/afmelden", this::report),
                Route.post("/aanwezigheid/{participantId}/{activity}/afmelding-intrekken", this::withdraw),
                Route.get("/vervangende-opdrachten/{replacementId}", this::replacement),
                Route.post("/vervangende-opdrachten/{replacementId}/inleveren", this::handIn),
                Route.post("/vervangende-opdrachten/{replacementId}/beoordelen", this::judge),
                Route.get("/cohorts/{cohortId}/vervangende-opdrachten", this::cohortReplacements));
    }

    private WebResult page(WebRequest request) {
        return ownPage(request, Participations.chosen(core, request), Form.of(request), "", 200);
    }

    private WebResult ownPage(WebRequest request, Optional<Participant> participant, Form form, String reasonFor, int status) {
        Messages messages = request.messages();
        if (participant.isEmpty()) {
            return WebResult.Page.of("error.ftlh", "attendance.own.title", new ErrorView(200, "home.noCohorts", "")).trail(Frames.home(messages));
        }
        Participant p = participant.get();
        ParticipantAttendance own = core.attendance().of(request.actor(), p.id());
        DateTimeFormatter format = Dates.dayAndTime(messages.locale());
        DateTimeFormatter day = Dates.day(messages.locale());
        List<SessionView> sessions = own.sessions().stream().map(s -> new SessionView(s.session().activity().value(), s.session().title(),
                format.format(s.session().at().atZone(core.zone())),
                s.presence().map(x -> messages.get("attendance." + x.name())).orElse(""),
                s.self().map(x -> format.format(x.at().atZone(core.zone()))).orElse(""), s.notice().map(n -> n.reason()).orElse(""),
                s.listConfirmed(), p.isActive() && s.mayReportAbsence(own.now()), !own.now().isBefore(s.session().at()),
                s.replacement().map(r -> r.id().value()).orElse(0L))).toList();
        List<ReplacementLine> replacements = own.replacements().stream().map(r -> new ReplacementLine(r.id().value(),
                title(own, r), day.format(r.dueAt().atZone(core.zone())), AttendancePages.replacementState(r, core.clock().instant()))).toList();
        nl.leerlijn.progress.AttendanceStanding attendance = core.progress().participantProgress(request.actor(), p.id()).attendance();
        String warning = nl.leerlijn.web.progress.Describe.attendanceWarning(attendance, messages);
        String standing = (warning.isEmpty() ? messages.get("attendance.own.standing", attendance.counted(), attendance.held(),
                attendance.required(), attendance.sessions(), attendance.replaced()) : warning)
                + (attendance.replaceable() > 0 ? " " + messages.get("attendance.own.replaceable", attendance.replaceable()) : "");
        OwnView view = new OwnView(p.cohortId().value(), p.id().value(), cohortName(request, p), form, request.notice("attendance.own.notice.", NOTICES),
                sessions, replacements, p.isActive(), reasonFor, standing);
        return WebResult.Page.of("attendance/own.ftlh", "attendance.own.title", view).status(status).trail(Frames.home(messages));
    }

    private String cohortName(WebRequest request, Participant p) {
        return core.cohorts().cohortsOf(request.actor()).stream().filter(m -> m.cohort().id().equals(p.cohortId()))
                .map(m -> m.cohort().name()).findFirst().orElse("");
    }

    private static String title(ParticipantAttendance own, ReplacementAssignment r) {
        return own.sessions().stream().filter(s -> s.session().activity().equals(r.session())).map(s -> s.session().title()).findFirst()
                .orElse(r.session().value());
    }

    private WebResult confirm(WebRequest request) {
        Form form = Form.of(request);
        Optional<String> code = form.required(CODE, 20);
        boolean qr = request.parameter("via").filter("qr"::equals).isPresent();
        if (code.isPresent()) {
            try {
                ScheduleItem session = core.attendance().confirmPresence(request.actor(), code.get(),
                        qr ? SelfConfirmation.Via.QR : SelfConfirmation.Via.CODE);
                return new WebResult.Redirect("/aanwezigheid?leergang=" + session.cohortId().value() + "&notice=confirmed#session-"
                        + session.activity().value());
            } catch (SessionCodeNotValidException e) {
                form.reject(CODE, "attendance.own.codeInvalid");
            }
        } else {
            form.reject(CODE, "attendance.own.codeMissing");
        }
        return ownPage(request, Participations.chosen(core, request), form, "", 400);
    }

    private WebResult qr(WebRequest request) {
        String code = AttendanceService.normalizeCode(request.parameter(CODE).orElse(""));
        if (!code.matches("[A-Z0-9]{6}")) {
            code = "";
        }
        Optional<ScheduleItem> session = code.isEmpty() ? Optional.empty() : core.attendance().sessionOfCode(request.actor(), code);
        return WebResult.Page.of("attendance/qr.ftlh", "attendance.own.confirmTitle", new QrView(session.isPresent() ? code : "",
                session.map(ScheduleItem::title).orElse(""), session.map(i -> Dates.dayAndTime(request.locale()).format(i.at().atZone(core.zone())))
                        .orElse(""))).trail(Frames.home(request.messages()));
    }

    private WebResult report(WebRequest request) {
        ParticipantId id = new ParticipantId(request.id("participantId"));
        String activity = request.activity("activity").value();
        Form form = Form.of(request);
        Optional<String> reason = form.required(REASON, AttendanceService.MAX_REASON);
        reason.filter(r -> r.strip().length() < 3).ifPresent(r -> form.reject(REASON, "attendance.own.reasonShort"));
        if (form.hasErrors()) {
            return ownPage(request, core.enrolment().participationsOf(request.actor()).stream().filter(p -> p.id().equals(id)).findFirst(),
                    form, activity, 400);
        }
        core.attendance().reportAbsence(request.actor(), id, request.activity("activity"), reason.get());
        return redirectOwn(request, id, "reported", activity);
    }

    private WebResult withdraw(WebRequest request) {
        ParticipantId id = new ParticipantId(request.id("participantId"));
        core.attendance().withdrawAbsence(request.actor(), id, request.activity("activity"));
        return redirectOwn(request, id, "withdrawn", request.activity("activity").value());
    }

    private WebResult redirectOwn(WebRequest request, ParticipantId id, String notice, String activity) {
        long cohort = core.enrolment().participationsOf(request.actor()).stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> p.cohortId().value()).orElse(0L);
        return new WebResult.Redirect("/aanwezigheid?leergang=" + cohort + "&notice=" + notice + "#session-" + activity);
    }

    private WebResult replacement(WebRequest request) {
        return replacementPage(request, Form.of(request), 200);
    }

    private WebResult replacementPage(WebRequest request, Form form, int status) {
        ReplacementId id = new ReplacementId(request.id("replacementId"));
        ReplacementAssignment r = core.attendance().replacement(request.actor(), id);
        Messages messages = request.messages();
        ParticipantAttendance attendance = core.attendance().of(request.actor(), r.participant());
        Participant participant = attendance.participant();
        nl.leerlijn.access.Permissions permissions = core.access().in(participant.cohortId(), request.actor());
        boolean own = permissions.isOwn(participant.id());
        DateTimeFormatter format = Dates.dayAndTime(messages.locale());
        String session = title(attendance, r);
        String back = own ? "/aanwezigheid?leergang=" + participant.cohortId().value()
                : "/cohorts/" + participant.cohortId().value() + "/vervangende-opdrachten";
        if (!form.getValues().containsKey(TEXT) && r.text().isPresent() && own) {
            form = Form.initial(java.util.Map.of(TEXT, r.text().get()));
        }
        ReplacementView view = new ReplacementView(id.value(), participant.profile().displayName(), session, r.description(),
                format.format(r.dueAt().atZone(core.zone())), AttendancePages.replacementState(r, core.clock().instant()), r.text().orElse(""),
                r.handedInAt().map(at -> format.format(at.atZone(core.zone()))).orElse(""), r.late(), r.feedback(),
                r.judgedBy().orElse(""), own && r.mayHandIn() && participant.isActive(), permissions.mayManage() && r.waitingForJudgement(), form,
                request.notice("attendance.own.notice.", NOTICES), back);
        return WebResult.Page.of("attendance/replacement.ftlh", "replacement.title", view).status(status)
                .trail(Frames.then(Frames.home(messages), new Link(messages.get(own ? "attendance.own.title" : "replacement.list.title"), back)));
    }

    private WebResult handIn(WebRequest request) {
        Form form = Form.of(request);
        Optional<String> text = form.required(TEXT, AttendanceService.MAX_TEXT);
        if (form.hasErrors()) {
            return replacementPage(request, form, 400);
        }
        ReplacementId id = new ReplacementId(request.id("replacementId"));
        core.attendance().handInReplacement(request.actor(), id, text.get());
        return new WebResult.Redirect("/vervangende-opdrachten/" + id.value() + "?notice=handedIn");
    }

    private WebResult judge(WebRequest request) {
        Form form = Form.of(request);
        Optional<Judgement> judgement = form.choice("judgement", Judgement.class);
        String feedback = form.value(FEEDBACK).strip();
        if (feedback.length() > AttendanceService.MAX_FEEDBACK) {
            form.reject(FEEDBACK, "replacement.feedbackLong");
        }
        if (judgement.filter(Judgement.ONVOLDOENDE::equals).isPresent() && feedback.isEmpty()) {
            form.reject(FEEDBACK, "replacement.feedbackNeeded");
        }
        if (form.hasErrors()) {
            return replacementPage(request, form, 400);
        }
        ReplacementId id = new ReplacementId(request.id("replacementId"));
        core.attendance().judgeReplacement(request.actor(), id, judgement.get(), feedback);
        return new WebResult.Redirect("/vervangende-opdrachten/" + id.value() + "?notice=judged");
    }

    private WebResult cohortReplacements(WebRequest request) {
        CohortId cohortId = new CohortId(request.id("cohortId"));
        List<ReplacementAssignment> all = core.attendance().replacements(request.actor(), cohortId);
        Cohort cohort = core.cohorts().cohort(request.actor(), cohortId);
        Messages messages = request.messages();
        java.util.Map<ParticipantId, String> names = new java.util.HashMap<>();
        core.enrolment().participants(request.actor(), cohortId).forEach(p -> names.put(p.id(), p.profile().displayName()));
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        core.schedule().cohortSchedule(request.actor(), cohortId).forEach(i -> titles.put(i.activity().value(), i.title()));
        DateTimeFormatter day = Dates.day(messages.locale());
        List<CohortReplacement> rows = all.stream().map(r -> new CohortReplacement(r.id().value(), names.getOrDefault(r.participant(), ""),
                titles.getOrDefault(r.session().value(), r.session().value()), day.format(r.dueAt().atZone(core.zone())),
                AttendancePages.replacementState(r, core.clock().instant()), r.waitingForJudgement())).toList();
        String path = "/cohorts/" + cohortId.value() + "/vervangende-opdrachten";
        return WebResult.Page.of("attendance/replacements.ftlh", "replacement.list.title", new CohortReplacementsView(cohortId.value(), rows))
                .trail(Frames.cohort(cohort, messages)).in(Frames.cohortMenu(cohort, core.access().in(cohortId, request.actor()), path, messages));
    }
}
