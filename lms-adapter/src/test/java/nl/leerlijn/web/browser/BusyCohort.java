package nl.leerlijn.web.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Organisation;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.RegisterNumbers;
import nl.leerlijn.schedule.ScheduleChange;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.web.TestHost;

/**
 * A cohort half-way its first weeks, built through the use cases as people would: two kerndocenten and a tweede
 * beoordelaar; eight participants of different organisations and functions (one with a long unbroken e-mail address and
 * organisation, one with a function in her own words); attendance with absences; online work done; a plan van aanpak
 * released as goed with long feedback, one marked by both (differences), one agreed but not released, one herkansing;
 * an extension requested and one granted; one participant withdrawn. The clock stands at {@link CoreFixture#NOW}.
 */
final class BusyCohort {
    static final String ANNA = "docent-anna";
    static final String CARLA = "docent-carla";
    static final String BOB = "tweede-bob";
    static final String EVA = "examen-eva";
    static final String BEHEER = "beheer";
    static final String WILHELMINA = "student-wilhelmina";
    static final ActivityKey PLAN = new ActivityKey("pa-plan-van-aanpak");
    static final ActivityKey CONCEPT = new ActivityKey("pa-concept");
    static final String LONG_URL = "https://www.rijksoverheid.nl/onderwerpen/participatiewet/documenten/rapporten/2024/03/15/"
            + "evaluatie-participatiewet-in-de-praktijk-van-klantmanagers-bijlage-onderzoeksresultaten?referentie=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static final String LONG_COMMENT = "De vraagstelling is helder, maar het begrip arbeidsmarktinstrumentenontwikkelingsprogrammaverantwoordelijke "
            + "verdient een definitie. ".repeat(4);

    final long cohort;
    final Map<String, Long> participants = new LinkedHashMap<>();
    final Map<String, Long> versions = new LinkedHashMap<>();
    final long session;
    final long extensionRequested;

    private final LeerlijnCore core;
    private final Actor anna = new Actor(new UserId(ANNA), "Anna de Docent", java.util.Set.of(Role.CORE_TEACHER));
    private final Actor bob = new Actor(new UserId(BOB), "Bob Bakker", java.util.Set.of(Role.SECOND_ASSESSOR));

