package nl.leerlijn.web.graduation;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.graduation.Award;
import nl.leerlijn.graduation.AwardDecision;
import nl.leerlijn.graduation.Certificate;
import nl.leerlijn.graduation.CohortGraduation;
import nl.leerlijn.graduation.Criterion;
import nl.leerlijn.graduation.DecisionId;
import nl.leerlijn.graduation.Dossier;
import nl.leerlijn.graduation.GraduationService;
import nl.leerlijn.progress.AttendanceStanding;
import nl.leerlijn.web.attendance.AttendancePages;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Results;
import nl.leerlijn.web.render.Statuses;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.routing.Link;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * Closing the programme: the examencommissie works through a cohort's graduation dossiers and decides (with a reason,
 * taken back with a reason); participants download their certificate in Dutch or English; anyone checks a
 * verification code on the public page {@code /verificatie}.
 */
public final class GraduationPages implements RouteGroup {
    private static final Set<String> NOTICES = Set.of("decided", "takenBack");
    private static final String AWARD = "award";
    private static final String REASON = "reason";

    private final LeerlijnCore core;
    private final Optional<java.net.URI> baseUrl;

    /**
     * @param core the use cases
     * @param baseUrl the address people reach Leerlijn at: the verification page's address on certificates is built from
     *     it (never from the request); without it the certificate carries the code alone
     */
    public GraduationPages(LeerlijnCore core, Optional<java.net.URI> baseUrl) {
        this.core = core;
        this.baseUrl = baseUrl;
    }

    /** A cohort's graduation overview. */
    public record OverviewView(long cohortId, String cohortName, List<OverviewRow> rows, long complete, long decided, String removed) {
    }

    /** One participant in the overview. */
    public record OverviewRow(long participantId, String name, boolean active, long met, int criteria, String decision, String tone) {
    }

    /** A participant's dossier. */
    public record DossierView(long cohortId, long participantId, String name, String organisation, boolean complete, List<CriterionRow> criteria,
            List<ReplacementRow> replacements, String decision, String decisionReason, String decidedBy, long decisionId,
            String certificateCode, boolean certificateValid, List<HistoryRow> history, boolean mayDecide, Form form, String notice,
            List<String> awards, String removed) {
    }

    /** One criterion: met or not, what it is, and its evidence (with a link where there is one). */
    public record CriterionRow(boolean met, String title, String evidence, String link) {
    }

    /** One replacement assignment as evidence. */
    public record ReplacementRow(long id, String session, String state) {
    }

    /** One step of the decision's audit trail. */
    public record HistoryRow(String at, String who, String what, String reason) {
    }

    /** The participant's certificates. */
    public record OwnView(List<OwnCertificate> certificates, String verifyAddress) {
    }

    /** One of the participant's certificates. */
    public record OwnCertificate(String code, String award, String programme, String date, boolean valid, String revokeReason,
            String revokedOn) {
    }

    /** The public verification page. */
    public record VerifyView(String typed, boolean asked, boolean found, boolean valid, String holder, String award, String programme,
            String cohort, String date, String revokedOn) {
    }

    /** The certificate as a document. */
    public record CertificateDocument(String award, String holder, String programme, String cohort, String date, String statement,
            int ec, int studyHours, int contactHours, List<String> points, List<Signatory> signatories, String code, String verifyAddress) {
    }

