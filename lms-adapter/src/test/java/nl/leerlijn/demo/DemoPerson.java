package nl.leerlijn.demo;

import java.util.Optional;
import java.util.Set;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.OrganisationType;

/** Someone in the demo programme. Staff have no organisation. */
record DemoPerson(
        UserId id, String name, Set<Role> roles, String organisation, OrganisationType organisationType,
        JobFunction function, Optional<String> otherFunction, Optional<UserId> leidinggevende) {

    static DemoPerson staff(String id, String name, Role role) {
        return new DemoPerson(new UserId(id), name, Set.of(role), "", OrganisationType.OTHER, JobFunction.OTHER, Optional.empty(),
                Optional.empty());
    }

    static DemoPerson student(String id, String name, String organisation, OrganisationType type, JobFunction function) {
        return new DemoPerson(new UserId(id), name, Set.of(Role.STUDENT), organisation, type, function, Optional.empty(), Optional.empty());
    }

    DemoPerson reportingTo(String managerId) {
        return new DemoPerson(id, name, roles, organisation, organisationType, function, otherFunction, Optional.of(new UserId(managerId)));
    }

    DemoPerson inOwnWords(String ownFunction) {
        return new DemoPerson(id, name, roles, organisation, organisationType, function, Optional.of(ownFunction), leidinggevende);
    }

    String email() {
        return id.value() + "@demo.leerlijn.nl";
    }

    boolean isStudent() {
        return roles.contains(Role.STUDENT);
    }
}
