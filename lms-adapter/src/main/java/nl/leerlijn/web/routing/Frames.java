package nl.leerlijn.web.routing;

import java.util.ArrayList;
import java.util.List;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.web.render.Messages;

/** The frame around pages: the way back (breadcrumbs) and a cohort's menu, the same on every page. */
public final class Frames {
    private Frames() {
    }

    /**
     * @param messages the texts in the page's language
     * @return the way back to the start page
     */
    public static List<Link> home(Messages messages) {
        return List.of(new Link(messages.get("home.title"), "/"));
    }

    /**
     * @param cohort the cohort
     * @param messages the texts in the page's language
     * @return the way back to a cohort's overview (for its staff)
     */
    public static List<Link> cohort(Cohort cohort, Messages messages) {
        return List.of(new Link(messages.get("home.title"), "/"), new Link(cohort.name(), "/cohorts/" + cohort.id().value()));
    }

    /**
     * @param cohort the cohort
     * @param everyCohort whether the viewer examines every cohort (and so has the list of all cohorts' results), or only this one
     * @param messages the texts in the page's language
     * @return the way back to a cohort's results: through the examencommissie's list, or through the cohort for its own staff
     */
    public static List<Link> results(Cohort cohort, boolean everyCohort, Messages messages) {
        Link results = new Link(messages.get("results.cohort.title", cohort.name()), "/results/" + cohort.id().value());
        if (everyCohort) {
            return List.of(new Link(messages.get("home.title"), "/"), new Link(messages.get("results.title"), "/results"), results);
        }
        return then(cohort(cohort, messages), results);
    }

    /**
     * @param way the way so far
     * @param next the next step
     * @return {@code way} with one more step
     */
    public static List<Link> then(List<Link> way, Link next) {
        List<Link> longer = new ArrayList<>(way);
        longer.add(next);
        return List.copyOf(longer);
    }

    /**
     * @param cohort the cohort
     * @param permissions what the viewer may do in it
     * @param current the path of the place the page belongs to
     * @param messages the texts in the page's language
     * @return the places of the cohort the viewer may go to
     */
    public static CohortMenu cohortMenu(Cohort cohort, Permissions permissions, String current, Messages messages) {
        String base = "/cohorts/" + cohort.id().value();
        List<Link> links = new ArrayList<>();
        if (permissions.mayViewCohort()) {
            links.add(new Link(messages.get("menu.overview"), base));
            links.add(new Link(messages.get("menu.schedule"), base + "/schedule"));
            links.add(new Link(messages.get("menu.staff"), base + "/staff"));
        }
        if (permissions.mayFormGroups()) {
            links.add(new Link(messages.get("menu.intervision"), base + "/intervisie"));
        }
        if (permissions.mayViewCohort()) {
            links.add(new Link(messages.get("menu.praktijk"), base + "/duos"));
        }
        if (permissions.mayMark()) {
            links.add(new Link(messages.get("menu.marking"), base + "/marking"));
        }
        if (permissions.mayManage()) {
            links.add(new Link(messages.get("menu.extensions"), base + "/extensions"));
            links.add(new Link(messages.get("menu.replacements"), base + "/vervangende-opdrachten"));
        }
        if (permissions.mayExamine()) {
            links.add(new Link(messages.get("menu.results"), "/results/" + cohort.id().value()));
            links.add(new Link(messages.get("menu.graduation"), "/results/" + cohort.id().value() + "/diplomering"));
        }
        return new CohortMenu(cohort.name(), links, current);
    }
}
