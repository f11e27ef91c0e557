package nl.leerlijn.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.praktijk.Decision;
import nl.leerlijn.praktijk.Duo;
import nl.leerlijn.praktijk.Measure;
import nl.leerlijn.praktijk.Outcomes;
import nl.leerlijn.praktijk.Supervisor;
import nl.leerlijn.praktijk.SupervisorRequest;
import nl.leerlijn.praktijk.SupervisorView;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.testing.TestClock;

/**
 * Praktijkopdracht 2 (the vaktraining in duos) in the demo cohort: Sanne proposed Thomas as her partner, Leerlijn proposed
 * the other duos and Marieke confirmed them, except one, which waits for her. Noor's duo ran their training early: plan
 * and report handed in, confirmed by their werkbegeleider, marked by both assessors and released with individual results.
 * Sanne and Thomas handed in their report yesterday; the link to their werkbegeleider waits in the demo's mails.
 * Priya's duo has a first draft of their plan.
 */
final class DemoPraktijk {
    static final ActivityKey TRAINING = new ActivityKey("po-vaktraining");
    static final ActivityKey PLAN = new ActivityKey("po-vaktraining-plan");
    private static final Map<String, Integer> PLAN_AKKOORD = Map.of("doelgroep-en-doel", 1, "aanpak-en-samenwerking", 1);
    /** A plan has no outcomes. */
    private static final Outcomes NO_OUTCOMES = new Outcomes("", OptionalInt.empty(), OptionalInt.empty(), List.of(), "");
    private static final Map<String, Integer> REPORT_SHARED = Map.of("uitvoering", 2, "resultaat", 2, "werkbegeleider", 1);

    private final LeerlijnCore core;
    private final TestClock clock;
    private final Cohort cohort;
    private final Actor marieke = DemoSeed.actor(DemoPeople.KERNDOCENT);
    private final Actor henk = DemoSeed.actor(DemoPeople.TWEEDE_BEOORDELAAR);
    private final Function<String, Participant> byUser;

    DemoPraktijk(LeerlijnCore core, TestClock clock, Cohort cohort, Function<String, Participant> byUser) {
        this.core = core;
        this.clock = clock;
        this.cohort = cohort;
        this.byUser = byUser;
    }

    /** Duos are formed two and a half weeks before {@code now}. */
    void formDuos(Instant now) {
        clock.set(now.minus(Duration.ofDays(18)));
        core.practice().proposePartner(student("student-sanne"), id("student-sanne"), TRAINING, id("student-thomas"));
        clock.set(now.minus(Duration.ofDays(17)));
        core.practice().proposeDuos(marieke, cohort.id(), TRAINING, 11);
        clock.set(now.minus(Duration.ofDays(16)));
        // One duo without work in this story waits for Marieke's confirmation.
        List<Duo> duos = core.practice().duos(marieke, cohort.id(), TRAINING).duos();
        Set<ParticipantId> busy = Set.of(id("student-sanne"), id("student-noor"), id("student-priya"));
        Duo waiting = duos.stream().filter(d -> d.members().stream().noneMatch(busy::contains)).findFirst().orElseThrow();
        core.practice().confirm(marieke, cohort.id(), duos.stream().map(Duo::id).filter(d -> !d.equals(waiting.id())).toList());
    }