    BusyCohort(TestHost host) {
        core = host.leerlijn().core();
        host.signIn(ANNA, "Anna de Docent", Role.CORE_TEACHER, Optional.empty());
        host.signIn(CARLA, "Carla Kerndocent", Role.CORE_TEACHER, Optional.empty());
        host.signIn(BOB, "Bob Bakker", Role.SECOND_ASSESSOR, Optional.empty());
        host.signIn(EVA, "Eva Examen", Role.EXAM_COMMITTEE, Optional.empty());
        host.signIn(BEHEER, "Beheer Leerlijn", Role.ADMINISTRATOR, Optional.empty());
        host.signIn(WILHELMINA, "Wilhelmina van der Heijden-Oosterhuis", Role.STUDENT, Optional.empty());
        Cohort created = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang zomer 2026 Sociaal Domein Friesland",
                LocalDate.of(2026, 7, 13), "Leeuwarden, Stationsweg 6, zaal De Blauwe Golf"));
        cohort = created.id().value();
        core.cohorts().assignStaff(anna, created.id(), new UserId(CARLA), "Carla Kerndocent", StaffRole.CORE_TEACHER);
        core.cohorts().assignStaff(anna, created.id(), new UserId(BOB), "Bob Bakker", StaffRole.SECOND_ASSESSOR);
        enrolEveryone(created);
        session = recordAttendance(created);
        putTheWerkatelierOnline(created);
        new PaperTrail(core, anna, bob, this::id).markAndRelease(versions);
        extensionRequested = askAndGrantExtensions(created);
        core.enrolment().withdraw(anna, id("student-ruud"), Optional.of("Langdurig ziek; stopt na overleg met leidinggevende"));
    }

    /** user, name, e-mail, organisation, its type, function, the function in own words or "" */
    private static final List<List<String>> PEOPLE = List.of(
            List.of(WILHELMINA, "Wilhelmina van der Heijden-Oosterhuis",
                    "wilhelmina.vanderheijden-oosterhuis.klantmanagerparticipatie@gemeentesudwestfryslanwerkeninkomen.nl",
                    "SamenwerkingsverbandSocialeDienstverleningNoordoostpolderUrkZeewoldeDronten", "SOCIALE_DIENST", "KLANTMANAGER", ""),
            List.of("student-sanne", "Sanne Jansen", "sanne@leeuwarden.nl", "Gemeente Leeuwarden", "GEMEENTE", "PARTICIPATIECONSULENT", ""),
            List.of("student-noor", "Noor Visser", "noor@lister.nl", "Lister", "ZORGORGANISATIE", "JEUGDCONSULENT", ""),
            List.of("student-ahmed", "Ahmed El Amrani", "ahmed@smallingerland.nl", "Gemeente Smallingerland", "GEMEENTE", "WMO_CONSULENT", ""),
            List.of("student-fenna", "Fenna de Boer", "fenna@welzijnheerenveen.nl", "Welzijn Heerenveen", "WELZIJNSORGANISATIE", "OTHER",
                    "Casusregisseur schuldhulpverlening en bestaanszekerheid"),
            List.of("student-joris", "Joris Hoekstra", "joris@sdfryslan.nl", "Sociale Dienst Fryslân", "SOCIALE_DIENST", "SCHULDHULPVERLENER", ""),
            List.of("student-lotte", "Lotte Bakker", "lotte@wijkteamsneek.nl", "Wijkteam Sneek", "OTHER", "TEAMLEIDER_WIJKZORG", ""),
            List.of("student-ruud", "Ruud Postma", "ruud@harlingen.nl", "Gemeente Harlingen", "GEMEENTE", "WIJKCOACH", ""));

    private void enrolEveryone(Cohort created) {
        for (List<String> p : PEOPLE) {
            ParticipantProfile profile = new ParticipantProfile(p.get(1), p.get(2), new Organisation(p.get(3), OrganisationType.valueOf(p.get(4))),
                    JobFunction.valueOf(p.get(5)), RegisterNumbers.none(), Optional.empty(), Optional.of(p.get(6)).filter(f -> !f.isEmpty()));
            participants.put(p.get(0), core.enrolment().enrol(anna, created.id(), new NewParticipant(new UserId(p.get(0)), profile))
                    .participant().id().value());
        }
    }

    /** Both training days so far: everyone present but a few; Wilhelmina and Sanne did their first e-learning. @return the first */
    private long recordAttendance(Cohort created) {
        List<ScheduleItem> past = core.schedule().cohortSchedule(anna, created.id()).stream()
                .filter(i -> i.isSession() && i.at().isBefore(CoreFixture.NOW) && i.activity().value().endsWith("trainingsdag")).toList();
        for (ScheduleItem day : past) {
            core.attendance().recordOthersPresent(anna, created.id(), day.id());
        }
        core.attendance().record(anna, created.id(), past.get(0).id(), Map.of(id("student-noor"), Presence.ABSENT,
                id("student-joris"), Presence.EXCUSED));
        core.attendance().record(anna, created.id(), past.get(1).id(), Map.of(id("student-noor"), Presence.ABSENT,
                id("student-lotte"), Presence.ABSENT));
        for (String student : List.of(WILHELMINA, "student-sanne")) {
            core.progress().markDone(actor(student, Role.STUDENT), id(student), new ActivityKey("m1-e-learning"), true);
        }
        return past.get(0).id().value();
    }

    private void putTheWerkatelierOnline(Cohort created) {
        ScheduleItem online = core.schedule().cohortSchedule(anna, created.id()).stream()
                .filter(i -> i.activity().value().equals("m3-werkatelier")).findFirst().orElseThrow();
        core.schedule().reschedule(anna, created.id(), new ScheduleChange(online.id(), online.at(),
                Optional.of("https://meet.example.nl/leerlijn/werkatelier-evidence-based-werken")));
    }

    private long askAndGrantExtensions(Cohort created) {
        Instant concept = core.schedule().cohortSchedule(anna, created.id()).stream().filter(i -> i.activity().equals(CONCEPT)).findFirst()
                .orElseThrow().at();
        core.extensions().grant(anna, id("student-lotte"), CONCEPT, concept.plus(Duration.ofDays(21)), "Mantelzorg voor haar moeder");
        return core.extensions().request(actor("student-joris", Role.STUDENT), id("student-joris"), CONCEPT, concept.plus(Duration.ofDays(14)),
                "Reorganisatie op het werk; " + LONG_COMMENT).id().value();
    }

    ParticipantId id(String user) {
        return new ParticipantId(participants.get(user));
    }

    private static Actor actor(String user, Role role) {
        return new Actor(new UserId(user), user, java.util.Set.of(role));
    }
}
