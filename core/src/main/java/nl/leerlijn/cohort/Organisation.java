package nl.leerlijn.cohort;

/**
 * Where a participant works.
 *
 * @param name e.g. "Gemeente Utrecht", 1 to 200 characters
 * @param type the kind of organisation
 */
public record Organisation(String name, OrganisationType type) {
    public Organisation {
        name = Text.required(name, 200, "organisation");
        if (type == null) {
            throw new IllegalArgumentException("An organisation has a type: " + name);
        }
    }
}
