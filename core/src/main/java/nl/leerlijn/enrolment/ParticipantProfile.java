package nl.leerlijn.enrolment;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.leerlijn.FreeText;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.access.UserId;

/**
 * Who a participant is at work.
 *
 * @param displayName their name
 * @param email where they are reached
 * @param organisation their employer
 * @param function their function there
 * @param registerNumbers their register numbers, if any
 * @param leidinggevende their manager, when the manager is known to the platform (for example a teamleider in the same
 *     cohort: intervisie groups never put a manager with their own staff)
 * @param otherFunction for {@link JobFunction#OTHER}: the function in their own words (at most 100 characters); empty
 *     for every other function
 */
public record ParticipantProfile(
        String displayName, String email, Organisation organisation, JobFunction function,
        RegisterNumbers registerNumbers, Optional<UserId> leidinggevende, Optional<String> otherFunction) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /**
     * Checks the values; texts lose surrounding white space, and {@code otherFunction} is kept only for
     * {@link JobFunction#OTHER}.
     *
     * @param displayName their name
     * @param email where they are reached
     * @param organisation their employer
     * @param function their function there
     * @param registerNumbers their register numbers, if any
     * @param leidinggevende their manager, when the manager is known to the platform (for example a teamleider in the same
     *     cohort: intervisie groups never put a manager with their own staff)
     * @param otherFunction for {@link JobFunction#OTHER}: the function in their own words (at most 100 characters); empty
     *     for every other function
     * @throws InvalidInputException when the name or the e-mail address is blank, too long or not an address, or the own
     *     function is longer than 100 characters
     * @throws NullPointerException when another value is missing
     */
    public ParticipantProfile {
        displayName = FreeText.required(displayName, 200, "participant's name");
        email = FreeText.required(email, 320, "email address");
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("Not an email address: " + email);
        }
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(registerNumbers, "registerNumbers");
        Objects.requireNonNull(leidinggevende, "leidinggevende");
        otherFunction = function == JobFunction.OTHER ? otherFunction.filter(f -> !f.isBlank())
                .map(f -> FreeText.required(f, 100, "function")) : Optional.empty();
    }

    /**
     * A profile without a function in the participant's own words.
     *
     * @param displayName their name
     * @param email where they are reached
     * @param organisation their employer
     * @param function their function there
     * @param registerNumbers their register numbers, if any
     * @param leidinggevende their manager, when known to the platform
     */
    public ParticipantProfile(String displayName, String email, Organisation organisation, JobFunction function,
            RegisterNumbers registerNumbers, Optional<UserId> leidinggevende) {
        this(displayName, email, organisation, function, registerNumbers, leidinggevende, Optional.empty());
    }

    /**
     * @param newOrganisation the new employer
     * @param newFunction the new function
     * @param newOtherFunction the function in their own words, for {@link JobFunction#OTHER}
     * @param newNumbers the new register numbers
     * @return the same person with other work details; name, e-mail and leidinggevende stay
     */
    public ParticipantProfile withWork(Organisation newOrganisation, JobFunction newFunction, Optional<String> newOtherFunction,
            RegisterNumbers newNumbers) {
        return new ParticipantProfile(displayName, email, newOrganisation, newFunction, newNumbers, leidinggevende, newOtherFunction);
    }

    /**
     * @return the function as groups compare it: the listed function's name, or {@code other:} and the own words in lower
     *     case, so two people who wrote the same function in their own words count as the same discipline
     */
    public String functionKey() {
        return function == JobFunction.OTHER
                ? "other:" + otherFunction.orElse("").toLowerCase(java.util.Locale.ROOT)
                : function.name();
    }
}
