package nl.leerlijn.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.intervisie.CaseText;
import nl.leerlijn.intervisie.GroupRound;
import nl.leerlijn.intervisie.Meeting;
import nl.leerlijn.intervisie.MeetingPage;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.testing.TestClock;

/**
 * Intervisie in the demo cohort: the groups formed and published before the start, two meetings held (cases brought,
 * presence confirmed by the members and the kerndocent, notes, reflections and answers; the first meeting's cases since
 * removed by the retention rule), and Sanne's group meeting online today with Sanne as inbrenger, her case not yet written.
 */
final class DemoIntervision {
    private static final List<CaseText> CASES = List.of(
            new CaseText("Een man van midden vijftig zit sinds de sluiting van zijn bedrijf in de bijstand. Hij zegt dat hij werk wil, "
                    + "maar komt niet op afspraken bij het werkgeversservicepunt. De vraag achter de vraag lijkt: durft hij nog?",
                    "Werk en inkomen: bijstand, geen werk sinds twee jaar. Gezondheid: rugklachten. Sociale contacten: weinig sinds "
                            + "zijn vrouw overleed. Zingeving: hij mist de collega's.",
                    "Twee keer een afspraak gemaakt bij het werkgeversservicepunt; één keer een werkervaringsplek aangeboden.",
                    "Hoe kom ik erachter wat hem tegenhoudt, zonder dat het gesprek een verhoor wordt?"),
            new CaseText("Een moeder van drie kinderen vraagt huishoudelijke hulp. In het keukentafelgesprek blijkt dat de oudste "
                    + "dochter veel zorgtaken heeft. Mijn vraag: is huishoudelijke hulp wel de echte vraag?",
                    "Gezin en opvoeding: de oudste (15) zorgt voor de jongste twee. Gezondheid: de moeder heeft een chronische ziekte. "
                            + "Financiën: krap, geen schulden.",
                    "Een indicatie voor huishoudelijke hulp is aangevraagd; de school is nog niet betrokken.",
                    "Wanneer betrek ik de jeugdconsulent, en hoe doe ik dat zonder dat de moeder zich beoordeeld voelt?"),
            new CaseText("Een jonge vrouw met schulden bij zes schuldeisers belt af en toe in paniek, en is daarna weken onbereikbaar.",
                    "Financiën en schulden: zes schuldeisers, beslag op haar loon. Wonen: huurachterstand. Dagbesteding: werkt 20 uur "
                            + "in een supermarkt.",
                    "Een budgetcoach, een aanmelding voor schuldhulpverlening (afgebroken).",
                    "Hoe houd ik contact in de weken dat ze onbereikbaar is?"));
    private static final List<String> REFLECTIONS = List.of(
            "Ik zag hoe de Wmo-consulent vraagt door te zwijgen; ik vul stiltes te snel. Volgende keer laat ik de klant eerst uitpraten.",
            "De vraag achter de vraag vond ik lastig te vinden. De informatieve vragen hielpen me mijn eigen aannames te zien.",
            "Als notulist merkte ik hoeveel adviezen er kwamen voordat de vraag helder was. Dat herken ik uit mijn eigen teamoverleg.",
            "Ik neem mee dat de jeugdconsulent eerst de school belt. Bij ons doen we dat pas als er zorgen zijn over veiligheid.");

    private final LeerlijnCore core;
    private final TestClock clock;
    private final Cohort cohort;
    private final Actor marieke = DemoSeed.actor(DemoPeople.KERNDOCENT);
    private final Function<String, Participant> byUser;

    DemoIntervision(LeerlijnCore core, TestClock clock, Cohort cohort, Function<String, Participant> byUser) {
        this.core = core;
        this.clock = clock;
        this.cohort = cohort;
        this.byUser = byUser;
    }

    /**
     * The kerndocent forms the groups a week before the start and publishes them; Sanne and the member whose turn it is at
     * the third meeting swap their turns as inbrenger (everyone still brings a case once before anyone brings a second).
     */
    void formGroups() {
        clock.set(cohort.startDate().minusWeeks(1).atTime(16, 0).atZone(core.zone()).toInstant());
        core.intervision().addRule(marieke, cohort.id(), new nl.leerlijn.intervisie.GroupRule(id("student-thomas"), id("student-esra"),
                nl.leerlijn.intervisie.RuleKind.APART));
        GroupRound draft = core.intervision().form(marieke, cohort.id(), 2026L, Optional.empty());
        clock.set(clock.instant().plus(Duration.ofMinutes(20)));
        core.intervision().publish(marieke, cohort.id(), draft.revision());
        sanneBringsTheThirdCase();
    }

    /** Sanne swaps her (next) turn as inbrenger with whoever has the third meeting, when both are still ahead. */
    private void sanneBringsTheThirdCase() {
        Participant sanne = byUser.apply("student-sanne");
        List<Meeting> meetings = core.intervision().myGroup(student(sanne), cohort.id()).orElseThrow().meetings();
        Meeting third = meetings.get(2);
        Optional<Meeting> own = meetings.stream().filter(m -> m.startsAt().isAfter(clock.instant()))
                .filter(m -> m.roles().inbrenger().filter(sanne.id()::equals).isPresent()).findFirst();
        if (own.isPresent() && !own.get().equals(third) && third.startsAt().isAfter(clock.instant())) {
            ParticipantId other = third.roles().inbrenger().orElseThrow();
            core.intervision().setRoles(marieke, third.id(), third.roles().withInbrenger(sanne.id()), third.revision());
            core.intervision().setRoles(marieke, own.get().id(), own.get().roles().withInbrenger(other), own.get().revision());
        }
    }

