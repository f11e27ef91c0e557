package nl.leerlijn.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.schedule.ScheduleChange;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.testing.TestClock;

/**
 * The first ten weeks of the demo cohort, as they happened: attendance with a few absences, online work (one late, some
 * missed), plans van aanpak handed in, marked by two assessors, agreed and released (one klaar, one herkansing, one waiting
 * for release, one for the second assessor), an extension granted and one requested, a withdrawal, an online session's link,
 * and praktijk duos at work (see {@link DemoPraktijk}).
 */
final class DemoStory {
    private static final ActivityKey PLAN = new ActivityKey("pa-plan-van-aanpak");
    private static final ActivityKey CONCEPT = new ActivityKey("pa-concept");
    private static final Map<String, Integer> AKKOORD = Map.of("vraag", 1, "planning", 1);
    private static final Map<String, Integer> PLANNING_NOG_NIET = Map.of("vraag", 1, "planning", 0);
    private static final Map<String, Integer> VRAAG_NOG_NIET = Map.of("vraag", 0, "planning", 1);

    private final LeerlijnCore core;
    private final TestClock clock;
    private final Cohort cohort;
    private final Instant now;
    private final Actor marieke = DemoSeed.actor(DemoPeople.KERNDOCENT);
    private final Actor henk = DemoSeed.actor(DemoPeople.TWEEDE_BEOORDELAAR);
    private final Map<String, Participant> byUser = new HashMap<>();

    DemoStory(LeerlijnCore core, TestClock clock, Cohort cohort, Instant now) {
        this.core = core;
        this.clock = clock;
        this.cohort = cohort;
        this.now = now;
        core.enrolment().participants(marieke, cohort.id()).forEach(p -> byUser.put(p.userId().value(), p));
    }

    void play() {
        DemoIntervision intervision = new DemoIntervision(core, clock, cohort, byUser::get);
        intervision.formGroups();
        List<ScheduleItem> items = core.schedule().cohortSchedule(marieke, cohort.id());
        Instant planDeadline = items.stream().filter(i -> i.activity().equals(PLAN)).findFirst().orElseThrow().at();
        Instant withdrawal = cohort.startDate().atStartOfDay(core.zone()).toInstant().plus(Duration.ofDays(36));
        for (ScheduleItem item : items) {
            if (byUser.get("student-martijn").isActive() && item.at().isAfter(withdrawal)) {
                at(withdrawal);
                byUser.put("student-martijn", core.enrolment().withdraw(marieke, id("student-martijn"),
                        Optional.of("Langdurig ziek; gaat verder in een volgende leergang.")).participant());
                intervision.afterWithdrawal(byUser.get("student-martijn"));
            }
            if (item.isSession() && item.endsAt().orElseThrow().isBefore(now)) {
                if (item.kind() == ActivityKind.INTERVISION_MEETING) {
                    intervision.held(item, user -> presence(user, item.activity().value()),
                            item.activity().value().equals("iv-bijeenkomst-2"));
                }
                attendance(item);
            } else if (item.kind() == ActivityKind.ONLINE_WORK && item.at().isBefore(now)) {
                onlineWork(item);
            }
        }
        plans(planDeadline);
        markAndRelease(planDeadline);
        DemoPraktijk praktijk = new DemoPraktijk(core, clock, cohort, byUser::get);
        praktijk.formDuos(now);
        praktijk.work(now);
        laterSteps(items, planDeadline);
        intervision.today(now);
    }

    private void attendance(ScheduleItem session) {
        at(session.endsAt().orElseThrow().plus(Duration.ofHours(1)));
        Map<ParticipantId, Presence> presences = new HashMap<>();
        for (Participant p : core.enrolment().participants(marieke, cohort.id())) {
            if (p.isActive()) {
                presences.put(p.id(), presence(p.userId().value(), session.activity().value()));
            }
        }
        core.attendance().record(marieke, cohort.id(), session.id(), presences);
    }

