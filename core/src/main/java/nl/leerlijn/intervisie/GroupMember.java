package nl.leerlijn.intervisie;

import nl.leerlijn.enrolment.ParticipantId;

/**
 * A participant in a group.
 *
 * @param participant who
 * @param locked whether the kerndocent fixed them in this group (a new run leaves them there)
 */
public record GroupMember(ParticipantId participant, boolean locked) {
}
