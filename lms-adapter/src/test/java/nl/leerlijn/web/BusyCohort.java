package nl.leerlijn.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;

/**
 * A cohort in full swing, for counting statements: its own kerndocent and (mostly) a tweede beoordelaar; every
 * participant's concept paper handed in and, by participant number {@code i} in steps of five: not marked yet
 * ({@code i % 5 == 0}); marked by the kerndocent (not done) and done by the tweede beoordelaar (1); done by both (2);
 * agreed (3, asking a revision when {@code i % 10 == 3}); released (4, with a revision when {@code i % 10 == 4}).
 * Extensions asked for, approved and granted; the first session's attendance recorded for everyone, the second one's
 * for half. Intervisie groups formed and published; {@code meeting} is the first meeting of participant 4's group, who
 * brought a case to it. Participant {@code i} signs in as {@code <name>-student-<i>}.
 */
record BusyCohort(Actor kerndocent, Cohort cohort, List<Participant> participants, List<SubmissionId> work, ScheduleItem session,
        ScheduleItem halfRecorded, long meeting) {
    static final ActivityKey CONCEPT = new ActivityKey("pa-concept");
    static final List<String> CRITERIA = List.of("vraagstelling", "onderbouwing", "verbetervoorstel", "reflectie");
    private static final ActivityKey FINAL = new ActivityKey("pa-eindversie");
    private static final Instant LATER = Instant.parse("2027-12-01T12:00:00Z");

    /** @param second the tweede beoordelaar; without one, the kerndocent's marking is the only one */
    static BusyCohort of(LeerlijnCore core, Actor kerndocent, Optional<Actor> second, String name, int size) {
        Cohort cohort = core.cohorts().create(kerndocent, new NewCohort(CoreFixture.SAMPLE, name, LocalDate.of(2026, 9, 8), "Utrecht"));
        second.ifPresent(s -> core.cohorts().assignStaff(kerndocent, cohort.id(), s.userId(), s.displayName(), StaffRole.SECOND_ASSESSOR));
        List<Participant> participants = enrol(core, kerndocent, cohort, name, size);
        List<ScheduleItem> sessions = core.schedule().cohortSchedule(kerndocent, cohort.id()).stream().filter(ScheduleItem::isSession)
                .toList();
        List<SubmissionId> work = participants.stream().map(p -> handIn(core, p)).toList();
        BusyCohort busy = new BusyCohort(kerndocent, cohort, participants, work, sessions.get(0), sessions.get(1),
                intervision(core, kerndocent, cohort, participants.get(4)));
        busy.praktijk(core, kerndocent);
        busy.recordAttendance(core, kerndocent);
        IntStream.range(0, size).forEach(i -> busy.assess(core, kerndocent, second, i));
        IntStream.range(0, size).forEach(i -> busy.extend(core, kerndocent, i));
        return busy;
    }

    /** Forms and publishes the groups; participant 4 brings a case to their group's first meeting. @return that meeting */
    private static long intervision(LeerlijnCore core, Actor kerndocent, Cohort cohort, Participant member) {
        var meeting = nl.leerlijn.testing.IntervisionSetUp.firstMeetingBroughtBy(core, kerndocent, cohort.id(), member.id(), 4L);
        core.intervision().saveCase(People.student(member.userId().value()), meeting.id(), new nl.leerlijn.intervisie.CaseText(
                "Een moeder vraagt hulp in het huishouden.", "", "", "Wat is de echte vraag?"), true);
        return meeting.id().value();
    }

    /**
     * Puts the participants in duos for the vaktraining (0 with 1, 2 with 3, …); participant 4's duo handed in a report
     * with outcomes and asked their werkbegeleider to confirm it.
     */
    private void praktijk(LeerlijnCore core, Actor kerndocent) {
        ActivityKey training = new ActivityKey("po-vaktraining");
        for (int i = 0; i + 1 < participants.size(); i += 2) {
            core.practice().makeDuo(kerndocent, cohort.id(), training, List.of(participants.get(i).id(), participants.get(i + 1).id()));
        }
        Participant member = participants.get(4);
        Actor self = People.student(member.userId().value());
        String text = "Vier bijeenkomsten voor elf klanten.";
        nl.leerlijn.praktijk.Outcomes outcomes = new nl.leerlijn.praktijk.Outcomes("Bijstandsgerechtigden", java.util.OptionalInt.of(4),
                java.util.OptionalInt.of(11), List.of(new nl.leerlijn.praktijk.Measure("Uitstroom naar werk", "7 van 11")), "Het hielp.");
        SubmissionId report = ((UploadOutcome.Stored) core.submissions().upload(self, member.id(), training, "report", List.of(),
                Optional.of(text), core.practice().outcomes(self, member.id(), training, outcomes, Optional.of(text)))).submission().id();
        core.practice().saveReflection(self, member.id(), training, "Samen werken was leerzaam.");
        core.submissions().submit(self, report);
        core.practice().nameSupervisor(self, member.id(), training, new nl.leerlijn.praktijk.Supervisor("Karin Smit", "k.smit@example.org",
                "Gemeente Utrecht", "Teamleider"));
        core.practice().requestConfirmation(self, report);
    }

    /** @return the participants in the order of their number */
    private static List<Participant> enrol(LeerlijnCore core, Actor kerndocent, Cohort cohort, String name, int size) {
        core.enrolment().enrolAll(kerndocent, cohort.id(), IntStream.range(0, size).mapToObj(i -> People.participant(
                name + "-student-" + i, "Organisatie " + (i % 7), OrganisationType.values()[i % 4], JobFunction.values()[i % 7])).toList());
        Map<String, Participant> byUser = new HashMap<>();
        core.enrolment().participants(kerndocent, cohort.id()).forEach(p -> byUser.put(p.userId().value(), p));
        return IntStream.range(0, size).mapToObj(i -> byUser.get(name + "-student-" + i)).toList();
    }

    /** @return a marking form with every criterion at level {@code level} */
    static Map<String, Integer> everyCriterionAt(int level) {
        Map<String, Integer> levels = new HashMap<>();
        CRITERIA.forEach(c -> levels.put(c, level));
        return levels;
    }

    String student(int i) {
        return participants.get(i).userId().value();
    }

    String path() {
        return "/cohorts/" + cohort.id().value();
    }

    private static SubmissionId handIn(LeerlijnCore core, Participant participant) {
        Actor student = People.student(participant.userId().value());
        UploadOutcome stored = core.submissions().upload(student, participant.id(), CONCEPT, "concept", List.of(),
                Optional.of("Concept van " + participant.profile().displayName()));
        SubmissionId id = ((UploadOutcome.Stored) stored).submission().id();
        core.submissions().submit(student, id);
        return id;
    }

    private void recordAttendance(LeerlijnCore core, Actor kerndocent) {
        Map<ParticipantId, Presence> everyone = new HashMap<>();
        Map<ParticipantId, Presence> half = new HashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            everyone.put(participants.get(i).id(), i % 6 == 5 ? Presence.EXCUSED : Presence.PRESENT);
            if (i % 2 == 0) {
                half.put(participants.get(i).id(), i % 4 == 0 ? Presence.PRESENT : Presence.ABSENT);
            }
        }
        core.attendance().record(kerndocent, cohort.id(), session.id(), everyone);
        core.attendance().record(kerndocent, cohort.id(), halfRecorded.id(), half);
    }

    private void assess(LeerlijnCore core, Actor kerndocent, Optional<Actor> second, int i) {
        SubmissionId id = work.get(i);
        int stage = i % 5;
        if (stage == 0) {
            return;
        }
        core.assessments().saveMarking(kerndocent, id, stage == 1 ? Map.of("vraagstelling", 1) : everyCriterionAt(1 + i % 2),
                Map.of("reflectie", "Goed"), "Eerste indruk", stage > 1, 0);
        second.ifPresent(s -> core.assessments().saveMarking(s, id, everyCriterionAt(1 + i % 2), Map.of(), "Eens", true, 0));
        if (stage >= 3) {
            core.assessments().agree(kerndocent, id, everyCriterionAt(1 + i % 2), Map.of(), "Samen", i % 10 == stage, "");
        }
        if (stage == 4) {
            core.assessments().release(kerndocent, id);
        }
    }

    private void extend(LeerlijnCore core, Actor kerndocent, int i) {
        Participant participant = participants.get(i);
        if (i % 4 == 0) {
            Actor student = People.student(participant.userId().value());
            var asked = core.extensions().request(student, participant.id(), FINAL, LATER, "Mantelzorg");
            if (i % 8 == 0) {
                core.extensions().decide(kerndocent, asked.id(), true);
            }
        } else if (i % 4 == 2) {
            core.extensions().grant(kerndocent, participant.id(), FINAL, LATER, "Ziekte");
        }
    }
}
