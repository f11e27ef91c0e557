package nl.leerlijn.web.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;

/**
 * The person the host says is asking.
 *
 * @param id the host's stable id for the person
 * @param displayName the name to show; control characters become spaces
 * @param email where the person is reached; may be empty
 * @param roles what the platform says they are
 * @param locale the language the host wants pages in; empty to follow the browser
 */
public record HostUser(UserId id, String displayName, String email, Set<Role> roles, Optional<Locale> locale) {
    /**
     * Checks the values and cleans the texts: control characters in the name become spaces, those in the e-mail
     * address are dropped, and both lose surrounding white space. The roles are copied.
     *
     * @param id the host's stable id for the person
     * @param displayName the name to show; control characters become spaces
     * @param email where the person is reached; may be empty
     * @param roles what the platform says they are
     * @param locale the language the host wants pages in; empty to follow the browser
     * @throws IllegalArgumentException when the id, the name, the e-mail address (use {@code ""} for none) or the locale is
     *     missing, or the name is blank
     */
    public HostUser {
        roles = Set.copyOf(roles);
        // Control characters (a NUL cannot even be stored in PostgreSQL) never belong in a name or address shown on a page.
        displayName = displayName == null ? null : displayName.replaceAll("\\p{Cntrl}", " ").strip();
        email = email == null ? null : email.replaceAll("\\p{Cntrl}", "").strip();
        if (id == null || displayName == null || displayName.isBlank() || email == null || locale == null) {
            throw new IllegalArgumentException("A host user needs an id and a display name: " + id);
        }
    }

    /** @return the person as the core use cases know them */
    public Actor actor() {
        return new Actor(id, displayName, roles);
    }
}
