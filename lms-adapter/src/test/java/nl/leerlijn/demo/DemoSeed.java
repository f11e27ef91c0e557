package nl.leerlijn.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.cohort.NewParticipant;
import nl.leerlijn.cohort.Organisation;
import nl.leerlijn.cohort.Participant;
import nl.leerlijn.cohort.ParticipantId;
import nl.leerlijn.cohort.ParticipantProfile;
import nl.leerlijn.cohort.RegisterNumbers;
import nl.leerlijn.cohort.ScheduleItem;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.ProgrammeId;
import nl.leerlijn.progress.Outcome;

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
        recordWhatHappenedSoFar(core, docent, id);
        return true;
    }

    /** Attendance at the sessions already held and online work done, with the odd absence and a missed deadline. */
    private static void recordWhatHappenedSoFar(LeerlijnCore core, Actor docent, CohortId id) {
        Instant now = core.clock().instant();
        List<Participant> participants = core.enrolment().participants(docent, id);
        for (ScheduleItem item : core.schedule().cohortSchedule(docent, id)) {
            if (item.isSession() && item.endsAt().orElseThrow().isBefore(now)) {
                Map<ParticipantId, Outcome> attendance = new HashMap<>();
                for (int i = 0; i < participants.size(); i++) {
                    attendance.put(participants.get(i).id(), i == 3 ? Outcome.EXCUSED : i == 8 ? Outcome.ABSENT : Outcome.PRESENT);
                }
                core.progress().recordAttendance(docent, id, item.id(), attendance);
            }
            if (item.kind() == ActivityKind.ONLINE_WORK && item.at().isBefore(now)) {
                for (int i = 0; i < participants.size(); i++) {
                    if (i % 5 != 4) {
                        Participant p = participants.get(i);
                        core.progress().markDone(actor(DemoPeople.find(p.userId()).orElseThrow()), p.id(), item.activity(), true);
                    }
                }
            }
        }
    }

    static Actor actor(DemoPerson person) {
        return new Actor(person.id(), person.name(), person.roles());
    }
}
