package nl.leerlijn.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.attendance.SelfConfirmation;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.curriculum.Rubric;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Organisation;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.RegisterNumbers;
import nl.leerlijn.graduation.Award;
import nl.leerlijn.graduation.AwardDecision;
import nl.leerlijn.intervisie.Meeting;
import nl.leerlijn.notification.MailComposer;
import nl.leerlijn.notification.Notifier;
import nl.leerlijn.praktijk.Measure;
import nl.leerlijn.praktijk.Outcomes;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.Upload;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.testing.TestClock;

/**
 * A cohort that finished two months ago, replayed as it happened: every session attended and confirmed by both sides,
 * intervisie with reflections, the paper and the praktijkopdrachten handed in and passed, and the examencommissie's
 * decisions: diplomas for five, and one diploma taken back (its certificate revoked) and not yet granted again.
 */
final class DemoGraduates {
    private static final String TEXT = "Uitwerking van %s voor %s: aanpak, resultaten bij de klant en wat ik ervan leerde.";

    private final LeerlijnCore core;
    private final TestClock clock;
    private final Actor marieke = DemoSeed.actor(DemoPeople.KERNDOCENT);
    private final Actor ellen = DemoSeed.actor(DemoPeople.EXAMENCOMMISSIE);
    private final Map<String, Participant> byUser = new LinkedHashMap<>();
    private Cohort cohort;

    private final List<DemoPerson> people;
    private final boolean oneTakenBack;

    private DemoGraduates(LeerlijnCore core, TestClock clock, List<DemoPerson> people, boolean oneTakenBack) {
        this.core = core;
        this.clock = clock;
        this.people = people;
        this.oneTakenBack = oneTakenBack;
    }

    /** Seeds the finished cohort on a clock of its own that runs from its start to today. */
    static void seed(LeerlijnCore live, DataSource dataSource, Path dataDirectory, Notifier mailbox, MailComposer composer, LocalDate today,
            nl.leerlijn.jobs.BackgroundJobs.Settings jobs) {
        LocalDate start = today.minusWeeks(44).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        TestClock clock = new TestClock(start.minusWeeks(3).atTime(10, 0).atZone(live.zone()).toInstant());
        LeerlijnCore past = LeerlijnCore.builder().dataSource(dataSource).dataDirectory(dataDirectory).zone(live.zone()).clock(clock)
                .notifier(mailbox).mailComposer(composer).build();
        new DemoGraduates(past, clock, DemoPeople.GRADUATES, true).play(start, live.clock().instant(), 40211, "Utrecht", "Utrecht, Vredenburg 40");
        // Everything it told people went out along the way (here: nowhere), digests included.
        clock.set(today.minusDays(3).atTime(7, 0).atZone(live.zone()).toInstant());
        try (nl.leerlijn.jobs.BackgroundJobs running = past.startBackgroundJobs(jobs)) {
            running.awaitIdle(dataSource, Duration.ofMinutes(2));
            past.planDigests();
            running.awaitIdle(dataSource, Duration.ofMinutes(2));
        }
    }

