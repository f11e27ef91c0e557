package nl.leerlijn.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Organisation;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.RegisterNumbers;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.ProgrammeId;
import nl.leerlijn.attendance.Presence;

/** Puts the sample programme's demo cohort in an empty demo database, once. */
final class DemoSeed {
    static final ProgrammeId PROGRAMME = new ProgrammeId("effectieve-klantmanager");
    private static final String PLAN = """
            Vraag: hoe kunnen klantmanagers van %s het keukentafelgesprek zo voeren dat de klant zelf de eerste \
            stap naar werk of meedoen zet?

            Aanpak: vijf interviews met collega's, observatie van drie gesprekken, literatuur over motiverende \
            gespreksvoering. Planning: interviews in week 10 tot 12, analyse in week 13 en 14.""";

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
        handInPlans(core, docent, id);
        return true;
    }

    /**
     * Four plans van aanpak handed in as text: one assessed by both, agreed and released (so its student
     * reads feedback), one marked by the kerndocent only, two waiting.
     */
    private static void handInPlans(LeerlijnCore core, Actor docent, CohortId id) {
        Actor henk = actor(DemoPeople.TWEEDE_BEOORDELAAR);
        List<Participant> participants = core.enrolment().participants(docent, id);
        Map<String, Integer> akkoord = Map.of("vraag", 1, "planning", 1);
        for (int i = 1; i <= 4; i++) {
            Participant p = participants.get(i);
            Actor student = actor(DemoPeople.find(p.userId()).orElseThrow());
            UploadOutcome stored = core.submissions().upload(student, p.id(), new ActivityKey("pa-plan-van-aanpak"), "demo-plan",
                    List.of(), Optional.of(PLAN.formatted(p.profile().organisation().name())));
            SubmissionId plan = ((UploadOutcome.Stored) stored).submission().id();
            core.submissions().submit(student, plan);
            if (i <= 2) {
                core.assessments().saveMarking(docent, plan, akkoord, Map.of("planning", "Haalbaar, met ruimte voor uitloop."),
                        "Een heldere vraag uit je eigen praktijk.", true, 0);
            }
            if (i == 1) {
                core.assessments().saveMarking(henk, plan, akkoord, Map.of(), "Goed te volgen plan.", true, 0);
                core.assessments().agree(docent, plan, akkoord, Map.of("planning", "Plan de interviews vóór de kerstvakantie."),
                        "Akkoord: je kunt aan de slag. Betrek je werkbegeleider bij de interviews.", false, null);
                core.assessments().release(docent, plan);
            }
        }
    }


    /** Attendance at the sessions already held and online work done, with the odd absence and a missed deadline. */
    private static void recordWhatHappenedSoFar(LeerlijnCore core, Actor docent, CohortId id) {
        Instant now = core.clock().instant();
        List<Participant> participants = core.enrolment().participants(docent, id);
        for (ScheduleItem item : core.schedule().cohortSchedule(docent, id)) {
            if (item.isSession() && item.endsAt().orElseThrow().isBefore(now)) {
                Map<ParticipantId, Presence> attendance = new HashMap<>();
                for (int i = 0; i < participants.size(); i++) {
                    attendance.put(participants.get(i).id(), i == 3 ? Presence.EXCUSED : i == 8 ? Presence.ABSENT : Presence.PRESENT);
                }
                core.attendance().record(docent, id, item.id(), attendance);
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
