package nl.leerlijn.demo;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.curriculum.ProgrammeId;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Organisation;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.RegisterNumbers;
import nl.leerlijn.jobs.BackgroundJobs;
import nl.leerlijn.notification.MailComposer;
import nl.leerlijn.notification.Notifier;
import nl.leerlijn.testing.TestClock;

/**
 * Puts the demo programme in an empty demo database, once: a cohort ten weeks under way, replayed as it happened (the
 * seed runs the use cases on a clock it moves through those weeks), and a second cohort that starts next month.
 */
final class DemoSeed {
    static final ProgrammeId PROGRAMME = new ProgrammeId("effectieve-klantmanager");
    /** The seed runs the background work itself, quickly, before the demo's servlet starts its own jobs. */
    private static final BackgroundJobs.Settings JOBS = new BackgroundJobs.Settings(Duration.ofHours(1), Duration.ofDays(1),
            Duration.ofMillis(200));

    private DemoSeed() {
    }

    /** @return whether anything was seeded (false when the demo cohort exists already) */
    static boolean seedOnce(LeerlijnCore core, DataSource dataSource, Path dataDirectory, Notifier mailbox, MailComposer composer) {
        Actor docent = actor(DemoPeople.KERNDOCENT);
        if (!core.cohorts().cohortsOf(docent).isEmpty()) {
            return false;
        }
        for (DemoPerson person : DemoPeople.EVERYONE) {
            core.notifications().remember(actor(person), person.email(), Locale.forLanguageTag("nl"));
        }
        // Priya reads her mails in English; everyone else keeps Dutch and the standard choices.
        core.notifications().choose(actor(DemoPeople.find(new UserId("student-priya")).orElseThrow()), Map.of(), Locale.ENGLISH);
        Instant now = core.clock().instant();
        LocalDate today = LocalDate.ofInstant(now, core.zone());
        // First the cohort that finished: its months of mail went out long ago, so it is told to no one now.
        DemoGraduates.seedAlumni(core, dataSource, dataDirectory, composer, today, JOBS);
        DemoGraduates.seed(core, dataSource, dataDirectory, mail -> { }, composer, today, JOBS);
        LocalDate start = today.minusWeeks(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        TestClock clock = new TestClock(start.minusWeeks(3).atTime(10, 0).atZone(core.zone()).toInstant());
        LeerlijnCore past = LeerlijnCore.builder().dataSource(dataSource).dataDirectory(dataDirectory).zone(core.zone()).clock(clock)
                .notifier(mailbox).mailComposer(composer).build();
        Cohort cohort = past.cohorts().create(docent, new NewCohort(PROGRAMME, name(start, "Utrecht"), start,
                "Utrecht, Vredenburg 40"));
        past.cohorts().assignStaff(docent, cohort.id(), DemoPeople.KERNDOCENT_2.id(), DemoPeople.KERNDOCENT_2.name(), StaffRole.CORE_TEACHER);
        past.cohorts().assignStaff(docent, cohort.id(), DemoPeople.TWEEDE_BEOORDELAAR.id(), DemoPeople.TWEEDE_BEOORDELAAR.name(),
                StaffRole.SECOND_ASSESSOR);
        for (DemoPerson student : DemoPeople.STUDENTS) {
            past.enrolment().enrol(docent, cohort.id(), participant(student));
        }
        new DemoStory(past, clock, cohort, now).play();
        // What happened until yesterday morning went out then: at once, and in yesterday's digest.
        try (BackgroundJobs jobs = past.startBackgroundJobs(JOBS)) {
            jobs.awaitIdle(dataSource, Duration.ofMinutes(2));
            clock.set(today.minusDays(1).atTime(7, 0).atZone(core.zone()).toInstant());
            // The staff read what they were told before; what came since yesterday morning is still new to them.
            for (DemoPerson staff : List.of(DemoPeople.KERNDOCENT, DemoPeople.KERNDOCENT_2, DemoPeople.TWEEDE_BEOORDELAAR)) {
                past.notifications().markAllRead(actor(staff));
            }
            past.planDigests();
            jobs.awaitIdle(dataSource, Duration.ofMinutes(2));
        }
        nextCohort(core, today);
        // This morning's digest (what happened since), and the reminders of the coming days.
        try (BackgroundJobs jobs = core.startBackgroundJobs(JOBS)) {
            jobs.awaitIdle(dataSource, Duration.ofMinutes(2));
            core.remind();
            core.planDigests();
            jobs.awaitIdle(dataSource, Duration.ofMinutes(2));
        }
        return true;
    }

    /** A cohort that starts next month, with its first participants, so the kerndocenten see more than one. */
    private static void nextCohort(LeerlijnCore core, LocalDate today) {
        Actor youssef = actor(DemoPeople.KERNDOCENT_2);
        LocalDate start = today.plusWeeks(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        Cohort next = core.cohorts().create(youssef, new NewCohort(PROGRAMME, name(start, "Amersfoort"), start,
                "Amersfoort, Stadhuisplein 1"));
        core.cohorts().assignStaff(youssef, next.id(), DemoPeople.KERNDOCENT.id(), DemoPeople.KERNDOCENT.name(), StaffRole.CORE_TEACHER);
        for (DemoPerson student : DemoPeople.NEXT_COHORT) {
            core.enrolment().enrol(youssef, next.id(), participant(student));
        }
    }

    /** @return a cohort's name as a school would give it: the year, its half (1 from January, 2 from July) and the place */
    static String name(LocalDate start, String place) {
        return "Leergang " + start.getYear() + "-" + (start.getMonthValue() <= 6 ? 1 : 2) + " " + place;
    }

    private static NewParticipant participant(DemoPerson student) {
        return new NewParticipant(student.id(), new ParticipantProfile(student.name(), student.email(),
                new Organisation(student.organisation(), student.organisationType()), student.function(), RegisterNumbers.none(),
                student.leidinggevende(), student.otherFunction()));
    }

    static Actor actor(DemoPerson person) {
        return new Actor(person.id(), person.name(), person.roles());
    }
}
