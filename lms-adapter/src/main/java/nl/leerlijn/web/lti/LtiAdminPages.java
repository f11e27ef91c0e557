package nl.leerlijn.web.lti;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.lti.LaunchRefusedException;
import nl.leerlijn.lti.LtiPlatform;
import nl.leerlijn.lti.NewPlatform;
import nl.leerlijn.lti.PlatformOffer;
import nl.leerlijn.lti.ToolConfiguration;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * Registering Leerlijn with learning platforms. The administrator's page ({@code /beheer/lti}) shows the addresses a
 * platform needs, the registered platforms, a form to register one by hand, and makes registration links for LTI Dynamic
 * Registration; the platform's administrator pastes such a link ({@code /lti/registratie/<token>}), confirms, and the
 * platform closes the window when Leerlijn is registered.
 */
public final class LtiAdminPages implements RouteGroup {
    private final LeerlijnCore core;
    private final Optional<URI> baseUrl;

    /**
     * @param core the use cases
     * @param baseUrl the address Leerlijn is reached at (LTI needs it)
     */
    public LtiAdminPages(LeerlijnCore core, Optional<URI> baseUrl) {
        this.core = core;
        this.baseUrl = baseUrl;
    }

    /** The administrator's page. */
    public record AdminView(String loginUrl, String launchUrl, String jwksUrl, String registrationLink, List<PlatformRow> platforms,
            Form form, String notice, boolean configured) {
    }

    /** A registered platform. */
    public record PlatformRow(long id, String name, String issuer, String clientId, String deployments) {
    }

    /** The confirmation a platform's administrator sees before Leerlijn registers. */
    public record ConfirmView(String token, String configuration, String registrationToken, String name, String issuer) {
    }

