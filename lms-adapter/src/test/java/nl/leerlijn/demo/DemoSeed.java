package nl.leerlijn.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.cohort.NewParticipant;
import nl.leerlijn.cohort.Organisation;
import nl.leerlijn.cohort.ParticipantProfile;
import nl.leerlijn.cohort.RegisterNumbers;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.curriculum.ProgrammeId;

/** Puts the sample programme's demo cohort in an empty demo database, once. */
final class DemoSeed {
    static final ProgrammeId PROGRAMME = new ProgrammeId("effectieve-klantmanager");

    private DemoSeed() {
    }

    /** @return whether anything was seeded (false when the demo cohort exists already) */
    static boolean seedOnce(LeerlijnCore core) {
        Actor docent = actor(DemoPeople.KERNDOCENT);
        if (!core.cohorts().cohortsOf(docent).isEmpty()) {
            return false;
        }
        LocalDate today = LocalDate.now(core.clock().withZone(core.zone()));
        LocalDate start = today.minusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        Cohort cohort = core.cohorts().create(docent,
                new NewCohort(PROGRAMME, "Leergang " + start.getYear() + "-1 Utrecht", start, "Utrecht, Vredenburg 40"));
        CohortId id = cohort.id();
        core.cohorts().assignStaff(docent, id, DemoPeople.KERNDOCENT_2.id(), DemoPeople.KERNDOCENT_2.name(), StaffRole.CORE_TEACHER);
        core.cohorts().assignStaff(docent, id, DemoPeople.TWEEDE_BEOORDELAAR.id(), DemoPeople.TWEEDE_BEOORDELAAR.name(),
                StaffRole.SECOND_ASSESSOR);
        for (DemoPerson student : DemoPeople.STUDENTS) {
            core.enrolment().enrol(docent, id, new NewParticipant(student.id(), new ParticipantProfile(student.name(),
                    student.email(), new Organisation(student.organisation(), student.organisationType()), student.function(),
                    RegisterNumbers.none(), student.leidinggevende())));
        }
        return true;
    }

    static Actor actor(DemoPerson person) {
        return new Actor(person.id(), person.name(), person.roles());
    }
}
