package nl.leerlijn.web.attendance;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.attendance.ReplacementAssignment;
import nl.leerlijn.attendance.SessionAttendance;
import nl.leerlijn.attendance.SessionCode;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.schedule.ScheduleItemId;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Places;
import nl.leerlijn.web.render.QrCodes;
import nl.leerlijn.web.routing.CsvDownload;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.routing.Link;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * The kerndocent's presence list of a session: the session code (with its QR code) participants confirm with, the list
 * itself ("iedereen aanwezig", then the exceptions, with afmeldingen and the participants' own confirmations beside
 * it), the confirmation of the list within its window, and the list as PDF and CSV for a subsidy or register check.
 */
public final class AttendancePages implements RouteGroup {
    private static final Set<String> NOTICES = Set.of("saved", "allPresent", "confirmed", "codeClosed");

    private final LeerlijnCore core;
    private final java.util.Optional<java.net.URI> baseUrl;

    /**
     * @param core the use cases
     * @param baseUrl the address people reach Leerlijn at (the QR code holds it); without it the code is shown alone
     */
    public AttendancePages(LeerlijnCore core, java.util.Optional<java.net.URI> baseUrl) {
        this.core = core;
        this.baseUrl = baseUrl;
    }

    /** The presence list with its code and confirmation. */
    public record AttendanceView(long cohortId, long itemId, String cohortName, String title, String when, Places.Place place,
            List<Row> rows, List<String> choices, int recorded, String notice, String code, String codeCloses, boolean codeOpen,
            boolean mayOpenCode, String codeFrom, String confirmedAt, String confirmedBy, String confirmUntil, boolean editable, boolean confirmable,
            boolean begun, long unrecorded, int selfConfirmed) {
    }

    /** A participant with what is recorded ({@code recorded} is a presence name or empty; times are formatted or empty). */
    public record Row(long id, String name, String organisation, String recorded, String selfConfirmed, String via, String notice,
            String replacementState, long replacementId) {
    }

    /** The session code as the kerndocent shows it on a screen. */
    public record CodeView(long cohortId, long itemId, String title, String when, String code, String spaced, String closes,
            String address, String qrPath, int qrSize) {
    }

    /** The presence list as a document: the proof a subsidy or register check asks for. */
    public record ListDocument(String programme, String cohortName, String title, String when, String place, String confirmedAt,
            String confirmedBy, String printedAt, List<DocumentRow> rows, long present, long bothConfirmed, long excused, long absent,
            long unrecorded) {
    }

    /** One participant on the presence list document. */
    public record DocumentRow(String name, String organisation, String function, String presence, String selfConfirmed,
            String recordedAt, String notice) {
    }

    @Override
    public List<Route> routes() {
        String list = "/cohorts/{cohortId}/schedule/{itemId}/attendance";
        return List.of(
                Route.get(list, this::form),
                Route.post(list, this::save),
                Route.post(list + "/all-present", this::allPresent),
                Route.post(list + "/code", this::openCode),
                Route.get(list + "/code", this::code),
                Route.post(list + "/code/close", this::closeCode),
                Route.post(list + "/confirm", this::confirm),
                Route.get(list + ".csv", this::csv),
                Route.get(list + ".pdf", this::pdf));
    }

