package nl.leerlijn.graduation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.curriculum.RegisterPoints;

/**
 * The proof of an award as it was issued: what it says does not change when a name or the definition changes later.
 *
 * @param decision the decision it proves
 * @param code the verification code, e.g. {@code LL-7KQ4-M2XP-9TRD}
 * @param issuedAt when it was issued
 * @param awardedOn the date on the certificate
 * @param holderName the participant's name
 * @param programmeTitle the programme
 * @param cohortName the cohort
 * @param award diploma, certificaat or bewijs van deelname
 * @param ec the programme's European credits (0 when it states none)
 * @param studyHours the study load in hours
 * @param contactHours the net contact hours of the sessions
 * @param registerPoints the points per register
 * @param signatories who sign it: the kerndocenten and the member of the examencommissie who decided
 * @param revokedAt when it was revoked, if it was
 * @param revokeReason why
 */
public record Certificate(DecisionId decision, String code, Instant issuedAt, LocalDate awardedOn, String holderName, String programmeTitle,
        String cohortName, Award award, int ec, int studyHours, int contactHours, List<RegisterPoints> registerPoints,
        List<String> signatories, Optional<Instant> revokedAt, Optional<String> revokeReason) {
    /**
     * Copies the lists.
     *
     * @param decision the decision it proves
     * @param code the verification code
     * @param issuedAt when it was issued
     * @param awardedOn the date on the certificate
     * @param holderName the participant's name
     * @param programmeTitle the programme
     * @param cohortName the cohort
     * @param award the award
     * @param ec the credits
     * @param studyHours the study load in hours
     * @param contactHours the net contact hours
     * @param registerPoints the points per register
     * @param signatories who sign it
     * @param revokedAt when it was revoked
     * @param revokeReason why
     */
    public Certificate {
        registerPoints = List.copyOf(registerPoints);
        signatories = List.copyOf(signatories);
    }

    /** @return whether it is valid: not revoked */
    public boolean valid() {
        return revokedAt.isEmpty();
    }
}
