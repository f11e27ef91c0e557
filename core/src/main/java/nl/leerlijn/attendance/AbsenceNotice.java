package nl.leerlijn.attendance;

import java.time.Instant;

/**
 * A participant's report, before a session, that they will not come (afmelding); the kerndocent decides whether the
 * absence is excused by what they record.
 *
 * @param reason in the participant's words
 * @param reportedAt when they reported it
 */
public record AbsenceNotice(String reason, Instant reportedAt) {
}