    private WebResult form(WebRequest request) {
        CohortId cohortId = new CohortId(request.id("cohortId"));
        SessionAttendance session = core.attendance().session(request.actor(), cohortId, new ScheduleItemId(request.id("itemId")));
        Cohort cohort = core.cohorts().cohort(request.actor(), cohortId);
        Messages messages = request.messages();
        DateTimeFormatter format = Dates.dayAndTime(messages.locale());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", messages.locale());
        List<Row> rows = session.rows().stream().map(r -> new Row(r.participant().id().value(), r.participant().profile().displayName(),
                r.participant().profile().organisation().name(), r.presence().map(Enum::name).orElse(""),
                r.self().map(s -> time.format(s.at().atZone(core.zone()))).orElse(""),
                r.self().map(s -> s.via().name()).orElse(""), r.notice().map(n -> n.reason()).orElse(""),
                r.replacement().map(x -> replacementState(x, session.now())).orElse(""),
                r.replacement().map(x -> x.id().value()).orElse(0L))).toList();
        Optional<SessionCode> code = session.code().filter(c -> c.openAt(session.now()));
        AttendanceView view = new AttendanceView(cohortId.value(), session.session().id().value(), cohort.name(), session.session().title(),
                format.format(session.session().at().atZone(core.zone())), Places.of(session.session(), messages), rows,
                List.of(Presence.PRESENT.name(), Presence.ABSENT.name(), Presence.EXCUSED.name()),
                (int) rows.stream().filter(r -> !r.recorded().isEmpty()).count(), request.notice("attendance.notice.", NOTICES),
                code.map(SessionCode::code).orElse(""), code.map(c -> time.format(c.closesAt().atZone(core.zone()))).orElse(""),
                code.isPresent(), session.mayOpenCode(), format.format(session.codeFrom().atZone(core.zone())),
                session.confirmation().map(c -> format.format(c.at().atZone(core.zone()))).orElse(""),
                session.confirmation().map(c -> c.byName()).orElse(""), format.format(session.confirmUntil().atZone(core.zone())),
                session.editable(), session.confirmable(), session.begun(), session.unrecorded(), (int) rows.stream().filter(r -> !r.selfConfirmed().isEmpty()).count());
        return WebResult.Page.of("attendance/attendance.ftlh", "attendance.title", view).trail(Frames.then(Frames.cohort(cohort, messages),
                new Link(messages.get("schedule.title"), "/cohorts/" + cohortId.value() + "/schedule")))
                .in(Frames.cohortMenu(cohort, core.access().in(cohortId, request.actor()), "/cohorts/" + cohortId.value() + "/schedule",
                        messages));
    }

    /**
     * @param r a replacement assignment
     * @param now the moment to judge at
     * @return a message key for its state
     */
    public static String replacementState(ReplacementAssignment r, Instant now) {
        if (r.counts()) {
            return "replacement.state.VOLDOENDE";
        }
        if (r.waitingForJudgement()) {
            return "replacement.state.HANDED_IN";
        }
        if (r.judgement().isPresent()) {
            return "replacement.state.ONVOLDOENDE";
        }
        return now.isAfter(r.dueAt()) ? "replacement.state.OVERDUE" : "replacement.state.OPEN";
    }

    private String listPath(WebRequest request) {
        return "/cohorts/" + request.id("cohortId") + "/schedule/" + request.id("itemId") + "/attendance";
    }

    private WebResult save(WebRequest request) {
        CohortId cohort = new CohortId(request.id("cohortId"));
        ScheduleItemId item = new ScheduleItemId(request.id("itemId"));
        Map<ParticipantId, Presence> presences = new HashMap<>();
        request.raw().getParameterMap().forEach((name, values) -> {
            if (name.matches("p-\\d{1,18}") && values.length > 0) {
                for (Presence presence : Presence.values()) {
                    if (presence.name().equals(values[0])) {
                        presences.put(new ParticipantId(Long.parseLong(name.substring(2))), presence);
                    }
                }
            }
        });
        core.attendance().record(request.actor(), cohort, item, presences);
        return new WebResult.Redirect(listPath(request) + "?notice=saved");
    }

    private WebResult allPresent(WebRequest request) {
        core.attendance().recordOthersPresent(request.actor(), new CohortId(request.id("cohortId")), new ScheduleItemId(request.id("itemId")));
        return new WebResult.Redirect(listPath(request) + "?notice=allPresent");
    }

    private WebResult openCode(WebRequest request) {
        core.attendance().openCode(request.actor(), new CohortId(request.id("cohortId")), new ScheduleItemId(request.id("itemId")));
        return new WebResult.Redirect(listPath(request) + "/code");
    }

    private WebResult closeCode(WebRequest request) {
        core.attendance().closeCode(request.actor(), new CohortId(request.id("cohortId")), new ScheduleItemId(request.id("itemId")));
        return new WebResult.Redirect(listPath(request) + "?notice=codeClosed");
    }

    private WebResult confirm(WebRequest request) {
        core.attendance().confirmList(request.actor(), new CohortId(request.id("cohortId")), new ScheduleItemId(request.id("itemId")));
        return new WebResult.Redirect(listPath(request) + "?notice=confirmed");
    }