    /** Who signs a certificate. */
    public record Signatory(String name, String role) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/results/{cohortId}/diplomering", this::overview),
                Route.get("/results/{cohortId}/diplomering/{participantId}", this::dossier),
                Route.post("/results/{cohortId}/diplomering/{participantId}", this::decide),
                Route.post("/results/{cohortId}/diplomering/{participantId}/intrekken", this::takeBack),
                Route.get("/diploma", this::own),
                Route.get("/certificaten/{code}/{language}", this::pdf),
                Route.anonymousGet("/verificatie", this::verifyForm),
                Route.anonymousGet("/verificatie/{code}", this::verifyCode));
    }

    private WebResult overview(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        CohortGraduation graduation = core.graduation().cohort(request.actor(), id);
        Messages messages = request.messages();
        List<OverviewRow> rows = graduation.rows().stream().map(r -> new OverviewRow(r.progress().participant().id().value(),
                r.progress().participant().profile().displayName(), r.progress().participant().isActive(), r.met(), r.criteria().size(),
                r.decision().map(d -> messages.get("graduation.award." + d.award().name())).orElse(messages.get("graduation.undecided")),
                r.decision().map(d -> d.award().proven() ? "success" : "warning").orElse("neutral"))).toList();
        Cohort cohort = graduation.cohort();
        String path = "/results/" + id.value() + "/diplomering";
        return WebResult.Page.of("graduation/overview.ftlh", "graduation.title", new OverviewView(id.value(), cohort.name(), rows,
                rows.stream().filter(r -> r.met() == r.criteria()).count(), graduation.rows().stream().filter(r -> r.decision().isPresent())
                .count(), nl.leerlijn.web.privacy.PrivacyPages.removedNotice(core, request.actor(), id, messages)))
                .titled(messages.get("graduation.cohortTitle", cohort.name()))
                .trail(trail(request, cohort, messages)).in(Frames.cohortMenu(cohort, core.access().in(id, request.actor()), path, messages));
    }

    private List<Link> trail(WebRequest request, Cohort cohort, Messages messages) {
        return core.access().mayExamineEveryCohort(request.actor())
                ? List.of(new Link(messages.get("home.title"), "/"), new Link(messages.get("results.title"), "/results"))
                : Frames.cohort(cohort, messages);
    }

    private WebResult dossier(WebRequest request) {
        return dossierPage(request, Form.of(request), 200);
    }

    private WebResult dossierPage(WebRequest request, Form form, int status) {
        ParticipantId participant = new ParticipantId(request.id("participantId"));
        Dossier dossier = core.graduation().dossier(request.actor(), participant);
        CohortId cohortId = dossier.progress().participant().cohortId();
        if (cohortId.value() != request.id("cohortId")) {
            throw new nl.leerlijn.web.routing.PageNotFoundException("/results/" + request.id("cohortId") + "/diplomering/" + participant);
        }
        Messages messages = request.messages();
        DateTimeFormatter format = Dates.dayAndTime(messages.locale());
        String record = "/cohorts/" + cohortId.value() + "/participants/" + participant.value();
        List<CriterionRow> criteria = dossier.criteria().stream().map(c -> criterion(c, dossier, messages, record)).toList();
        Optional<AwardDecision> decision = dossier.decision();
        Permissions permissions = core.access().in(cohortId, request.actor());
        List<HistoryRow> history = dossier.history().stream().map(e -> new HistoryRow(format.format(e.at().atZone(core.zone())),
                e.actorName(), messages.get("graduation.event." + e.kind().name(), messages.get("graduation.award." + e.award().name())),
                e.reason())).toList();
        DossierView view = new DossierView(cohortId.value(), participant.value(), dossier.progress().participant().profile().displayName(),
                dossier.progress().participant().profile().organisation().name(), dossier.complete(), criteria,
                dossier.replacements().stream().map(r -> new ReplacementRow(r.id().value(), dossier.progress().activity(r.session())
                        .map(a -> a.activity().title()).orElse(r.session().value()), AttendancePages.replacementState(r, core.clock().instant()))).toList(),
                decision.map(d -> messages.get("graduation.award." + d.award().name())).orElse(""), decision.map(AwardDecision::reason).orElse(""),
                decision.map(d -> messages.get("graduation.decidedBy", d.decidedBy(), format.format(d.decidedAt().atZone(core.zone()))))
                        .orElse(""), decision.map(d -> d.id().value()).orElse(0L),
                dossier.certificate().map(Certificate::code).orElse(""), dossier.certificate().map(Certificate::valid).orElse(false), history,
                permissions.mayDecideAwards(), form, request.notice("graduation.notice.", NOTICES),
                List.of(Award.DIPLOMA.name(), Award.CERTIFICAAT.name(), Award.BEWIJS_VAN_DEELNAME.name(), Award.NOT_YET.name()),
                nl.leerlijn.web.privacy.PrivacyPages.removedNotice(core, request.actor(), cohortId, messages));
        Cohort cohort = core.cohorts().cohortToExamine(request.actor(), cohortId);
        return WebResult.Page.of("graduation/dossier.ftlh", "graduation.dossier.title", view).status(status)
                .titled(messages.get("graduation.dossier.titleOf", view.name()))
                .trail(Frames.then(trail(request, cohort, messages), new Link(messages.get("graduation.title"),
                        "/results/" + cohortId.value() + "/diplomering")))
                .in(Frames.cohortMenu(cohort, permissions, "/results/" + cohortId.value() + "/diplomering", messages));
    }

    private static CriterionRow criterion(Criterion c, Dossier dossier, Messages messages, String record) {
        AttendanceStanding a = dossier.progress().attendance();
        return switch (c.kind()) {
            case ATTENDANCE -> new CriterionRow(c.met(), messages.get("graduation.criterion.ATTENDANCE", a.minimumPercent()),
                    messages.get("graduation.evidence.attendance", a.counted(), a.sessions(), a.required(), a.replaced(), a.excused()),
                    record);
            case ASSESSED_PART -> {
                var part = c.part().orElseThrow();
                String result = part.facts().work().released().map(r -> Results.describe(r.score(), messages))
                        .orElse(messages.get(Statuses.key(part.status())));
                long version = part.facts().work().latestHandedIn().map(v -> v.id().value()).orElse(0L);
                yield new CriterionRow(c.met(), part.activity().title(), result, version > 0 ? "/results/versions/" + version : "");
            }
            case INTERVISION_REFLECTIONS -> new CriterionRow(c.met(), messages.get("graduation.criterion.INTERVISION_REFLECTIONS"),
                    messages.get("graduation.evidence.reflections", dossier.progress().reflectionsOwed().size()), record);
        };
    }

    private WebResult decide(WebRequest request) {
        Form form = Form.of(request);
        Optional<Award> award = form.choice(AWARD, Award.class);
        Optional<String> reason = form.required(REASON, GraduationService.MAX_REASON);
        reason.filter(r -> r.strip().length() < 3).ifPresent(r -> form.reject(REASON, "graduation.reasonShort"));
        if (form.hasErrors()) {
            return dossierPage(request, form, 400);
        }
        ParticipantId participant = new ParticipantId(request.id("participantId"));
        core.graduation().decide(request.actor(), participant, award.get(), reason.get());
        return new WebResult.Redirect("/results/" + request.id("cohortId") + "/diplomering/" + participant.value() + "?notice=decided");
    }

    private WebResult takeBack(WebRequest request) {
        Form form = Form.of(request);
        Optional<String> reason = form.required("takeBackReason", GraduationService.MAX_REASON);
        reason.filter(r -> r.strip().length() < 3).ifPresent(r -> form.reject("takeBackReason", "graduation.reasonShort"));
        Optional<Long> decision = request.parameter("decision").filter(d -> d.matches("\\d{1,18}")).map(Long::parseLong);
        if (decision.isEmpty()) {
            form.reject("takeBackReason", "graduation.reasonShort");
        }
        if (form.hasErrors()) {
            return dossierPage(request, form, 400);
        }
        core.graduation().takeBack(request.actor(), new ParticipantId(request.id("participantId")), new DecisionId(decision.get()),
                reason.get());
        return new WebResult.Redirect("/results/" + request.id("cohortId") + "/diplomering/" + request.id("participantId")
                + "?notice=takenBack");
    }

    private WebResult own(WebRequest request) {
        Messages messages = request.messages();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
        List<OwnCertificate> certificates = core.graduation().ownCertificates(request.actor()).stream().map(c -> new OwnCertificate(c.code(),
                messages.get("graduation.award." + c.award().name()), c.programmeTitle(), day.format(c.awardedOn()), c.valid(),
                c.revokeReason().orElse(""), c.revokedAt().map(at -> day.format(at.atZone(core.zone()).toLocalDate())).orElse("")))
                .toList();
        return WebResult.Page.of("graduation/own.ftlh", "graduation.own.title", new OwnView(certificates,
                AttendancePages.address(baseUrl, "/verificatie").orElse(""))).trail(Frames.home(messages));
    }

    private WebResult pdf(WebRequest request) {
        String language = Optional.ofNullable(request.pathParameters().get("language")).filter(Set.of("nl", "en")::contains)
                .orElseThrow(() -> new nl.leerlijn.web.routing.PageNotFoundException("/certificaten"));
        Certificate c = core.graduation().certificate(request.actor(), request.pathParameters().get("code"));
        if (!c.valid()) {
            throw new nl.leerlijn.web.routing.PageNotFoundException("/certificaten/" + c.code());
        }
        Locale locale = Locale.forLanguageTag(language);
        Messages messages = Messages.of(locale);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        CertificateDocument document = new CertificateDocument(messages.get("graduation.award." + c.award().name()), c.holderName(),
                c.programmeTitle(), c.cohortName(), day.format(c.awardedOn()), messages.get("certificate.statement." + c.award().name()),
                c.ec(), c.studyHours(), c.contactHours(), c.registerPoints().stream().map(p -> messages.get("certificate.points",
                        messages.get("certificate.register." + p.register().name()), p.points())).toList(),
                c.signatories().stream().map(s -> {
                    String[] parts = s.split("\\|", 2);
                    return new Signatory(parts[0], messages.get("certificate.role." + (parts.length > 1 ? parts[1] : "CORE_TEACHER")));
                }).toList(), c.code(), AttendancePages.address(baseUrl, "/verificatie/" + c.code()).orElse(""));
        return new WebResult.Pdf("graduation/certificate-pdf.ftlh", document, c.award().name().toLowerCase(Locale.ROOT) + "-" + c.code()
                + "-" + language + ".pdf", locale);
    }

    private WebResult verifyForm(WebRequest request) {
        Optional<String> typed = request.parameter("code").map(String::strip).filter(s -> !s.isEmpty() && s.length() <= 40);
        return verifyPage(request, typed);
    }

    private WebResult verifyCode(WebRequest request) {
        String code = request.pathParameters().get("code");
        return verifyPage(request, Optional.of(code.length() <= 40 ? code : code.substring(0, 40)));
    }

    private WebResult verifyPage(WebRequest request, Optional<String> typed) {
        Messages messages = request.messages();
        Optional<Certificate> found = typed.flatMap(core.graduation()::verify);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
        VerifyView view = new VerifyView(typed.orElse(""), typed.isPresent(), found.isPresent(), found.map(Certificate::valid).orElse(false),
                found.map(Certificate::holderName).orElse(""), found.map(c -> messages.get("graduation.award." + c.award().name())).orElse(""),
                found.map(Certificate::programmeTitle).orElse(""), found.map(Certificate::cohortName).orElse(""),
                found.map(c -> day.format(c.awardedOn())).orElse(""),
                found.flatMap(Certificate::revokedAt).map(at -> day.format(at.atZone(core.zone()).toLocalDate())).orElse(""));
        return WebResult.Page.of("graduation/verify.ftlh", "verify.title", view).status(typed.isPresent() && found.isEmpty() ? 404 : 200);
    }
}