    void work(Instant now) {
        String noorsPartner = partnerOf("student-noor");
        clock.set(now.minus(Duration.ofDays(14)));
        Submission noorPlan = upload("student-noor", PLAN, DemoDocuments.PRAKTIJK_PLAN, NO_OUTCOMES);
        clock.set(now.minus(Duration.ofDays(13)));
        core.submissions().submit(student(noorsPartner), copyOf(noorsPartner, PLAN, noorPlan.version()));
        clock.set(now.minus(Duration.ofDays(11)));
        releasePlan("student-noor", noorPlan.version(), "Een haalbaar plan met een duidelijke taakverdeling.", "Akkoord: ga aan de "
                + "slag. Spreek vooraf af hoe jullie de uitstroom meten.");
        clock.set(now.minus(Duration.ofDays(5)));
        Submission noorReport = upload("student-noor", TRAINING, DemoDocuments.PRAKTIJK_VERSLAG, new Outcomes(
                "Ouders van kinderen van 4 tot 12 jaar in Zeist-West, doorverwezen door het wijkteam", OptionalInt.of(5), OptionalInt.of(9),
                List.of(new Measure("Ouders die alle bijeenkomsten volgden", "7 van 9"),
                        new Measure("Ouders die zelf een vervolgafspraak maakten", "5 van 9"),
                        new Measure("Gemiddeld rapportcijfer", "8,2")),
                "\"Ik merk dat ik minder schreeuw en vaker vraag wat er is.\" \"Fijn om te horen dat andere ouders hetzelfde meemaken.\""));
        reflect("student-noor", "Ik was gewend om ouders vooral te adviseren. In de training merkte ik dat ouders meer aannemen van "
                + "elkaar dan van mij. Mijn rol werd: de vragen stellen en de stiltes laten vallen.");
        reflect(noorsPartner, "Samen met een collega van een andere organisatie werken was wennen: wij plannen anders. Het hielp dat "
                + "we vooraf de taken hebben verdeeld.");
        core.submissions().submit(student("student-noor"), noorReport.id());
        core.practice().nameSupervisor(student("student-noor"), id("student-noor"), TRAINING,
                new Supervisor("Jolanda Verbeek", "j.verbeek@lister.example", "Lister", "Teamleider jeugd en gezin"));
        clock.set(now.minus(Duration.ofDays(4)).minus(Duration.ofHours(3)));
        SupervisorRequest noorRequest = core.practice().requestConfirmation(student("student-noor"), noorReport.id());
        clock.set(now.minus(Duration.ofDays(4)));
        answer(noorRequest, Decision.CONFIRMED, "De training is gegeven zoals beschreven; de ouders waren enthousiast. Mooi dat het "
                + "wijkteam de training wil herhalen.");
        clock.set(now.minus(Duration.ofDays(3)));
        List<String> group = membersOf("student-noor");
        for (String member : group) {
            Map<String, Integer> levels = with(REPORT_SHARED, member.equals("student-noor") ? 2 : 1);
            SubmissionId copy = copyOf(member, TRAINING, noorReport.version());
            core.assessments().saveMarking(marieke, copy, levels, Map.of("resultaat", "Uitkomsten goed gemeten en verklaard."),
                    member.equals("student-noor") ? "Een sterke training." : "Een sterke training; je reflectie mag dieper.", true,
                    savedBefore(marieke, copy));
            core.assessments().saveMarking(henk, copy, levels, Map.of(), "", true, savedBefore(henk, copy));
        }
        clock.set(now.minus(Duration.ofDays(2)));
        for (String member : group) {
            boolean noor = member.equals("student-noor");
            SubmissionId copy = copyOf(member, TRAINING, noorReport.version());
            core.assessments().agree(marieke, copy, with(REPORT_SHARED, noor ? 2 : 1), Map.of("eigen-reflectie", noor
                    ? "Je laat goed zien hoe je rol veranderde." : "Beschrijf ook wat je zelf anders ging doen."),
                    noor ? "Goed gedaan: een training die het wijkteam wil herhalen." : "Een sterke training; je eigen reflectie kan dieper.",
                    false, null);
            core.assessments().release(marieke, copy);
        }

        clock.set(now.minus(Duration.ofDays(12)));
        upload("student-thomas", PLAN, DemoDocuments.PRAKTIJK_PLAN, NO_OUTCOMES);
        clock.set(now.minus(Duration.ofDays(10)));
        Submission sannePlan = upload("student-sanne", PLAN, DemoDocuments.PRAKTIJK_PLAN + "\n\nAangevuld: we werven deelnemers via "
                + "het werkgeversservicepunt en de wijkcoaches.", NO_OUTCOMES);
        core.submissions().submit(student("student-sanne"), sannePlan.id());
        clock.set(now.minus(Duration.ofDays(8)));
        releasePlan("student-sanne", sannePlan.version(), "", "Akkoord. Let op dat jullie de uitstroom na drie maanden nog kunnen "
                + "navragen.");
        clock.set(now.minus(Duration.ofDays(1)).minus(Duration.ofHours(4)));
        Submission sanneReport = upload("student-thomas", TRAINING, DemoDocuments.PRAKTIJK_VERSLAG_WERK, new Outcomes(
                "Bijstandsgerechtigden van 27 tot 50 jaar in Utrecht en De Bilt, langer dan een jaar zonder werk", OptionalInt.of(4),
                OptionalInt.of(11), List.of(new Measure("Uitstroom naar werk of opleiding binnen drie maanden", "7 van 11 (64%)"),
                        new Measure("Deelnemers die alle bijeenkomsten volgden", "9 van 11")),
                "\"Voor het eerst had ik het gevoel dat iemand naar mijn plan vroeg in plaats van naar mijn verplichtingen.\""));
        reflect("student-sanne", "Thomas en ik keken heel verschillend naar dezelfde klant: ik naar werk, hij naar de wijk. In de training "
                + "werd dat een kracht. Ik wil vaker samen met wijkcoaches werken.");
        core.submissions().submit(student("student-sanne"), copyOf("student-sanne", TRAINING, sanneReport.version()));
        core.practice().nameSupervisor(student("student-sanne"), id("student-sanne"), TRAINING,
                new Supervisor("Karin Smit", "k.smit@utrecht.example", "Gemeente Utrecht", "Teamleider werk en inkomen"));
        clock.set(now.minus(Duration.ofDays(1)));
        core.practice().requestConfirmation(student("student-sanne"), copyOf("student-sanne", TRAINING, sanneReport.version()));

        clock.set(now.minus(Duration.ofDays(6)));
        upload("student-priya", PLAN, DemoDocuments.PRAKTIJK_PLAN.replace("bijstandsgerechtigden", "mantelzorgers"), NO_OUTCOMES);
    }

