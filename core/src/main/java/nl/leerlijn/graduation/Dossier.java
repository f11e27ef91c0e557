package nl.leerlijn.graduation;

import java.util.List;
import java.util.Optional;
import nl.leerlijn.attendance.ReplacementAssignment;
import nl.leerlijn.progress.ParticipantProgress;

/**
 * A participant's graduation dossier: each completion criterion met or not with its evidence, the replacement
 * assignments, the standing decision and its certificate, and the audit trail of every decision.
 *
 * @param progress where the participant stands (attendance, every activity with its state and result)
 * @param criteria in the definition's order: attendance, each assessed part, the intervisie reflections
 * @param replacements the participant's active replacement assignments
 * @param decision the decision that stands, if any
 * @param certificate the certificate of that decision (or of the last one taken back, then revoked), if any
 * @param history every decision, take-back, issue and revocation, oldest first
 */
public record Dossier(ParticipantProgress progress, List<Criterion> criteria, List<ReplacementAssignment> replacements,
        Optional<AwardDecision> decision, Optional<Certificate> certificate, List<AwardEvent> history) {
    /**
     * Copies the lists.
     *
     * @param progress where the participant stands
     * @param criteria each completion criterion
     * @param replacements the active replacement assignments
     * @param decision the standing decision
     * @param certificate its certificate
     * @param history the audit trail
     */
    public Dossier {
        criteria = List.copyOf(criteria);
        replacements = List.copyOf(replacements);
        history = List.copyOf(history);
    }

    /** @return whether every criterion is met */
    public boolean complete() {
        return criteria.stream().allMatch(Criterion::met);
    }

    /**
     * @param progress where the participant stands
     * @return the completion criteria of the definition for the participant, met or not
     */
    static List<Criterion> criteriaOf(ParticipantProgress progress) {
        List<Criterion> all = new java.util.ArrayList<>();
        all.add(new Criterion(Criterion.Kind.ATTENDANCE, progress.attendance().stillNeeded() == 0, Optional.empty()));
        progress.activities().stream().filter(a -> a.assessed()).forEach(a -> all.add(new Criterion(Criterion.Kind.ASSESSED_PART,
                a.status() == nl.leerlijn.progress.Status.DONE, Optional.of(a))));
        all.add(new Criterion(Criterion.Kind.INTERVISION_REFLECTIONS, progress.reflectionsOwed().isEmpty(), Optional.empty()));
        return all;
    }
}
