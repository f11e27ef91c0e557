package nl.leerlijn.web.routing;

import java.util.List;

/** The routes of one feature, registered in code. */
public interface RouteGroup {
    /** @return the feature's routes, in the order the servlet tries them */
    List<Route> routes();
}
