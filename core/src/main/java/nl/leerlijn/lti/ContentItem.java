package nl.leerlijn.lti;

import java.net.URI;

/**
 * A link to one of Leerlijn's pages, placed in a course by deep linking: the platform shows the title and launches the
 * address.
 *
 * @param title what the course shows
 * @param url the page's address, under Leerlijn's own
 */
public record ContentItem(String title, URI url) {
}
