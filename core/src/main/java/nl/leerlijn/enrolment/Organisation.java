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
    public Organisation {
        name = FreeText.required(name, 200, "organisation");
        if (type == null) {
            throw new InvalidInputException("An organisation has a type: " + name);
        }
    }
}
