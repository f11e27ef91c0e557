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
}
