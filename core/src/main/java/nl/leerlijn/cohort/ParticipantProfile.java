package nl.leerlijn.cohort;

import java.util.Optional;
import java.util.regex.Pattern;
import nl.leerlijn.access.UserId;

/**
 * Who a participant is at work.
 *
 * @param displayName their name
 * @param email where they are reached
 * @param organisation their employer
 * @param function their function there
 * @param registerNumbers their register numbers, if any
 * @param leidinggevende their manager, when the manager is known to the platform (for example a
 *     teamleider in the same cohort: intervisie groups never put a manager with their own staff)
 */
public record ParticipantProfile(
        String displayName, String email, Organisation organisation, JobFunction function,
        RegisterNumbers registerNumbers, Optional<UserId> leidinggevende) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public ParticipantProfile {
        displayName = Text.required(displayName, 200, "participant's name");
        email = Text.required(email, 320, "email address");
        if (!EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("Not an email address: " + email);
        }
        if (organisation == null || function == null || registerNumbers == null || leidinggevende == null) {
            throw new IllegalArgumentException("A profile has an organisation, function and register numbers: " + displayName);
        }
    }
}
