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
import nl.leerlijn.attendance.Judgement;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.attendance.ReplacementAssignment;
import nl.leerlijn.attendance.SelfConfirmation;
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
                beforeAndDuring(item);
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

    /**
     * A session as it happened: who could not come reported it two days before, Marieke showed the code and most
     * participants confirmed with it (Thomas forgot his phone once), she recorded the list an hour after the end and
     * confirmed it the next morning. Today's session waits for her.
     */
    private void beforeAndDuring(ScheduleItem session) {
        String key = session.activity().value();
        List<Participant> active = core.enrolment().participants(marieke, cohort.id()).stream().filter(Participant::isActive).toList();
        for (Participant p : active) {
            if (presence(p.userId().value(), key) == Presence.EXCUSED) {
                at(session.at().minus(Duration.ofDays(2)));
                core.attendance().reportAbsence(student(p.userId().value()), p.id(), session.activity(), REASONS.getOrDefault(
                        p.userId().value(), "Verplichte training op mijn werk."));
            }
        }
        at(session.at().plus(Duration.ofMinutes(5)));
        String code = core.attendance().openCode(marieke, cohort.id(), session.id()).code();
        int minute = 6;
        for (Participant p : active) {
            String user = p.userId().value();
            if (presence(user, key) == Presence.PRESENT && !(user.equals("student-thomas") && key.equals("m2-trainingsdag"))) {
                at(session.at().plus(Duration.ofMinutes(minute++)));
                core.attendance().confirmPresence(student(user), code, minute % 3 == 0 ? SelfConfirmation.Via.QR : SelfConfirmation.Via.CODE);
            }
        }
    }

    private void attendance(ScheduleItem session) {
        String key = session.activity().value();
        List<Participant> active = core.enrolment().participants(marieke, cohort.id()).stream().filter(Participant::isActive).toList();
        at(session.endsAt().orElseThrow().plus(Duration.ofHours(1)));
        Map<ParticipantId, Presence> presences = new HashMap<>();
        for (Participant p : active) {
            presences.put(p.id(), presence(p.userId().value(), key));
        }
        core.attendance().record(marieke, cohort.id(), session.id(), presences);
        at(session.endsAt().orElseThrow().plus(Duration.ofHours(17)));
        core.attendance().confirmList(marieke, cohort.id(), session.id());
    }

    private static final Map<String, String> REASONS = Map.of(
            "student-kees", "Zitting bij de rechtbank met een cliënt; die datum kan ik niet verzetten.",
            "student-merel", "Begrafenis van mijn oom.");

    /**
     * The replacement assignments that missed sessions gave: Merel handed in hers for the second training day and Marieke
     * judged it voldoende; Kees handed in his for the first intervisie (late), waiting for her judgement; Joris's are open.
     */
    private void replacements(List<ScheduleItem> items) {
        List<ReplacementAssignment> all = core.attendance().replacements(marieke, cohort.id());
        at(now.minus(Duration.ofDays(6)));
        all.stream().filter(r -> r.participant().equals(id("student-merel")) && r.session().value().equals("m2-trainingsdag")).findFirst()
                .ifPresent(r -> {
                    core.attendance().handInReplacement(student("student-merel"), r.id(), DemoDocuments.REPLACEMENT_MEREL);
                    at(now.minus(Duration.ofDays(5)));
                    core.attendance().judgeReplacement(marieke, r.id(), Judgement.VOLDOENDE,
                            "Mooi hoe je de schaalvraag gebruikte om de klant zelf een volgende stap te laten kiezen.");
                });
        at(now.minus(Duration.ofDays(4)));
        all.stream().filter(r -> r.participant().equals(id("student-kees"))).findFirst()
                .ifPresent(r -> core.attendance().handInReplacement(student("student-kees"), r.id(), DemoDocuments.REPLACEMENT_KEES));
        nextSession(items).ifPresent(session -> core.attendance().reportAbsence(student("student-daan"), id("student-daan"),
                session.activity(), "Ik sta die dag ingeroosterd voor de crisisdienst."));
    }

    private Optional<ScheduleItem> nextSession(List<ScheduleItem> items) {
        return items.stream().filter(i -> i.kind() == ActivityKind.CONTACT_SESSION && i.endsAt().orElseThrow().isAfter(now)).findFirst();
    }

    /**
     * The next training day is held today, online, from the last half hour on: Marieke opened its code and some
     * participants confirmed already, so the demo can show both sides live.
     */
    private void sessionToday(List<ScheduleItem> items) {
        Optional<ScheduleItem> next = nextSession(items);
        if (next.isEmpty()) {
            return;
        }
        ScheduleItem session = next.get();
        Instant start = now.truncatedTo(java.time.temporal.ChronoUnit.HOURS).minus(Duration.ofMinutes(30)).plus(Duration.ofMinutes(
                now.atZone(core.zone()).getMinute() >= 30 ? 30 : 0));
        at(now.minus(Duration.ofMinutes(50)));
        core.schedule().reschedule(marieke, cohort.id(), new ScheduleChange(session.id(), start, session.isOnline()
                ? Optional.of("https://teams.microsoft.com/l/meetup-join/leerlijn-demo-" + session.activity().value()) : Optional.empty()));
        at(now.minus(Duration.ofMinutes(10)));
        String code = core.attendance().openCode(marieke, cohort.id(), session.id()).code();
        int minute = 9;
        for (String user : List.of("student-sanne", "student-esra", "student-noor", "student-priya", "student-ingrid")) {
            at(now.minus(Duration.ofMinutes(minute--)));
            core.attendance().confirmPresence(student(user), code, minute % 2 == 0 ? SelfConfirmation.Via.QR : SelfConfirmation.Via.CODE);
        }
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
        replacements(items);
        at(now.minus(Duration.ofDays(3)));
        agree("student-ahmed", VRAAG_NOG_NIET, "De aanpak is goed, maar de vraag is nog te breed. Kies één doelgroep.", true);
        core.assessments().release(marieke, version("student-ahmed", PLAN));
        at(now.minus(Duration.ofDays(2)));
        // The online werkatelier gets its meeting link, unless it is the session held today (which gets it then).
        items.stream().filter(i -> i.activity().value().equals("m3-werkatelier"))
                .filter(i -> !nextSession(items).map(ScheduleItem::activity).equals(java.util.Optional.of(i.activity()))).findFirst()
                .ifPresent(werkatelier ->
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
        sessionToday(items);
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
