package nl.leerlijn.testing;

import java.util.Optional;
import java.util.Set;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Organisation;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.RegisterNumbers;

/** The people tests act as. */
public final class People {
    private People() {
    }

    public static Actor kerndocent(String id) {
        return new Actor(new UserId(id), "Docent " + id, Set.of(Role.CORE_TEACHER));
    }

    public static Actor administrator() {
        return new Actor(new UserId("beheer"), "Beheerder", Set.of(Role.ADMINISTRATOR));
    }

    public static Actor student(String id) {
        return new Actor(new UserId(id), "Student " + id, Set.of(Role.STUDENT));
    }

    public static NewParticipant participant(String id, String organisation, OrganisationType type, JobFunction function) {
        return new NewParticipant(new UserId(id), new ParticipantProfile("Deelnemer " + id, id + "@example.org",
                new Organisation(organisation, type), function, RegisterNumbers.none(), Optional.empty()));
    }

    public static NewParticipant participant(String id) {
        return participant(id, "Gemeente Utrecht", OrganisationType.GEMEENTE, JobFunction.KLANTMANAGER);
    }
}
