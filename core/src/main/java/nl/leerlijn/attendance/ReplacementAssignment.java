package nl.leerlijn.attendance;

import java.time.Instant;
import java.util.Optional;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;

/**
 * A vervangende opdracht: made for a participant who missed a session, as the programme says for that session; handed
 * in as text, judged by the kerndocent, and when voldoende it counts instead of the session.
 *
 * @param id the assignment
 * @param participant whose it is
 * @param session the missed session
 * @param description what to do
 * @param createdAt when it was made (when the absence was recorded)
 * @param dueAt when it is due
 * @param cancelledAt when it was cancelled because the participant was recorded present after all
 * @param text what was handed in
 * @param handedInAt when it was (last) handed in
 * @param judgement the kerndocent's judgement of what was handed in
 * @param feedback the kerndocent's feedback; may be empty
 * @param judgedAt when it was judged
 * @param judgedBy who judged it, as named then
 */
public record ReplacementAssignment(ReplacementId id, ParticipantId participant, ActivityKey session, String description,
        Instant createdAt, Instant dueAt, Optional<Instant> cancelledAt, Optional<String> text, Optional<Instant> handedInAt,
        Optional<Judgement> judgement, String feedback, Optional<Instant> judgedAt, Optional<String> judgedBy) {

    /** @return whether it still matters: not cancelled */
    public boolean active() {
        return cancelledAt.isEmpty();
    }

    /** @return whether it counts instead of the session: judged voldoende and not cancelled */
    public boolean counts() {
        return active() && judgement.filter(j -> j == Judgement.VOLDOENDE).isPresent();
    }

    /** @return whether it may still count: active, and not judged voldoende */
    public boolean open() {
        return active() && !counts();
    }

    /** @return whether the participant may hand it in now: nothing handed in yet, or judged onvoldoende */
    public boolean mayHandIn() {
        return active() && (handedInAt.isEmpty() || judgement.filter(j -> j == Judgement.ONVOLDOENDE).isPresent());
    }

    /** @return whether it waits for the kerndocent's judgement */
    public boolean waitingForJudgement() {
        return active() && handedInAt.isPresent() && judgement.isEmpty();
    }

    /** @return whether what was handed in came after the due moment */
    public boolean late() {
        return handedInAt.filter(at -> at.isAfter(dueAt)).isPresent();
    }
}
