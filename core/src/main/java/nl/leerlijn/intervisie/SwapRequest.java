package nl.leerlijn.intervisie;

import java.time.Instant;
import nl.leerlijn.enrolment.ParticipantId;

/**
 * A member's request to swap turns as inbrenger with another member of the group; the other member accepts or declines.
 *
 * @param id the request
 * @param mine the meeting where the asking member is inbrenger now
 * @param theirs the meeting where the other member is inbrenger now
 * @param askedBy who asks
 * @param askedOf who is asked
 * @param askedAt when
 * @param open whether it still waits for an answer
 */
public record SwapRequest(long id, MeetingId mine, MeetingId theirs, ParticipantId askedBy, ParticipantId askedOf, Instant askedAt,
        boolean open) {
}
