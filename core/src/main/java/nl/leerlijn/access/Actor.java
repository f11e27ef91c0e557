package nl.leerlijn.access;

import nl.leerlijn.InvalidInputException;
import java.util.Set;

/**
 * The person on whose behalf a use case runs, as the host platform identified them.
 *
 * @param userId the host's id for the person
 * @param displayName the name to show; non-blank
 * @param roles the platform roles; may be empty, never {@code null}
 */
public record Actor(UserId userId, String displayName, Set<Role> roles) {
    /**
     * Checks the id and the name; the roles are copied.
     *
     * @param userId the host's id for the person
     * @param displayName the name to show; non-blank
     * @param roles the platform roles; may be empty, never {@code null}
     * @throws InvalidInputException when the id or the name is missing
     */
    public Actor {
        if (userId == null) {
            throw new InvalidInputException("An actor needs a user id");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInputException("An actor needs a display name: " + userId);
        }
        roles = Set.copyOf(roles);
    }

    /**
     * @param role the platform role
     * @return whether the host gave this person the role
     */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** @return whether this person administers the whole platform */
    public boolean isAdministrator() {
        return has(Role.ADMINISTRATOR);
    }
}
