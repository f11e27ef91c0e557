package nl.leerlijn.web.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;

/**
 * The person the host says is asking. Immutable.
 *
 * @param id the host's stable id for the person: the id Leerlijn knows them by in a cohort's team and enrolment, compared
 *     exactly (case and every character count)
 * @param displayName the name to show; control characters become spaces, then the name is stripped and must not be blank
 * @param email where the person is reached; may be empty, never {@code null}; control characters are removed and the
 *     address is stripped, but it is not checked as an address (a participant's address on Leerlijn's pages comes from
 *     their enrolment, not from here)
 * @param roles what the platform says they are (see {@link Role}); copied, never {@code null}
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
            throw new IllegalArgumentException("A host user needs an id, a display name, an email (may be empty) and a locale "
                    + "(may be empty): " + id);
        }
    }

    /**
     * The common case: a person with an id, a name and platform roles, no email, pages in the browser's language.
     *
     * @param id the host's stable id for the person (non-blank, at most 200 characters, no NUL)
     * @param displayName the name to show
     * @param roles what the platform says they are; may be none (what someone sees in a cohort comes from its team and
     *     enrolment, not from these)
     * @return the person, with an empty email and an empty locale
     * @throws nl.leerlijn.InvalidInputException when the id is blank, too long or holds a NUL
     * @throws IllegalArgumentException when the display name is blank
     */
    public static HostUser of(String id, String displayName, Role... roles) {
        return new HostUser(new UserId(id), displayName, "", Set.copyOf(Arrays.asList(roles)), Optional.empty());
    }

    /** @return the person as the core use cases know them */
    public Actor actor() {
        return new Actor(id, displayName, roles);
    }
}
