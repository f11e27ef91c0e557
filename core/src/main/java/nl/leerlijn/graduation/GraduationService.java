package nl.leerlijn.graduation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.access.Access;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.attendance.AttendanceRegister;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.Cohorts;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.Participants;
import nl.leerlijn.progress.CohortProgress;
import nl.leerlijn.progress.ParticipantProgress;
import nl.leerlijn.progress.Standings;
import org.jdbi.v3.core.Jdbi;

/**
 * Closing the programme: the graduation dossier per participant and per cohort, the examencommissie's decisions (each
 * with a reason, taken back with a reason, all in the audit trail), and the certificates they issue with a verification
 * code anyone can check. Every method but {@link #verify(String)} checks the person. Thread-safe.
 */
public final class GraduationService {
    /** The longest reason for a decision or for taking one back. */
    public static final int MAX_REASON = 2000;
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;
    private final Access access;
    private final Cohorts cohorts;
    private final Participants participants;
    private final Standings standings;
    private final AttendanceRegister attendance;
    private final JdbiGraduationRepository store;

    /**
     * Wires the service; see {@code LeerlijnCore}.
     *
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param zone the zone the date on a certificate is taken in
     * @param access decides who may do what
     * @param cohorts cohorts, their staff and programmes by id
     * @param participants participants by id
     * @param standings where participants stand against the completion policy
     * @param attendance replacement assignments by participant
     */
    public GraduationService(Jdbi jdbi, Clock clock, ZoneId zone, Access access, Cohorts cohorts, Participants participants,
            Standings standings, AttendanceRegister attendance) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = zone;
        this.access = access;
        this.cohorts = cohorts;
        this.participants = participants;
        this.standings = standings;
        this.attendance = attendance;
        this.store = new JdbiGraduationRepository(jdbi);
    }

    /**
     * @param actor who asks: the examencommissie, the cohort's kerndocenten, administrators
     * @param cohort the cohort
     * @return every participant with their criteria and standing decision; a fixed number of queries
     */
    public CohortGraduation cohort(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayExamine(), "see the graduation of cohort " + cohort);
            CohortProgress progress = standings.of(cohort);
            Map<ParticipantId, AwardDecision> decisions = store.activeInCohort(cohort);
            List<CohortGraduation.Row> rows = progress.participants().stream()
                    .sorted(Comparator.comparing((ParticipantProgress p) -> p.participant().profile().displayName()))
                    .map(p -> new CohortGraduation.Row(p, Dossier.criteriaOf(p), Optional.ofNullable(decisions.get(p.participant().id()))))
                    .toList();
            return new CohortGraduation(progress.cohort(), rows);
        });
    }

    /**
     * @param actor who asks: the examencommissie, the cohort's kerndocenten, administrators
     * @param participant the participant
     * @return their dossier
     */
    public Dossier dossier(Actor actor, ParticipantId participant) {
        return jdbi.inTransaction(h -> {
            Participant p = participants.require(participant);
            Permissions permissions = access.in(p.cohortId(), actor);
            permissions.require(permissions.mayExamine(), "see the graduation dossier of " + participant);
            return dossierOf(p);
        });
    }

    private Dossier dossierOf(Participant p) {
        ParticipantProgress progress = standings.of(p.cohortId()).participants().stream()
                .filter(x -> x.participant().id().equals(p.id())).findFirst().orElseThrow();
        List<AwardDecision> decisions = store.decisionsOf(p.id());
        Optional<AwardDecision> active = decisions.stream().filter(AwardDecision::active).findFirst();
        Optional<Certificate> certificate = active.or(() -> decisions.stream().reduce((a, b) -> b)).flatMap(d -> store.certificate(d.id()));
        return new Dossier(progress, Dossier.criteriaOf(progress), attendance.replacementsOf(p.id()), active, certificate,
                store.history(p.id()));
    }

    /**
     * The examencommissie decides for a participant, with a reason. A diploma, certificaat or bewijs van deelname is
     * issued as a certificate with a verification code at once.
     *
     * @param actor who asks: a member of the examencommissie
     * @param participant the participant
     * @param award what is decided
     * @param reason why, 3 to {@value #MAX_REASON} characters
     * @return the decision
     * @throws DecisionExistsException when a decision stands (take it back first)
     * @throws InvalidInputException when the reason is too short or too long
     */
    public AwardDecision decide(Actor actor, ParticipantId participant, Award award, String reason) {
        return jdbi.inTransaction(h -> {
            Participant p = participants.require(participant);
            Permissions permissions = access.in(p.cohortId(), actor);
            permissions.require(permissions.mayDecideAwards(), "decide the award of " + participant);
            String why = reason(reason);
            store.lockParticipant(participant);
            if (store.decisionsOf(participant).stream().anyMatch(AwardDecision::active)) {
                throw new DecisionExistsException("Participant " + participant + " has a decision that stands");
            }
            Instant now = clock.instant();
            DecisionId id = store.insertDecision(participant, award, why, actor, now);
            store.event(participant, id, AwardEvent.Kind.DECIDED, award, why, actor, now);
            if (award.proven()) {
                Certificate certificate = issue(id, p, award, actor, now);
                store.insertCertificate(certificate);
                store.event(participant, id, AwardEvent.Kind.ISSUED, award, certificate.code(), actor, now);
            }
            return store.decision(id).orElseThrow();
        });
    }

    private Certificate issue(DecisionId id, Participant p, Award award, Actor actor, Instant now) {
        Cohort cohort = cohorts.require(p.cohortId());
        Programme programme = cohorts.programme(p.cohortId());
        List<String> signatories = new ArrayList<>();
        cohorts.staff(p.cohortId()).stream().filter(s -> s.role() == StaffRole.CORE_TEACHER)
                .forEach(s -> signatories.add(s.displayName() + "|CORE_TEACHER"));
        signatories.add(actor.displayName() + "|EXAM_COMMITTEE");
        return new Certificate(id, newCode(), now, LocalDate.ofInstant(now, zone), p.profile().displayName(), programme.title(),
                cohort.name(), award, programme.ec(), programme.studyLoadHours(), programme.contactHours(), programme.registerPoints(),
                signatories, Optional.empty(), Optional.empty());
    }

    private String newCode() {
        for (int attempt = 0; attempt < 5; attempt++) {
            StringBuilder code = new StringBuilder("LL");
            for (int i = 0; i < 12; i++) {
                if (i % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (store.certificateByCode(code.toString()).isEmpty()) {
                return code.toString();
            }
        }
        throw new IllegalStateException("No free verification code found");
    }

    /**
     * @param code what someone typed; case, spaces and missing dashes do not matter
     * @return the code as it is printed, e.g. {@code LL-7KQ4-M2XP-9TRD}, or what was typed when it cannot be one
     */
    public static String normalizeCode(String code) {
        String bare = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!bare.matches("LL[A-Z0-9]{12}")) {
            return bare;
        }
        return "LL-" + bare.substring(2, 6) + "-" + bare.substring(6, 10) + "-" + bare.substring(10);
    }

    /**
     * The examencommissie takes a decision back, with a reason; its certificate is revoked.
     *
     * @param actor who asks: a member of the examencommissie
     * @param participant whom the decision is about
     * @param decision the standing decision
     * @param reason why, 3 to {@value #MAX_REASON} characters
     * @throws DecisionNotFoundException when the participant has no such standing decision
     */
    public void takeBack(Actor actor, ParticipantId participant, DecisionId decision, String reason) {
        jdbi.useTransaction(h -> {
            Participant p = participants.require(participant);
            Permissions permissions = access.in(p.cohortId(), actor);
            permissions.require(permissions.mayDecideAwards(), "take back decision " + decision);
            String why = reason(reason);
            store.lockParticipant(p.id());
            AwardDecision d = store.decision(decision).filter(AwardDecision::active).filter(x -> x.participant().equals(participant))
                    .orElseThrow(() -> new DecisionNotFoundException("standing decision " + decision + " of " + participant));
            Instant now = clock.instant();
            store.takeBack(decision, why, actor, now);
            store.event(p.id(), decision, AwardEvent.Kind.TAKEN_BACK, d.award(), why, actor, now);
            Optional<Certificate> certificate = store.certificate(decision).filter(Certificate::valid);
            if (certificate.isPresent()) {
                store.revoke(decision, why, now);
                store.event(p.id(), decision, AwardEvent.Kind.REVOKED, d.award(), certificate.get().code(), actor, now);
            }
        });
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > MAX_REASON) {
            throw new InvalidInputException("A reason has 3 to " + MAX_REASON + " characters");
        }
        return why;
    }

    /**
     * @param actor who asks
     * @return the certificates of the person's own participations (revoked ones too, marked so), newest first
     */
    public List<Certificate> ownCertificates(Actor actor) {
        return jdbi.inTransaction(h -> participants.ofUser(actor.userId()).stream()
                .flatMap(p -> store.certificatesOf(p.id()).stream())
                .sorted(Comparator.comparing(Certificate::issuedAt).reversed()).toList());
    }

    /**
     * @param actor who asks: the holder, or whoever may examine the holder's cohort
     * @param code the verification code
     * @return the certificate, to print
     * @throws DecisionNotFoundException when there is no such certificate
     */
    public Certificate certificate(Actor actor, String code) {
        return jdbi.inTransaction(h -> {
            String normalized = normalizeCode(code);
            ParticipantId holder = store.holderOf(normalized).orElseThrow(() -> new DecisionNotFoundException("a certificate"));
            Participant p = participants.require(holder);
            Permissions permissions = access.in(p.cohortId(), actor);
            permissions.require(permissions.isOwn(holder) || permissions.mayExamine(), "see a certificate of " + holder);
            return store.certificateByCode(normalized).orElseThrow();
        });
    }

    /**
     * For the public verification page: anyone may check a code, without an account.
     *
     * @param code what was typed
     * @return the certificate with this code (valid or revoked), if there is one
     */
    public Optional<Certificate> verify(String code) {
        String normalized = normalizeCode(code);
        if (!normalized.matches("LL-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}")) {
            return Optional.empty();
        }
        return store.certificateByCode(normalized);
    }
}
