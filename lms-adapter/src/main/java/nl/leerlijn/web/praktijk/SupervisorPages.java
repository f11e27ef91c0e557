package nl.leerlijn.web.praktijk;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.praktijk.Decision;
import nl.leerlijn.praktijk.SupervisorRequest;
import nl.leerlijn.praktijk.SupervisorView;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.routing.ErrorView;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;
import nl.leerlijn.web.submission.PaperView;

/**
 * The werkbegeleider's page, reached from the mail without an account or cookie: the signed link shows the one report
 * version it was made for with its outcomes, and its form (protected by a token bound to the link) confirms or declines.
 * A link that Leerlijn did not sign, or that was changed, is not found; an expired, replaced or answered one says so.
 */
public final class SupervisorPages implements RouteGroup {
    private final LeerlijnCore core;

    /** @param core the use cases */
    public SupervisorPages(LeerlijnCore core) {
        this.core = core;
    }

    /**
     * The page.
     *
     * @param token the link's last part, for the form's address
     * @param formToken the token the form sends back
     * @param stateKey message key of where the request stands
     * @param open whether it can still be answered
     * @param supervisorName to whom it was sent
     * @param assignment the praktijkopdracht's title
     * @param participants whose work, joined
     * @param version the version number
     * @param handedIn when it was handed in
     * @param text the report's text
     * @param files the report's files (names and sizes; the werkbegeleider reads the text and outcomes)
     * @param hasOutcomes whether outcomes were given
     * @param outcome the outcomes
     * @param until until when the link works
     * @param remark the answer's comment or reason once answered; before that what a refused form carried
     * @param problem why the form was refused, or empty
     * @param answered when the werkbegeleider answered, empty before
     */
    public record Page(String token, String formToken, String stateKey, boolean open, String supervisorName, String assignment,
            String participants, int version, String handedIn, String text, List<PaperView.FileView> files, boolean hasOutcomes,
            PracticeView.OutcomeView outcome, String until, String remark, String problem, String answered) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.anonymousGet("/werkbegeleider/{token}", this::page),
                Route.anonymousPost("/werkbegeleider/{token}", this::decide));
    }

    private WebResult page(WebRequest request) {
        String token = request.pathParameters().getOrDefault("token", "");
        return core.practice().supervisorView(token).map(v -> render(request, token, v, "", "", 200)).orElseGet(() -> notALink(request));
    }

    private WebResult render(WebRequest request, String token, SupervisorView view, String problem, String typed, int status) {
        DateTimeFormatter format = Dates.dayAndTime(request.locale());
        Submission version = view.version();
        SupervisorRequest r = view.request();
        boolean open = view.state() == SupervisorRequest.State.OPEN;
        return WebResult.Page.of("praktijk/werkbegeleider.ftlh", "praktijk.supervisor.title", new Page(token, view.formToken(),
                "praktijk.supervisor.state." + view.state().name(), open, r.supervisor().name(),
                view.assignment(), String.join(" " + request.messages().get("praktijk.and") + " ", view.participants()), version.version(),
                version.submittedAt().map(t -> format.format(t.atZone(core.zone()))).orElse(""), open ? version.text().orElse("") : "",
                open ? PaperView.files(version.files(), request.locale()) : List.of(), open && view.outcomes().isPresent(),
                view.outcomes().filter(o -> open).map(PracticePages::outcome)
                        .orElse(new PracticeView.OutcomeView("", "", "", List.of(), "")),
                format.format(r.expiresAt().atZone(core.zone())), r.decision().isPresent() ? r.remark() : typed, problem,
                r.decidedAt().map(t -> format.format(t.atZone(core.zone()))).orElse(""))).status(status);
    }

    private WebResult notALink(WebRequest request) {
        return WebResult.Page.of("error.ftlh", "praktijk.supervisor.notALink.title",
                new ErrorView(404, "praktijk.supervisor.notALink", "")).status(404);
    }

    private WebResult decide(WebRequest request) {
        String token = request.pathParameters().getOrDefault("token", "");
        Optional<Decision> decision = request.parameter("decision").flatMap(d -> d.equals("CONFIRMED") ? Optional.of(Decision.CONFIRMED)
                : d.equals("DECLINED") ? Optional.of(Decision.DECLINED) : Optional.empty());
        String remark = request.parameter("remark").orElse("");
        String formToken = request.parameter("formToken").orElse("");
        Optional<SupervisorView> view = core.practice().supervisorView(token);
        if (view.isEmpty() || !java.security.MessageDigest.isEqual(view.get().formToken().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                formToken.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return view.isEmpty() ? notALink(request) : WebResult.Page.of("error.ftlh", "error.forbidden.title",
                    new ErrorView(403, "praktijk.supervisor.formExpired", "")).status(403);
        }
        if (decision.isEmpty()) {
            return render(request, token, view.get(), request.messages().get("praktijk.supervisor.choose"), remark, 400);
        }
        try {
            core.practice().decide(token, formToken, decision.get(), remark);
        } catch (InvalidInputException refused) {
            return render(request, token, view.get(), request.messages().get("praktijk.supervisor.reasonRequired"), remark, 400);
        }
        return new WebResult.Redirect("/werkbegeleider/" + token);
    }
}