    /** Both assessors mark every member's copy of the plan akkoord; Marieke agrees and releases each. */
    private void releasePlan(String user, int version, String marking, String feedback) {
        for (String member : membersOf(user)) {
            SubmissionId copy = copyOf(member, PLAN, version);
            core.assessments().saveMarking(marieke, copy, PLAN_AKKOORD, Map.of(), marking, true, savedBefore(marieke, copy));
            core.assessments().saveMarking(henk, copy, PLAN_AKKOORD, Map.of(), "", true, savedBefore(henk, copy));
            core.assessments().agree(marieke, copy, PLAN_AKKOORD, Map.of(), feedback, false, null);
            core.assessments().release(marieke, copy);
        }
    }

    /** @return the version of the assessor's marking so far (marking one copy of shared work marks the others too) */
    private int savedBefore(Actor assessor, SubmissionId copy) {
        return core.assessments().marking(assessor, copy).own().map(nl.leerlijn.assessment.Marking::version).orElse(0);
    }

    /** The werkbegeleider answers through the link, as from the mail. */
    private void answer(SupervisorRequest request, Decision decision, String remark) {
        String token = core.practice().linkPath(request).substring("/werkbegeleider/".length());
        SupervisorView view = core.practice().supervisorView(token).orElseThrow();
        core.practice().decide(token, view.formToken(), decision, remark);
    }

    private static Map<String, Integer> with(Map<String, Integer> shared, int reflection) {
        Map<String, Integer> levels = new HashMap<>(shared);
        levels.put("eigen-reflectie", reflection);
        return levels;
    }

    private void reflect(String user, String text) {
        core.practice().saveReflection(student(user), id(user), TRAINING, text);
    }

    private Submission upload(String user, ActivityKey activity, String text, Outcomes outcomes) {
        UploadOutcome stored = core.submissions().upload(student(user), id(user), activity, "demo-" + activity.value() + "-"
                + clock.instant().toEpochMilli(), List.of(), Optional.of(text),
                core.practice().outcomes(student(user), id(user), activity, outcomes, Optional.of(text)));
        return ((UploadOutcome.Stored) stored).submission();
    }

    private SubmissionId copyOf(String user, ActivityKey activity, int version) {
        return core.submissions().versions(student(user), id(user), activity).stream().filter(v -> v.version() == version)
                .findFirst().orElseThrow().id();
    }

    private String partnerOf(String user) {
        return membersOf(user).stream().filter(m -> !m.equals(user)).findFirst().orElseThrow();
    }

    /** @return the members of the user's duo (or trio), the user first */
    private List<String> membersOf(String user) {
        Duo duo = core.practice().duos(marieke, cohort.id(), TRAINING).duos().stream().filter(d -> d.members().contains(id(user)))
                .findFirst().orElseThrow();
        List<String> members = new java.util.ArrayList<>(List.of(user));
        duo.partnersOf(id(user)).forEach(p -> members.add(core.enrolment().participant(marieke, p).userId().value()));
        return members;
    }

    private ParticipantId id(String user) {
        return byUser.apply(user).id();
    }

    private Actor student(String user) {
        Participant p = byUser.apply(user);
        return new Actor(p.userId(), p.profile().displayName(), Set.of(Role.STUDENT));
    }

}
