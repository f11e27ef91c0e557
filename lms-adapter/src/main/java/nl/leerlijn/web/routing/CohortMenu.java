package nl.leerlijn.web.routing;

import java.util.List;

/**
 * The places of one cohort for its staff (overview, schedule, marking, extensions, team), shown on every page of that
 * cohort, with the one the page belongs to marked.
 *
 * @param name the cohort's name
 * @param links the places the viewer may go
 * @param current the path of the place the page belongs to
 */
public record CohortMenu(String name, List<Link> links, String current) {
    /**
     * Copies the links.
     *
     * @param name the cohort's name
     * @param links the places the viewer may go
     * @param current the path of the place the page belongs to
     */
    public CohortMenu {
        links = List.copyOf(links);
    }
}