    /**
     * Seeds a cohort that finished about two years and four months ago, the same way but without the taken-back diploma; then
     * retention runs on each day it was due, as the daily job did: its marked work and presence lists are gone (the results,
     * the final papers and the diplomas stay).
     */
    static void seedAlumni(LeerlijnCore live, DataSource dataSource, Path dataDirectory, MailComposer composer, LocalDate today,
            nl.leerlijn.jobs.BackgroundJobs.Settings jobs) {
        LocalDate start = today.minusYears(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        TestClock clock = new TestClock(start.minusWeeks(3).atTime(10, 0).atZone(live.zone()).toInstant());
        LeerlijnCore past = LeerlijnCore.builder().dataSource(dataSource).dataDirectory(dataDirectory).zone(live.zone()).clock(clock)
                .notifier(mail -> { }).mailComposer(composer).build();
        DemoGraduates alumni = new DemoGraduates(past, clock, DemoPeople.ALUMNI, false);
        alumni.play(start, live.clock().instant(), 38104, "Amersfoort", "Amersfoort, Stationsplein 50");
        clock.set(start.plusWeeks(44).atTime(7, 0).atZone(live.zone()).toInstant());
        try (nl.leerlijn.jobs.BackgroundJobs running = past.startBackgroundJobs(jobs)) {
            running.awaitIdle(dataSource, Duration.ofMinutes(2));
        }
        for (nl.leerlijn.retention.Retention due : past.retention().of(alumni.ellen, alumni.cohort.id())) {
            LocalDate on = due.dueOn().orElseThrow();
            if (!on.isAfter(today)) {
                clock.set(on.atTime(3, 0).atZone(live.zone()).toInstant());
                past.retention().purgeExpired();
            }
        }
    }

    private void play(LocalDate start, Instant now, int firstNumber, String place, String location) {
        cohort = core.cohorts().create(marieke, new NewCohort(DemoSeed.PROGRAMME, DemoSeed.name(start, place), start, location));
        int number = firstNumber;
        for (DemoPerson person : people) {
            RegisterNumbers numbers = new RegisterNumbers(Optional.of(Integer.toString(number++)),
                    person.function() == nl.leerlijn.enrolment.JobFunction.JEUGDCONSULENT ? Optional.of("1100" + number) : Optional.empty());
            Participant p = core.enrolment().enrol(marieke, cohort.id(), new NewParticipant(person.id(), new ParticipantProfile(person.name(),
                    person.email(), new Organisation(person.organisation(), person.organisationType()), person.function(), numbers,
                    Optional.empty()))).participant();
            byUser.put(person.id().value(), p);
        }
        nl.leerlijn.intervisie.GroupRound draft = core.intervision().form(marieke, cohort.id(), 2025L, Optional.empty());
        core.intervision().publish(marieke, cohort.id(), draft.revision());
        Programme programme = core.progress().cohortProgress(marieke, cohort.id()).programme();
        List<Participant> all = List.copyOf(byUser.values());
        for (int i = 0; i + 1 < all.size(); i += 2) {
            core.practice().makeDuo(marieke, cohort.id(), new nl.leerlijn.curriculum.ActivityKey("po-vaktraining"),
                    List.of(all.get(i).id(), all.get(i + 1).id()));
        }
        for (ScheduleItem item : core.schedule().cohortSchedule(marieke, cohort.id())) {
            Activity activity = programme.activity(item.activity()).orElseThrow();
            if (item.isSession()) {
                session(item);
            } else if (activity.kind() == ActivityKind.ONLINE_WORK) {
                at(item.at().minus(Duration.ofDays(1)));
                all.forEach(p -> core.progress().markDone(student(p), p.id(), item.activity(), true));
            } else if (activity.rubric().isPresent()) {
                work(item, activity, programme.rubric(activity.rubric().get()).orElseThrow());
            }
        }
        decisions(start, now);
    }

    private void session(ScheduleItem session) {
        at(session.at().plus(Duration.ofMinutes(5)));
        String code = core.attendance().openCode(marieke, cohort.id(), session.id()).code();
        int minute = 6;
        for (Participant p : byUser.values()) {
            at(session.at().plus(Duration.ofMinutes(minute++)));
            core.attendance().confirmPresence(student(p), code, minute % 2 == 0 ? SelfConfirmation.Via.QR : SelfConfirmation.Via.CODE);
        }
        if (session.kind() == ActivityKind.INTERVISION_MEETING) {
            for (Meeting meeting : core.intervision().groups(marieke, cohort.id()).meetings()) {
                if (meeting.activity().equals(session.activity())) {
                    at(meeting.endsAt().plus(Duration.ofMinutes(30)));
                    Map<ParticipantId, Presence> present = new HashMap<>();
                    core.intervision().meeting(marieke, meeting.id()).members().forEach(m -> present.put(m.id(), Presence.PRESENT));
                    core.intervision().confirmPresence(marieke, meeting.id(), present);
                    at(meeting.endsAt().plus(Duration.ofHours(20)));
                    core.intervision().meeting(marieke, meeting.id()).members().forEach(m -> core.intervision().saveReflection(student(m),
                            meeting.id(), "Ik neem mee dat ik eerst naar de vraag achter de vraag zoek, voordat ik met oplossingen kom."));
                }
            }
        }
        at(session.endsAt().orElseThrow().plus(Duration.ofHours(1)));
        Map<ParticipantId, Presence> presences = new HashMap<>();
        byUser.values().forEach(p -> presences.put(p.id(), Presence.PRESENT));
        core.attendance().record(marieke, cohort.id(), session.id(), presences);
        at(session.endsAt().orElseThrow().plus(Duration.ofHours(17)));
        core.attendance().confirmList(marieke, cohort.id(), session.id());
    }

    /** Each participant (or one of each duo) hands in two days before the deadline; Marieke marks alone and releases. */
    private void work(ScheduleItem deadline, Activity activity, Rubric rubric) {
        at(deadline.at().minus(Duration.ofDays(2)));
        boolean duo = activity.workKey().value().equals("po-vaktraining");
        List<Participant> all = List.copyOf(byUser.values());
        for (int i = 0; i < all.size(); i++) {
            if (duo && i % 2 == 1) {
                continue;
            }
            Participant p = all.get(i);
            Optional<String> text = Optional.of(TEXT.formatted(activity.title(), p.profile().organisation().name()));
            List<Upload> files = List.of(new Upload(activity.key().value() + ".pdf",
                    new ByteArrayInputStream(DemoDocuments.PDF.getBytes(StandardCharsets.ISO_8859_1))));
            UploadOutcome stored = activity.key().value().equals("po-vaktraining")
                    ? core.submissions().upload(student(p), p.id(), activity.key(), "grad-" + activity.key().value(), files, text,
                            core.practice().outcomes(student(p), p.id(), activity.key(), new Outcomes("Bijstandsgerechtigden in de wijk",
                                    OptionalInt.of(4), OptionalInt.of(11), List.of(new Measure("Uitstroom naar werk of opleiding", "4 van 11")),
                                    "Ik durf nu zelf te bellen over een vacature."), text))
                    : core.submissions().upload(student(p), p.id(), activity.key(), "grad-" + activity.key().value(), files, text);
            core.submissions().submit(student(p), ((UploadOutcome.Stored) stored).submission().id());
        }
        at(deadline.at().plus(Duration.ofDays(5)));
        Map<String, Integer> levels = new HashMap<>();
        rubric.criteria().forEach(c -> levels.put(c.key(), c.levels().size() - 1));
        for (Participant p : all) {
            SubmissionId version = core.submissions().versions(student(p), p.id(), activity.key()).stream().filter(v -> v.handedIn())
                    .reduce((a, b) -> b).orElseThrow().id();
            int basedOn = core.assessments().marking(marieke, version).own().map(m -> m.version()).orElse(0);
            core.assessments().saveMarking(marieke, version, levels, Map.of(), "Sterk uitgewerkt en goed onderbouwd.", true, basedOn);
            core.assessments().agree(marieke, version, levels, Map.of(), "Goed gedaan.", false, null);
            core.assessments().release(marieke, version);
        }
    }

    /**
     * Two weeks after the last deadline the examencommissie grants the diplomas; later Lars's diploma is taken back
     * (the praktijkopdracht turned out to be copied) and not granted again yet.
     */
    private void decisions(LocalDate start, Instant now) {
        Instant decided = start.plusWeeks(38).atTime(14, 0).atZone(core.zone()).toInstant();
        at(decided);
        for (Participant p : byUser.values()) {
            core.graduation().decide(ellen, p.id(), Award.DIPLOMA, "Aan alle criteria voldaan: presentie, paper, praktijkopdrachten en "
                    + "intervisie.");
        }
        if (!oneTakenBack) {
            return;
        }
        Participant lars = byUser.get("student-lars");
        at(decided.plus(Duration.ofDays(20)));
        AwardDecision his = core.graduation().dossier(ellen, lars.id()).decision().orElseThrow();
        core.graduation().takeBack(ellen, lars.id(), his.id(), "Bij controle bleek het verslag van de praktijkopdracht grotendeels overgenomen uit "
                + "het werk van een oud-deelnemer. De examencommissie trekt het diploma in.");
        at(decided.plus(Duration.ofDays(20)).plus(Duration.ofMinutes(5)));
        core.graduation().decide(ellen, lars.id(), Award.NOT_YET, "Nieuwe praktijkopdracht nodig; daarna beslist de examencommissie opnieuw.");
    }

    private static Actor student(Participant p) {
        return new Actor(p.userId(), p.profile().displayName(), java.util.Set.of(nl.leerlijn.access.Role.STUDENT));
    }

    private void at(Instant moment) {
        clock.set(moment);
    }
}
