package nl.leerlijn.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import org.junit.jupiter.api.Test;

class HostUserTest {

    @Test
    void aNameWithControlCharactersFromTheHostIsShownWithSpacesAndCanBeStoredAnywhere() {
        HostUser user = new HostUser(new UserId("docent-anna"), "Anna\u0000de\tVries\n", "anna@example.org\u0000", Set.of(Role.CORE_TEACHER),
                Optional.empty());

        assertThat(user.displayName()).isEqualTo("Anna de Vries");
        assertThat(user.email()).isEqualTo("anna@example.org");
        assertThat(user.actor().displayName()).doesNotContain("\u0000");
    }

    @Test
    void aNameOfOnlyControlCharactersIsNoName() {
        assertThatThrownBy(() -> new HostUser(new UserId("docent-anna"), "\u0000\u0000", "", Set.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommonCaseNeedsOnlyAnIdANameAndRolesAndFollowsTheBrowsersLanguage() {
        HostUser user = HostUser.of("docent-anna", "Anna de Vries", Role.CORE_TEACHER, Role.EXAM_COMMITTEE);

        assertThat(user.id()).isEqualTo(new UserId("docent-anna"));
        assertThat(user.displayName()).isEqualTo("Anna de Vries");
        assertThat(user.email()).isEmpty();
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.CORE_TEACHER, Role.EXAM_COMMITTEE);
        assertThat(user.locale()).isEmpty();
    }

    @Test
    void aPersonWithoutPlatformRolesOrWithARoleTwiceIsStillOnePerson() {
        assertThat(HostUser.of("student-sanne", "Sanne Jansen").roles()).isEmpty();
        assertThat(HostUser.of("student-sanne", "Sanne Jansen", Role.STUDENT, Role.STUDENT).roles()).containsExactly(Role.STUDENT);
    }

    @Test
    void anEmailMayBeEmptyButNeverNull() {
        assertThatThrownBy(() -> new HostUser(new UserId("docent-anna"), "Anna", null, Set.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email (may be empty)");
    }
}
