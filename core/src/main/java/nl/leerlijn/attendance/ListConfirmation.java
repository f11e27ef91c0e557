package nl.leerlijn.attendance;

import java.time.Instant;

/**
 * The kerndocent's confirmation of a session's presence list.
 *
 * @param at when they confirmed it
 * @param byName who confirmed it, as named then
 */
public record ListConfirmation(Instant at, String byName) {
}
