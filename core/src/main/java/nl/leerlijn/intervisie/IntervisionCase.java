package nl.leerlijn.intervisie;

import java.time.Instant;
import java.util.Optional;
import nl.leerlijn.enrolment.ParticipantId;

/**
 * A case brought to a meeting, or the record that one was and has been removed.
 *
 * @param meeting the meeting
 * @param author the inbrenger who wrote it
 * @param text the case; empty once removed
 * @param writtenAt when it was first saved
 * @param updatedAt when it was last changed
 * @param removedAt when the retention rule (or its author) removed the text
 */
public record IntervisionCase(MeetingId meeting, ParticipantId author, Optional<CaseText> text, Instant writtenAt, Instant updatedAt,
        Optional<Instant> removedAt) {
}
