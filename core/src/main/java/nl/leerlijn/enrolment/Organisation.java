package nl.leerlijn.enrolment;

import nl.leerlijn.InvalidInputException;
import nl.leerlijn.FreeText;


/**
 * Where a participant works.
 *
 * @param name e.g. "Gemeente Utrecht", 1 to 200 characters
 * @param type the kind of organisation
 */
public record Organisation(String name, OrganisationType type) {
    /**
     * Checks the values; the name loses surrounding white space.
     *
     * @param name e.g. "Gemeente Utrecht", 1 to 200 characters
     * @param type the kind of organisation
     * @throws InvalidInputException when the name is blank or longer than 200 characters, or the type is missing
     */
    public Organisation {
        name = FreeText.required(name, 200, "organisation");
        if (type == null) {
            throw new InvalidInputException("An organisation has a type: " + name);
        }
    }
}
