package nl.leerlijn.grouping;

import java.util.Optional;
import nl.leerlijn.InvalidInputException;

/**
 * A person to be placed in a group.
 *
 * @param id unique within the request; never blank
 * @param organisation the employer, compared as given; never blank
 * @param function the job function, compared as given; never blank
 * @param manager the id of this person's leidinggevende; it matters only when that person is a candidate too
 */
public record Candidate(String id, String organisation, String function, Optional<String> manager) {
    /**
     * Checks the fields.
     *
     * @param id unique within the request; never blank
     * @param organisation the employer, compared as given; never blank
     * @param function the job function, compared as given; never blank
     * @param manager the id of this person's leidinggevende; it matters only when that person is a candidate too
     * @throws InvalidInputException when a field is missing or blank, or a person is named their own manager
     */
    public Candidate {
        if (id == null || id.isBlank() || organisation == null || organisation.isBlank() || function == null
                || function.isBlank() || manager == null) {
            throw new InvalidInputException("A candidate needs an id, an organisation and a function: " + id);
        }
        if (manager.filter(id::equals).isPresent()) {
            throw new InvalidInputException("Candidate " + id + " cannot be their own manager");
        }
    }

    /**
     * @param id unique within the request
     * @param organisation the employer
     * @param function the job function
     * @return a candidate without a manager among the candidates
     */
    public static Candidate of(String id, String organisation, String function) {
        return new Candidate(id, organisation, function, Optional.empty());
    }

    /**
     * @param managerId the id of this person's leidinggevende
     * @return this candidate with that manager
     */
    public Candidate withManager(String managerId) {
        return new Candidate(id, organisation, function, Optional.of(managerId));
    }
}
