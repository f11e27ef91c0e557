package nl.leerlijn.web.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.Upload;
import nl.leerlijn.submission.UploadOutcome;
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
    private static final String LONG_COMMENT = "De vraagstelling is helder, maar het begrip arbeidsmarktinstrumentenontwikkelingsprogrammaverantwoordelijke "
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
        markAndRelease();
        extensionRequested = askAndGrantExtensions(created);
        core.enrolment().withdraw(anna, id("student-ruud"), Optional.of("Langdurig ziek; stopt na overleg met leidinggevende"));
    }

    private void enrolEveryone(Cohort created) {
        enrol(created, WILHELMINA, "Wilhelmina van der Heijden-Oosterhuis",
                "wilhelmina.vanderheijden-oosterhuis.klantmanagerparticipatie@gemeentesudwestfryslanwerkeninkomen.nl",
                "SamenwerkingsverbandSocialeDienstverleningNoordoostpolderUrkZeewoldeDronten", OrganisationType.SOCIALE_DIENST,
                JobFunction.KLANTMANAGER, Optional.empty());
        enrol(created, "student-sanne", "Sanne Jansen", "sanne@leeuwarden.nl", "Gemeente Leeuwarden", OrganisationType.GEMEENTE,
                JobFunction.PARTICIPATIECONSULENT, Optional.empty());
        enrol(created, "student-noor", "Noor Visser", "noor@lister.nl", "Lister", OrganisationType.ZORGORGANISATIE,
                JobFunction.JEUGDCONSULENT, Optional.empty());
        enrol(created, "student-ahmed", "Ahmed El Amrani", "ahmed@smallingerland.nl", "Gemeente Smallingerland", OrganisationType.GEMEENTE,
                JobFunction.WMO_CONSULENT, Optional.empty());
        enrol(created, "student-fenna", "Fenna de Boer", "fenna@welzijnheerenveen.nl", "Welzijn Heerenveen", OrganisationType.WELZIJNSORGANISATIE,
                JobFunction.OTHER, Optional.of("Casusregisseur schuldhulpverlening en bestaanszekerheid"));
        enrol(created, "student-joris", "Joris Hoekstra", "joris@sdfryslan.nl", "Sociale Dienst Fryslân", OrganisationType.SOCIALE_DIENST,
                JobFunction.SCHULDHULPVERLENER, Optional.empty());
        enrol(created, "student-lotte", "Lotte Bakker", "lotte@wijkteamsneek.nl", "Wijkteam Sneek", OrganisationType.OTHER,
                JobFunction.TEAMLEIDER_WIJKZORG, Optional.empty());
        enrol(created, "student-ruud", "Ruud Postma", "ruud@harlingen.nl", "Gemeente Harlingen", OrganisationType.GEMEENTE,
                JobFunction.WIJKCOACH, Optional.empty());
    }

    private void enrol(Cohort created, String user, String name, String email, String organisation, OrganisationType type,
            JobFunction function, Optional<String> own) {
        ParticipantProfile profile = new ParticipantProfile(name, email, new Organisation(organisation, type), function, RegisterNumbers.none(),
                Optional.empty(), own);
        participants.put(user, core.enrolment().enrol(anna, created.id(), new NewParticipant(new UserId(user), profile)).participant().id()
                .value());
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

    private void markAndRelease() {
        SubmissionId released = handIn(WILHELMINA, PLAN, "Mijn plan: " + LONG_URL);
        markBoth(released, Map.of("vraag", 1, "planning", 1), Map.of("vraag", 1, "planning", 1));
        core.assessments().agree(anna, released, Map.of("vraag", 1, "planning", 1), Map.of("vraag", LONG_COMMENT, "planning", LONG_COMMENT),
                "Een sterk plan. Lees ook " + LONG_URL + " voor de achtergrond.", false, "");
        core.assessments().release(anna, released);
        versions.put("released", released.value());
        handIn("student-sanne", PLAN, "Sanne's plan van aanpak: de klant centraal.");
        SubmissionId compared = handIn("student-sanne", PLAN, "Sanne's plan van aanpak: de klant aan het stuur, met haar netwerk.");
        markBoth(compared, Map.of("vraag", 1, "planning", 1), Map.of("vraag", 1, "planning", 0));
        versions.put("compared", compared.value());
        SubmissionId agreed = handIn("student-noor", PLAN, "Noor's plan van aanpak over jeugdhulp in de wijk.");
        markBoth(agreed, Map.of("vraag", 1, "planning", 1), Map.of("vraag", 1, "planning", 1));
        core.assessments().agree(anna, agreed, Map.of("vraag", 1, "planning", 1), Map.of(), "Goed plan.", false, "");
        versions.put("agreed", agreed.value());
        SubmissionId revision = handIn("student-ahmed", PLAN, "Ahmed's plan.");
        markBoth(revision, Map.of("vraag", 0, "planning", 0), Map.of("vraag", 0, "planning", 1));
        core.assessments().agree(anna, revision, Map.of("vraag", 0, "planning", 0), Map.of("vraag", "Nog geen vraag."),
                "Werk de vraag uit en lever opnieuw in.", true, "");
        core.assessments().release(anna, revision);
        versions.put("revision", revision.value());
        versions.put("draft", draft(WILHELMINA, CONCEPT, "Eerste opzet van mijn concept.").value());
    }

    private void markBoth(SubmissionId id, Map<String, Integer> first, Map<String, Integer> second) {
        core.assessments().saveMarking(anna, id, first, Map.of("vraag", LONG_COMMENT), "Feedback van de kerndocent.", true, 0);
        core.assessments().saveMarking(bob, id, second, Map.of(), "Feedback van de tweede beoordelaar.", true, 0);
    }

    private SubmissionId handIn(String student, ActivityKey activity, String text) {
        SubmissionId id = draft(student, activity, text);
        core.submissions().submit(actor(student, Role.STUDENT), id);
        return id;
    }

    private SubmissionId draft(String student, ActivityKey activity, String text) {
        return ((UploadOutcome.Stored) core.submissions().upload(actor(student, Role.STUDENT), id(student), activity, "k-" + text.hashCode(),
                List.of(new Upload("plan.pdf", new ByteArrayInputStream("%PDF-1.7 plan".getBytes(StandardCharsets.UTF_8)))),
                Optional.of(text))).submission().id();
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
