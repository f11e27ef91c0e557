package nl.leerlijn.intervisie;

import java.util.List;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;

/**
 * A participant's own intervisie group, once published.
 *
 * @param self the participant's own participation
 * @param group the group
 * @param members its members, in group order
 * @param meetings its meetings, earliest first
 * @param methods the method the programme names per intervisie activity
 * @param swaps open requests between members to swap their turns as inbrenger
 */
public record MyGroup(ParticipantId self, IntervisionGroup group, List<Participant> members, List<Meeting> meetings,
        java.util.Map<nl.leerlijn.curriculum.ActivityKey, nl.leerlijn.curriculum.IntervisionMethod> methods, List<SwapRequest> swaps) {
}