    /** Joris misses most sessions (the minimum is out of reach), Merel two, Kees was excused once. */
    private static Presence presence(String user, String session) {
        if (user.equals("student-joris") && !session.equals("m1-trainingsdag")) {
            return Presence.ABSENT;
        }
        if (user.equals("student-merel") && (session.equals("iv-bijeenkomst-2") || session.equals("m2-trainingsdag"))) {
            return session.equals("m2-trainingsdag") ? Presence.EXCUSED : Presence.ABSENT;
        }
        return user.equals("student-kees") && session.equals("iv-bijeenkomst-1") ? Presence.EXCUSED : Presence.PRESENT;
    }

    private void onlineWork(ScheduleItem item) {
        for (Participant p : List.copyOf(byUser.values())) {
            String user = p.userId().value();
            boolean skips = user.equals("student-joris") && !item.activity().value().equals("m1-e-learning")
                    || user.equals("student-daan") && item.activity().value().equals("m2-video-opdracht") || !p.isActive();
            if (!skips) {
                boolean late = user.equals("student-thomas") && item.activity().value().equals("m1-reflectie");
                at(item.at().plus(late ? Duration.ofDays(1) : Duration.ofHours(-20)));
                core.progress().markDone(student(user), p.id(), item.activity(), true);
            }
        }
    }

    private void plans(Instant deadline) {
        at(deadline.minus(Duration.ofDays(5)));
        var extension = core.extensions().request(student("student-thomas"), id("student-thomas"), PLAN,
                deadline.plus(Duration.ofDays(7)), "Mijn praktijkbegeleider is twee weken met verlof; ik wil de interviews met haar plannen.");
        at(deadline.minus(Duration.ofDays(4)));
        core.extensions().decide(marieke, extension.id(), true);
        at(deadline.minus(Duration.ofDays(2)));
        for (String user : List.of("student-sanne", "student-lotte", "student-ahmed", "student-noor", "student-esra", "student-fatima",
                "student-priya", "student-ingrid")) {
            handIn(user, PLAN, user.equals("student-sanne"));
        }
        at(deadline.minus(Duration.ofDays(1)));
        core.submissions().upload(student("student-kees"), id("student-kees"), PLAN, "demo-plan", List.of(), Optional.of(text("student-kees")));
        at(deadline.plus(Duration.ofDays(2)));
        handIn("student-merel", PLAN, false);
        at(deadline.plus(Duration.ofDays(5)));
        handIn("student-thomas", PLAN, false);
    }

    private void markAndRelease(Instant deadline) {
        at(deadline.plus(Duration.ofDays(3)));
        mark("student-sanne", AKKOORD, AKKOORD);
        mark("student-lotte", AKKOORD, PLANNING_NOG_NIET);
        mark("student-ahmed", VRAAG_NOG_NIET, VRAAG_NOG_NIET);
        mark("student-noor", AKKOORD, AKKOORD);
        mark("student-esra", AKKOORD, PLANNING_NOG_NIET);
        mark("student-fatima", PLANNING_NOG_NIET, Map.of());
        at(deadline.plus(Duration.ofDays(4)));
        agree("student-sanne", AKKOORD, "Een heldere vraag uit je eigen praktijk en een haalbare planning. Betrek je werkbegeleider "
                + "bij de interviews.", false);
        agree("student-lotte", PLANNING_NOG_NIET, "Goede vraag. Maak de planning concreet: wanneer interview je wie?", false);
        agree("student-noor", AKKOORD, "Sterk plan; let op dat je de casussen anonimiseert.", false);
        at(deadline.plus(Duration.ofDays(6)));
        core.assessments().release(marieke, version("student-sanne", PLAN));
        core.assessments().release(marieke, version("student-lotte", PLAN));
    }

