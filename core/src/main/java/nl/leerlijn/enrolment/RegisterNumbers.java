package nl.leerlijn.enrolment;

import nl.leerlijn.InvalidInputException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A participant's registration numbers, used to report register points.
 *
 * @param registerplein Registerplein number: 4 to 12 digits, if registered
 * @param skj Kwaliteitsregister Jeugd (SKJ) number: 4 to 12 digits, if registered
 */
public record RegisterNumbers(Optional<String> registerplein, Optional<String> skj) {
    private static final Pattern NUMBER = Pattern.compile("\\d{4,12}");

    /**
     * Checks the numbers; blank ones count as absent.
     *
     * @param registerplein Registerplein number: 4 to 12 digits, if registered
     * @param skj Kwaliteitsregister Jeugd (SKJ) number: 4 to 12 digits, if registered
     * @throws InvalidInputException when a number is not 4 to 12 digits
     */
    public RegisterNumbers {
        registerplein = registerplein.map(String::strip).filter(s -> !s.isEmpty());
        skj = skj.map(String::strip).filter(s -> !s.isEmpty());
        registerplein.filter(n -> !isValid(n)).ifPresent(n -> {
            throw new InvalidInputException("A Registerplein number is 4 to 12 digits: " + n);
        });
        skj.filter(n -> !isValid(n)).ifPresent(n -> {
            throw new InvalidInputException("An SKJ number is 4 to 12 digits: " + n);
        });
    }

    /** @return no register numbers */
    public static RegisterNumbers none() {
        return new RegisterNumbers(Optional.empty(), Optional.empty());
    }

    /**
     * @param number the text to check; not {@code null}
     * @return whether {@code number} has the form of a register number
     */
    public static boolean isValid(String number) {
        return NUMBER.matcher(number).matches();
    }
}
