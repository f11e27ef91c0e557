package nl.leerlijn.graduation;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.curriculum.Register;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.PaperSteps;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class GraduationTest {
    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private CoreFixture fixture;
    private LeerlijnCore core;
    private final Actor docent = kerndocent("docent-anna");
    private final Actor ellen = new Actor(new UserId("examen-ellen"), "Ellen de Boer", Set.of(Role.EXAM_COMMITTEE));
    private Cohort cohort;
    private Participant esra;
    private Participant tom;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database, clock);
        core = fixture.core();
        cohort = fixture.cohortBy(docent);
        esra = core.enrolment().enrol(docent, cohort.id(), participant("esra")).participant();
        tom = core.enrolment().enrol(docent, cohort.id(), participant("tom")).participant();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private List<ScheduleItem> sessions() {
        return core.schedule().cohortSchedule(docent, cohort.id()).stream().filter(ScheduleItem::isSession).toList();
    }

    private Criterion criterion(Dossier dossier, Criterion.Kind kind, String activity) {
        return dossier.criteria().stream().filter(c -> c.kind() == kind)
                .filter(c -> activity == null || c.part().map(p -> p.activity().key().value().equals(activity)).orElse(false))
                .findFirst().orElseThrow();
    }

    @Test
    void theDossierShowsEachCriterionMetOrNotWithItsEvidence() {
        List<ScheduleItem> sessions = sessions();
        for (int i = 0; i < sessions.size(); i++) {
            clock.set(sessions.get(i).endsAt().orElseThrow());
            Map<ParticipantId, Presence> presences = new HashMap<>();
            presences.put(esra.id(), Presence.PRESENT);
            presences.put(tom.id(), i < 3 ? Presence.ABSENT : Presence.PRESENT);
            core.attendance().record(docent, cohort.id(), sessions.get(i).id(), presences);
        }
        var concept = PaperSteps.handInConcept(core, esra);
        PaperSteps.releaseVoldoende(core, docent, concept);

        Dossier hers = core.graduation().dossier(ellen, esra.id());
        Dossier his = core.graduation().dossier(docent, tom.id());

        assertThat(criterion(hers, Criterion.Kind.ATTENDANCE, null).met()).isTrue();
        assertThat(criterion(his, Criterion.Kind.ATTENDANCE, null).met()).as("three of eleven missed, 80% asked").isFalse();
        assertThat(criterion(hers, Criterion.Kind.ASSESSED_PART, "pa-concept").met()).isTrue();
        assertThat(criterion(hers, Criterion.Kind.ASSESSED_PART, "pa-concept").part().orElseThrow().facts().work().released())
                .isPresent();
        assertThat(criterion(hers, Criterion.Kind.ASSESSED_PART, "pa-eindversie").met()).isFalse();
        assertThat(hers.complete()).isFalse();
        assertThat(his.replacements()).as("the first three sessions each have one").hasSize(3);
        assertThat(core.graduation().cohort(ellen, cohort.id()).rows()).extracting(r -> r.progress().participant().id())
                .containsExactlyInAnyOrder(esra.id(), tom.id());
        assertThatThrownBy(() -> core.graduation().dossier(student("esra"), esra.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.graduation().cohort(kerndocent("docent-carla"), cohort.id())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theExamencommissieDecidesWithAReasonAndTheCertificateCarriesTheProgrammeAndAVerifiableCode() {
        clock.set(CoreFixture.NOW.plus(Duration.ofDays(300)));
        assertThatThrownBy(() -> core.graduation().decide(docent, esra.id(), Award.DIPLOMA, "Alles behaald"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.graduation().decide(ellen, esra.id(), Award.DIPLOMA, " ")).isInstanceOf(InvalidInputException.class);

        AwardDecision decision = core.graduation().decide(ellen, esra.id(), Award.DIPLOMA, "Alle onderdelen behaald; presentie 100%.");

        assertThatThrownBy(() -> core.graduation().decide(ellen, esra.id(), Award.CERTIFICAAT, "Nog eens"))
                .isInstanceOf(DecisionExistsException.class);
        Dossier dossier = core.graduation().dossier(ellen, esra.id());
        Certificate certificate = dossier.certificate().orElseThrow();
        assertThat(dossier.decision()).contains(decision);
        assertThat(certificate.code()).matches("LL-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(certificate.holderName()).isEqualTo(esra.profile().displayName());
        assertThat(certificate.programmeTitle()).isEqualTo("De Effectieve Klantmanager Sociaal Domein");
        assertThat(certificate.ec()).isEqualTo(15);
        assertThat(certificate.contactHours()).isPositive();
        assertThat(certificate.studyHours()).isGreaterThan(certificate.contactHours());
        assertThat(certificate.registerPoints()).extracting(p -> p.register() + " " + p.points())
                .containsExactly(Register.REGISTERPLEIN + " 60", Register.SKJ + " 40");
        assertThat(certificate.signatories()).containsExactly(docent.displayName() + "|CORE_TEACHER", "Ellen de Boer|EXAM_COMMITTEE");
        assertThat(core.graduation().verify(certificate.code().toLowerCase(java.util.Locale.ROOT).replace("-", " ")))
                .map(Certificate::holderName).contains(esra.profile().displayName());
        assertThat(core.graduation().verify("LL-AAAA-AAAA-AAAA")).isEmpty();
        assertThat(core.graduation().ownCertificates(student("esra"))).extracting(Certificate::code).containsExactly(certificate.code());
        assertThat(core.graduation().certificate(student("esra"), certificate.code())).isEqualTo(certificate);
        assertThatThrownBy(() -> core.graduation().certificate(student("tom"), certificate.code())).isInstanceOf(NotPermittedException.class);
        assertThat(dossier.history()).extracting(AwardEvent::kind).containsExactly(AwardEvent.Kind.DECIDED, AwardEvent.Kind.ISSUED);
    }

    @Test
    void aDecisionTakenBackWithAReasonRevokesItsCertificateAndKeepsTheTrail() {
        AwardDecision decision = core.graduation().decide(ellen, tom.id(), Award.CERTIFICAAT, "Paper en praktijk behaald.");
        String code = core.graduation().dossier(ellen, tom.id()).certificate().orElseThrow().code();
        clock.set(CoreFixture.NOW.plus(Duration.ofDays(3)));

        assertThatThrownBy(() -> core.graduation().takeBack(docent, tom.id(), decision.id(), "Fout")).isInstanceOf(NotPermittedException.class);
        core.graduation().takeBack(ellen, tom.id(), decision.id(), "Fraude vastgesteld bij de praktijkopdracht.");
        AwardDecision notYet = core.graduation().decide(ellen, tom.id(), Award.NOT_YET, "Praktijkopdracht opnieuw maken.");

        Certificate revoked = core.graduation().verify(code).orElseThrow();
        assertThat(revoked.valid()).isFalse();
        assertThat(revoked.revokeReason()).contains("Fraude vastgesteld bij de praktijkopdracht.");
        Dossier dossier = core.graduation().dossier(ellen, tom.id());
        assertThat(dossier.decision()).contains(notYet);
        assertThat(dossier.history()).extracting(AwardEvent::kind).containsExactly(AwardEvent.Kind.DECIDED, AwardEvent.Kind.ISSUED,
                AwardEvent.Kind.TAKEN_BACK, AwardEvent.Kind.REVOKED, AwardEvent.Kind.DECIDED);
        assertThat(dossier.history().get(2).reason()).isEqualTo("Fraude vastgesteld bij de praktijkopdracht.");
        assertThat(dossier.history().get(2).actorName()).isEqualTo("Ellen de Boer");
        assertThat(dossier.history().get(3).reason()).as("the revocation names the certificate").isEqualTo(code);
        assertThatThrownBy(() -> core.graduation().takeBack(ellen, tom.id(), decision.id(), "Nog eens"))
                .isInstanceOf(DecisionNotFoundException.class);
        assertThatThrownBy(() -> core.graduation().takeBack(ellen, esra.id(), notYet.id(), "Verkeerd dossier"))
                .as("a decision is taken back only in its own participant's dossier").isInstanceOf(DecisionNotFoundException.class);
        assertThat(core.graduation().ownCertificates(student("tom"))).singleElement().satisfies(c -> assertThat(c.valid()).isFalse());
    }

    @Test
    void aMemberOfTheExamencommissieWhoTeachesOrTakesPartInTheCohortDoesNotDecide() {
        Actor teachingMember = new Actor(docent.userId(), docent.displayName(), Set.of(Role.EXAM_COMMITTEE, Role.CORE_TEACHER));
        Actor participatingMember = new Actor(esra.userId(), "Esra", Set.of(Role.EXAM_COMMITTEE, Role.STUDENT));

        assertThatThrownBy(() -> core.graduation().decide(teachingMember, tom.id(), Award.DIPLOMA, "Mijn eigen deelnemer"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.graduation().decide(participatingMember, esra.id(), Award.DIPLOMA, "Mijn eigen diploma"))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aNotYetDecisionIssuesNoCertificate() {
        core.graduation().decide(ellen, esra.id(), Award.NOT_YET, "Eindversie paper ontbreekt nog.");

        assertThat(core.graduation().dossier(ellen, esra.id()).certificate()).isEmpty();
        assertThat(core.graduation().ownCertificates(student("esra"))).isEmpty();
    }
}
