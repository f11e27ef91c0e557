package nl.leerlijn.notification;

import java.time.Instant;

/**
 * A request to a werkbegeleider (who has no account) to confirm a praktijkopdracht: always in Dutch, with the signed link.
 *
 * @param to their address
 * @param toName their name
 * @param participants the names of the participants whose work it is, e.g. "Esra Demir en Tom Bakker"
 * @param assignment the praktijkopdracht's title
 * @param version the version asked about
 * @param linkPath the path of the signed link within Leerlijn, e.g. {@code /werkbegeleider/…}
 * @param expiresAt when the link stops working
 * @param reference a stable key of this request, for the Message-ID
 */
public record SupervisorMail(String to, String toName, String participants, String assignment, int version, String linkPath,
        Instant expiresAt, String reference) {
}
