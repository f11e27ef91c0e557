package nl.leerlijn.web.lti;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * LTI 1.3's public addresses. So far the key set ({@code /lti/jwks}): the public parts of Leerlijn's signing keys, which a
 * platform registers as the tool's JWKS URL; anyone may read it.
 */
public final class LtiPages implements RouteGroup {
    private final LeerlijnCore core;

    /** @param core the use cases */
    public LtiPages(LeerlijnCore core) {
        this.core = core;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.anonymousGet("/lti/jwks", this::keySet));
    }

    private WebResult keySet(WebRequest request) {
        return new WebResult.Download("jwks.json", "application/json", core.lti().publicKeySet().getBytes(StandardCharsets.UTF_8), false);
    }
}