    private void laterSteps(List<ScheduleItem> items, Instant deadline) {
        at(deadline.plus(Duration.ofDays(10)));
        core.submissions().upload(student("student-sanne"), id("student-sanne"), CONCEPT, "demo-concept", List.of(),
                Optional.of(text("student-sanne") + "\n\nEerste bevindingen: de klant neemt vaker zelf het woord als ik met een schaalvraag open."));
        at(now.minus(Duration.ofDays(3)));
        agree("student-ahmed", VRAAG_NOG_NIET, "De aanpak is goed, maar de vraag is nog te breed. Kies één doelgroep.", true);
        core.assessments().release(marieke, version("student-ahmed", PLAN));
        at(now.minus(Duration.ofDays(2)));
        items.stream().filter(i -> i.activity().value().equals("m3-werkatelier")).findFirst().ifPresent(werkatelier ->
                core.schedule().reschedule(marieke, cohort.id(), new ScheduleChange(werkatelier.id(), werkatelier.at(),
                        Optional.of("https://teams.microsoft.com/l/meetup-join/leerlijn-demo-werkatelier"))));
        at(now.minus(Duration.ofDays(1)));
        Instant conceptDeadline = items.stream().filter(i -> i.activity().equals(CONCEPT)).findFirst().orElseThrow().at();
        core.extensions().request(student("student-lotte"), id("student-lotte"), CONCEPT, conceptDeadline.plus(Duration.ofDays(14)),
                "Reorganisatie op mijn afdeling: ik neem drie weken extra klanten over van een collega.");
        at(now.minus(Duration.ofHours(2)));
        handIn("student-esra", CONCEPT, false);
        at(now.minus(Duration.ofHours(1)));
        core.extensions().request(student("student-noor"), id("student-noor"), CONCEPT, conceptDeadline.plus(Duration.ofDays(10)),
                "Mijn team krijgt in januari een nieuwe werkwijze; ik wil die in mijn concept meenemen.");
        at(now);
    }

    private void handIn(String user, ActivityKey activity, boolean withFile) {
        List<nl.leerlijn.submission.Upload> files = withFile ? List.of(new nl.leerlijn.submission.Upload("plan-van-aanpak.pdf",
                new ByteArrayInputStream(DemoDocuments.PDF.getBytes(StandardCharsets.ISO_8859_1)))) : List.of();
        var stored = core.submissions().upload(student(user), id(user), activity, "demo-" + activity.value(), files, Optional.of(text(user)));
        core.submissions().submit(student(user), ((nl.leerlijn.submission.UploadOutcome.Stored) stored).submission().id());
    }

    private void mark(String user, Map<String, Integer> first, Map<String, Integer> second) {
        var version = version(user, PLAN);
        core.assessments().saveMarking(marieke, version, first, Map.of("planning", "Haalbaar, met ruimte voor uitloop."),
                "Een heldere vraag uit je eigen praktijk.", true, 0);
        if (!second.isEmpty()) {
            core.assessments().saveMarking(henk, version, second, Map.of(), "Goed te volgen plan.", true, 0);
        }
    }

    private void agree(String user, Map<String, Integer> levels, String feedback, boolean revision) {
        core.assessments().agree(marieke, version(user, PLAN), levels, Map.of("planning", "Plan de interviews vóór de kerstvakantie."),
                feedback, revision, null);
    }

    private nl.leerlijn.submission.SubmissionId version(String user, ActivityKey activity) {
        return core.submissions().versions(student(user), id(user), activity).stream().filter(v -> v.handedIn())
                .reduce((a, b) -> b).orElseThrow().id();
    }

    private String text(String user) {
        return DemoDocuments.PLAN.formatted(byUser.get(user).profile().organisation().name());
    }

    private ParticipantId id(String user) {
        return byUser.get(user).id();
    }

    private Actor student(String user) {
        return new Actor(byUser.get(user).userId(), byUser.get(user).profile().displayName(), Set.of(nl.leerlijn.access.Role.STUDENT));
    }

    private void at(Instant moment) {
        clock.set(moment);
    }
}
