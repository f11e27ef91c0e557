package nl.leerlijn.intervisie;

import java.util.Optional;
import nl.leerlijn.enrolment.ParticipantId;

/**
 * Who does what in one meeting.
 *
 * @param inbrenger brings the case
 * @param chair the gespreksleider
 * @param notetaker the notulist
 */
public record MeetingRoles(Optional<ParticipantId> inbrenger, Optional<ParticipantId> chair, Optional<ParticipantId> notetaker) {
    /** Nobody has a role yet. */
    public static final MeetingRoles NONE = new MeetingRoles(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * @param participant a member
     * @return the role they have, if any
     */
    public Optional<MeetingRole> of(ParticipantId participant) {
        if (inbrenger.filter(participant::equals).isPresent()) {
            return Optional.of(MeetingRole.INBRENGER);
        }
        if (chair.filter(participant::equals).isPresent()) {
            return Optional.of(MeetingRole.CHAIR);
        }
        return notetaker.filter(participant::equals).map(p -> MeetingRole.NOTETAKER);
    }

    /**
     * @param member a member of the group
     * @return these roles with {@code member} as inbrenger; the one whose turn it was takes whatever role {@code member}
     *     had in this meeting (a swap of turns: nobody holds two roles)
     */
    public MeetingRoles withInbrenger(ParticipantId member) {
        Optional<ParticipantId> before = inbrenger;
        return new MeetingRoles(Optional.of(member), chair.flatMap(c -> c.equals(member) ? before : Optional.of(c)),
                notetaker.flatMap(n -> n.equals(member) ? before : Optional.of(n)));
    }
}
