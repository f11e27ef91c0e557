package nl.leerlijn.intervisie;

import java.time.Instant;
import java.util.Optional;
import nl.leerlijn.enrolment.ParticipantId;

/**
 * A member's reflection on a meeting, and the kerndocent's answer.
 *
 * @param meeting the meeting
 * @param author the member
 * @param text what they wrote
 * @param writtenAt first saved
 * @param updatedAt last changed
 * @param answer the kerndocent's answer, if any
 * @param answeredBy the name of who answered
 * @param answeredAt when
 */
public record Reflection(MeetingId meeting, ParticipantId author, String text, Instant writtenAt, Instant updatedAt,
        Optional<String> answer, Optional<String> answeredBy, Optional<Instant> answeredAt) {
    /** Longest reflection, in characters. */
    public static final int MAX = 8000;
    /** Longest answer, in characters. */
    public static final int MAX_ANSWER = 4000;
}
