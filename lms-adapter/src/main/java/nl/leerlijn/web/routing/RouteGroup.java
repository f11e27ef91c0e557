package nl.leerlijn.web.routing;

import java.util.List;

/** The routes of one feature, registered in code. */
public interface RouteGroup {
    List<Route> routes();
}