    /** Leerlijn is registered with the platform. */
    public record RegisteredView(String name, String issuer, String clientId) {
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/beheer/lti", this::page),
                Route.post("/beheer/lti/platforms", this::register),
                Route.post("/beheer/lti/registratielink", this::invite),
                Route.post("/beheer/lti/platforms/{platformId}/deployments", this::addDeployment),
                // A platform's administrator has no account here: the registration link's secret is the guard.
                new Route("GET", "/lti/registratie/{token}", this::confirm, true, false),
                new Route("POST", "/lti/registratie/{token}", this::registerDynamically, true, false));
    }

    private WebResult page(WebRequest request) {
        core.access().requireAdministrator(request.actor(), "see the LTI registrations");
        return page(request, Form.initial(Map.of()), "", 200);
    }

    private WebResult page(WebRequest request, Form form, String registrationLink, int status) {
        Messages messages = request.messages();
        List<PlatformRow> platforms = core.lti().platforms().stream().map(p -> new PlatformRow(p.id(), p.name(), p.issuer(), p.clientId(),
                String.join(", ", new java.util.TreeSet<>(p.deployments())))).toList();
        String base = baseUrl.map(URI::toString).orElse("");
        return WebResult.Page.of("lti/admin.ftlh", "lti.admin.title", new AdminView(base + "/lti/login", base + "/lti/launch",
                base + "/lti/jwks", registrationLink, platforms, form, request.notice("lti.admin.notice.", Set.of("registered", "deployment")),
                baseUrl.isPresent())).status(status).trail(Frames.home(messages));
    }

    private WebResult register(WebRequest request) {
        core.access().requireAdministrator(request.actor(), "register an LTI platform");
        Form form = Form.of(request);
        Optional<String> issuer = form.required("issuer", 500);
        Optional<String> clientId = form.required("clientId", 200);
        Optional<String> name = form.required("name", 200);
        Optional<URI> auth = address(form, "authUrl");
        Optional<URI> token = address(form, "tokenUrl");
        Optional<URI> jwks = address(form, "jwksUrl");
        Set<String> deployments = new LinkedHashSet<>(Arrays.stream(form.value("deployments").split("[,\\s]+")).filter(d -> !d.isBlank()).toList());
        if (deployments.isEmpty()) {
            form.reject("deployments", "form.required");
        }
        if (form.hasErrors()) {
            return page(request, form, "", 400);
        }
        try {
            core.lti().register(request.actor(), new NewPlatform(issuer.get(), clientId.get(), name.get(), auth.get(), token.get(), jwks.get(),
                    deployments));
        } catch (InvalidInputException e) {
            form.reject("issuer", "lti.admin.refused");
            return page(request, form, "", 400);
        }
        return new WebResult.Redirect("/beheer/lti?notice=registered");
    }

    private static Optional<URI> address(Form form, String field) {
        Optional<String> text = form.required(field, 1000);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.get());
            if (uri.isAbsolute() && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        form.reject(field, "lti.admin.notAnAddress");
        return Optional.empty();
    }

    private WebResult invite(WebRequest request) {
        String token = core.lti().invite(request.actor());
        return page(request, Form.initial(Map.of()), baseUrl.map(URI::toString).orElse("") + "/lti/registratie/" + token, 200);
    }

    private WebResult addDeployment(WebRequest request) {
        long platform = request.id("platformId");
        Optional<String> deployment = request.parameter("deployment").map(String::strip);
        if (deployment.isEmpty() || deployment.get().length() > 255) {
            Form form = Form.of(request);
            form.reject("deployment", "form.required");
            return page(request, form, "", 400);
        }
        core.lti().addDeployment(request.actor(), platform, deployment.get());
        return new WebResult.Redirect("/beheer/lti?notice=deployment");
    }

    /** What a platform's registration step needs: its configuration's address and the link's token, or the refusal. */
    private interface Step {
        WebResult take(String token, URI configuration);
    }

    private WebResult registration(WebRequest request, Step step) {
        if (baseUrl.isEmpty()) {
            return refused("lti.refused.notConfigured", "BASE_URL");
        }
        Optional<URI> configuration = configuration(request);
        if (configuration.isEmpty()) {
            return refused("lti.register.noConfiguration", "OPENID_CONFIGURATION");
        }
        try {
            return step.take(request.pathParameters().getOrDefault("token", ""), configuration.get());
        } catch (LaunchRefusedException e) {
            return refused(e.reason() == LaunchRefusedException.Reason.STATE ? "lti.register.linkUsed" : "lti.register.refused", e.reason().name());
        }
    }

    private WebResult confirm(WebRequest request) {
        return registration(request, (token, configuration) -> {
            PlatformOffer offer = core.lti().readOffer(token, configuration);
            return WebResult.Page.of("lti/register.ftlh", "lti.register.title", new ConfirmView(token, configuration.toString(),
                    request.parameter("registration_token").orElse(""), offer.name(), offer.issuer()));
        });
    }

    private WebResult registerDynamically(WebRequest request) {
        Messages messages = request.messages();
        return registration(request, (token, configuration) -> {
            LtiPlatform platform = core.lti().registerDynamically(token, configuration, request.parameter("registration_token"),
                    new ToolConfiguration(baseUrl.orElseThrow(), "Leerlijn", messages.get("lti.register.description")));
            return WebResult.Page.of("lti/registered.ftlh", "lti.register.doneTitle", new RegisteredView(platform.name(), platform.issuer(),
                    platform.clientId()));
        });
    }

    private static Optional<URI> configuration(WebRequest request) {
        return request.parameter("openid_configuration").filter(c -> c.length() <= 1000).flatMap(c -> {
            try {
                URI uri = new URI(c);
                return uri.isAbsolute() && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
            } catch (java.net.URISyntaxException e) {
                return Optional.empty();
            }
        });
    }

    private static WebResult refused(String messageKey, String code) {
        return WebResult.Page.of("lti/refused.ftlh", "lti.refused.title", new LtiPages.RefusedView(messageKey, "", code)).status(400);
    }
}