    private WebResult code(WebRequest request) {
        CohortId cohortId = new CohortId(request.id("cohortId"));
        SessionAttendance session = core.attendance().session(request.actor(), cohortId, new ScheduleItemId(request.id("itemId")));
        if (!session.codeOpen()) {
            return new WebResult.Redirect(listPath(request));
        }
        SessionCode code = session.code().orElseThrow();
        Messages messages = request.messages();
        String address = address(baseUrl, "/aanwezig?code=" + code.code()).orElse("");
        CodeView view = new CodeView(cohortId.value(), session.session().id().value(), session.session().title(),
                Dates.dayAndTime(messages.locale()).format(session.session().at().atZone(core.zone())), code.code(),
                code.code().substring(0, 3) + " " + code.code().substring(3),
                DateTimeFormatter.ofPattern("HH:mm", messages.locale()).format(code.closesAt().atZone(core.zone())), address,
                address.isEmpty() ? "" : QrCodes.path(address), address.isEmpty() ? 0 : QrCodes.size(address));
        Cohort cohort = core.cohorts().cohort(request.actor(), cohortId);
        return WebResult.Page.of("attendance/code.ftlh", "attendance.code.title", view).trail(Frames.then(Frames.cohort(cohort, messages),
                new Link(messages.get("attendance.title"), listPath(request))));
    }

    /**
     * @param baseUrl the configured address people reach Leerlijn at; never taken from the request's {@code Host} header
     * @param path a path under the servlet
     * @return the address of a page as a phone or a reader outside the LMS opens it; empty without a configured address
     */
    public static java.util.Optional<String> address(java.util.Optional<java.net.URI> baseUrl, String path) {
        return baseUrl.map(u -> u.toString() + path);
    }

    private ListDocument document(WebRequest request, Locale locale) {
        CohortId cohortId = new CohortId(request.id("cohortId"));
        SessionAttendance session = core.attendance().session(request.actor(), cohortId, new ScheduleItemId(request.id("itemId")));
        Cohort cohort = core.cohorts().cohort(request.actor(), cohortId);
        Messages messages = Messages.of(locale);
        DateTimeFormatter format = Dates.dayAndTime(locale);
        List<DocumentRow> rows = new ArrayList<>();
        for (SessionAttendance.Row r : session.rows()) {
            rows.add(new DocumentRow(r.participant().profile().displayName(), r.participant().profile().organisation().name(),
                    nl.leerlijn.web.render.Profiles.function(r.participant().profile(), messages),
                    r.presence().map(p -> messages.get("attendance." + p.name())).orElse(messages.get("attendance.unrecorded")),
                    r.self().map(s -> format.format(s.at().atZone(core.zone()))).orElse(""),
                    r.recordedAt().map(at -> format.format(at.atZone(core.zone()))).orElse(""),
                    r.notice().map(n -> format.format(n.reportedAt().atZone(core.zone()))).orElse("")));
        }
        return new ListDocument(cohort.programmeTitle(), cohort.name(), session.session().title(),
                format.format(session.session().at().atZone(core.zone())) + " – "
                        + DateTimeFormatter.ofPattern("HH:mm", locale).format(session.session().endsAt().orElseThrow().atZone(core.zone())),
                Places.of(session.session(), messages).text(),
                session.confirmation().map(c -> format.format(c.at().atZone(core.zone()))).orElse(""),
                session.confirmation().map(c -> c.byName()).orElse(""), format.format(Instant.now(core.clock()).atZone(core.zone())), rows,
                count(session, Presence.PRESENT), session.rows().stream().filter(SessionAttendance.Row::confirmedByBoth).count(),
                count(session, Presence.EXCUSED), count(session, Presence.ABSENT), session.unrecorded());
    }

    private static long count(SessionAttendance session, Presence presence) {
        return session.rows().stream().filter(r -> r.presence().filter(presence::equals).isPresent()).count();
    }

    private WebResult pdf(WebRequest request) {
        ListDocument document = document(request, request.locale());
        return new WebResult.Pdf("attendance/presence-list-pdf.ftlh", document, "presentielijst-" + request.id("cohortId") + "-"
                + request.id("itemId") + ".pdf", request.locale());
    }

    private WebResult csv(WebRequest request) {
        Messages messages = request.messages();
        ListDocument document = document(request, request.locale());
        return CsvDownload.of("presentielijst-" + request.id("cohortId") + "-" + request.id("itemId") + ".csv", csv -> {
            csv.add(messages.get("attendance.csv.session"), document.title(), document.when(), document.place());
            csv.add(messages.get("attendance.csv.confirmedBy"), document.confirmedBy(), document.confirmedAt());
            csv.add(messages.get("attendance.csv.name"), messages.get("attendance.csv.organisation"), messages.get("attendance.csv.function"),
                    messages.get("attendance.csv.presence"), messages.get("attendance.csv.selfConfirmed"),
                    messages.get("attendance.csv.recordedAt"), messages.get("attendance.csv.notice"));
            document.rows().forEach(r -> csv.add(r.name(), r.organisation(), r.function(), r.presence(), r.selfConfirmed(),
                    r.recordedAt(), r.notice()));
        });
    }
}
