package nl.leerlijn.web.routing;

import java.util.List;
import nl.leerlijn.web.security.HostUser;

/** The main places of the signed-in person, shown in the header of every page. */
@FunctionalInterface
public interface Navigation {
    /**
     * @param user the signed-in person
     * @param messages the texts in the page's language
     * @return the person's main places, in order, with their texts in the page's language
     */
    List<Link> placesOf(HostUser user, nl.leerlijn.web.render.Messages messages);
}