    /** After a withdrawal the kerndocent plans the roles of the member's group again, for the meetings still ahead. */
    void afterWithdrawal(Participant withdrawn) {
        GroupRound round = core.intervision().groups(marieke, cohort.id()).current().orElseThrow();
        core.intervision().replanRoles(marieke, cohort.id(), round.groupOf(withdrawn.id()).orElseThrow().id());
        sanneBringsTheThirdCase();
    }

    /** One intervisie session of the cohort's schedule, held by every group, before the kerndocent records attendance. */
    void held(ScheduleItem session, Function<String, Presence> presence, boolean answer) {
        for (Meeting meeting : meetingsOf(session)) {
            MeetingPage page = core.intervision().meeting(marieke, meeting.id());
            clock.set(meeting.startsAt().minus(Duration.ofDays(2)));
            meeting.roles().inbrenger().map(this::participant).filter(Participant::isActive).ifPresent(inbrenger ->
                    core.intervision().saveCase(student(inbrenger), meeting.id(), CASES.get(meeting.groupNumber() % CASES.size()), true));
            clock.set(meeting.startsAt().plus(Duration.ofMinutes(5)));
            for (Participant p : page.members()) {
                if (p.isActive() && presence.apply(p.userId().value()) == Presence.PRESENT) {
                    core.intervision().confirmOwnPresence(student(p), meeting.id());
                }
            }
            clock.set(meeting.endsAt().minus(Duration.ofMinutes(10)));
            meeting.roles().notetaker().map(this::participant).filter(Participant::isActive).ifPresent(notetaker ->
                    core.intervision().saveNotes(student(notetaker), meeting.id(), "Vraag van de inbrenger: zie de casus. De groep "
                            + "vroeg vooral door op wat de klant zelf wil. Adviezen: kleine stappen, samen met de klant een eerste doel "
                            + "kiezen, en de partner in het netwerk eerder bellen. De inbrenger neemt mee: eerst luisteren, dan pas plannen.",
                            true, core.intervision().meeting(marieke, meeting.id()).meeting().revision()));
            clock.set(meeting.endsAt().plus(Duration.ofHours(1)));
            core.intervision().confirmPresence(marieke, meeting.id(), presences(page.members(), presence));
            int written = 0;
            for (Participant p : page.members()) {
                boolean writes = p.isActive() && presence.apply(p.userId().value()) == Presence.PRESENT
                        && !p.userId().value().equals("student-joris") && !p.userId().value().equals("student-daan");
                if (writes) {
                    clock.set(meeting.endsAt().plus(Duration.ofHours(20 + written)));
                    core.intervision().saveReflection(student(p), meeting.id(), REFLECTIONS.get((written + meeting.groupNumber())
                            % REFLECTIONS.size()));
                    if (answer && written < 2) {
                        clock.set(meeting.endsAt().plus(Duration.ofDays(3)));
                        core.intervision().answerReflection(marieke, meeting.id(), p.id(), written == 0
                                ? "Mooi dat je dit bij jezelf ziet. Probeer het bij je volgende huisbezoek bewust uit en vertel er in "
                                        + "Intervisie 3 over."
                                : "Herkenbaar. Welke vraag zou je de klant de volgende keer als eerste stellen?");
                    }
                    written++;
                }
            }
        }
    }

    /**
     * Today: Sanne's group meets online at a time of its own (it started half an hour ago); Sanne is its inbrenger and has
     * not written her case yet. Cases of meetings longer ago than the retention are removed, as the job would.
     */
    void today(Instant now) {
        clock.set(now.minus(Duration.ofHours(2)));
        Participant sanne = byUser.apply("student-sanne");
        List<Meeting> meetings = core.intervision().myGroup(student(sanne), cohort.id()).orElseThrow().meetings();
        Meeting next = meetings.stream().filter(m -> m.startsAt().isAfter(now)).findFirst().orElseThrow();
        Instant start = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofMinutes(30)).plus(Duration.ofMinutes(
                now.atZone(core.zone()).getMinute() >= 30 ? 30 : 0));
        core.intervision().setTimeAndPlace(marieke, next.id(), Optional.of(start),
                Optional.of("https://teams.microsoft.com/l/meetup-join/leerlijn-demo-intervisie-groep-" + next.groupNumber()),
                core.intervision().meeting(marieke, next.id()).meeting().revision());
        clock.set(now);
        core.intervision().removeExpiredCases();
    }

    private List<Meeting> meetingsOf(ScheduleItem session) {
        return core.intervision().groups(marieke, cohort.id()).meetings().stream().filter(m -> m.activity().equals(session.activity()))
                .toList();
    }

    private static Map<ParticipantId, Presence> presences(List<Participant> members, Function<String, Presence> presence) {
        Map<ParticipantId, Presence> all = new HashMap<>();
        members.stream().filter(Participant::isActive).forEach(p -> all.put(p.id(), presence.apply(p.userId().value())));
        return all;
    }

    private Participant participant(ParticipantId id) {
        return core.intervision().groups(marieke, cohort.id()).participants().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseGet(() -> core.enrolment().participant(marieke, id));
    }

    private ParticipantId id(String user) {
        return byUser.apply(user).id();
    }

    private static Actor student(Participant p) {
        return new Actor(p.userId(), p.profile().displayName(), Set.of(Role.STUDENT));
    }
}
