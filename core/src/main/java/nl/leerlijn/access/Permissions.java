package nl.leerlijn.access;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.enrolment.ParticipantId;

/**
 * How one person relates to one cohort, and what that lets them see and do there, as named questions. Worked out by
 * {@link Access}; this is the one place Leerlijn decides permissions. Immutable and thread-safe.
 */
public final class Permissions {
    private final Actor actor;
    private final CohortId cohort;
    private final Set<Relation> relations;
    private final Optional<ParticipantId> participation;
    private final boolean activeParticipant;

    Permissions(Actor actor, CohortId cohort, Set<Relation> relations, Optional<ParticipantId> participation,
            boolean activeParticipant) {
        this.actor = actor;
        this.cohort = cohort;
        this.relations = relations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(relations));
        this.participation = participation;
        this.activeParticipant = activeParticipant;
    }

    /** @return the person asking */
    public Actor actor() {
        return actor;
    }

    /** @return the cohort these permissions are about */
    public CohortId cohort() {
        return cohort;
    }

    /** @return every way the person relates to the cohort; empty for a stranger */
    public Set<Relation> relations() {
        return relations;
    }

    /** @return the person's own participation in the cohort, if they take (or took) part */
    public Optional<ParticipantId> ownParticipation() {
        return participation;
    }

    /**
     * @param relation the relation
     * @return whether the person has this relation to the cohort
     */
    public boolean is(Relation relation) {
        return relations.contains(relation);
    }

    /** @return whether the person is kerndocent or tweede beoordelaar of the cohort */
    public boolean isStaff() {
        return is(Relation.CORE_TEACHER) || is(Relation.SECOND_ASSESSOR);
    }

    /** @return whether the person may see the whole cohort: its staff and administrators */
    public boolean mayViewCohort() {
        return isStaff() || is(Relation.ADMINISTRATOR);
    }

    /** @return whether the person may change participants, staff, schedule and attendance: kerndocenten and administrators */
    public boolean mayManage() {
        return is(Relation.CORE_TEACHER) || is(Relation.ADMINISTRATOR);
    }

    /** @return whether the person assesses handed-in work in the cohort (kerndocent or tweede beoordelaar) */
    public boolean mayMark() {
        return isStaff();
    }

    /**
     * @return whether the person assesses as kerndocent (first assessor): records the agreed result and releases it. A
     *     person who is both kerndocent and tweede beoordelaar marks as kerndocent.
     */
    public boolean marksFirst() {
        return is(Relation.CORE_TEACHER);
    }

    /**
     * @return whether the person may trace the cohort's results (handed-in work, finished markings, agreed results and
     *     their history), without changing them: kerndocenten, administrators and the examencommissie
     */
    public boolean mayExamine() {
        return is(Relation.CORE_TEACHER) || is(Relation.ADMINISTRATOR) || is(Relation.EXAM_COMMITTEE);
    }

    /**
     * @return whether the person decides who graduates in the cohort (diploma, certificaat, bewijs van deelname, or not
     *     yet) and may take a decision back: the examencommissie, unless they take part in the cohort or teach it
     */
    public boolean mayDecideAwards() {
        return is(Relation.EXAM_COMMITTEE) && !is(Relation.PARTICIPANT) && !is(Relation.CORE_TEACHER) && !is(Relation.SECOND_ASSESSOR);
    }

    /**
     * @param participant the participant
     * @return whether the person may see this participant's record: the participant themself, staff, beheer, examencommissie
     */
    public boolean mayViewParticipant(ParticipantId participant) {
        return isOwn(participant) || mayViewCohort() || is(Relation.EXAM_COMMITTEE);
    }

    /**
     * @return whether the person may see a participant's whole record (attendance, every handed-in version and its
     *     assessment, extensions, withdrawals): the cohort's staff, administrators and the examencommissie
     */
    public boolean mayViewParticipantRecords() {
        return mayViewCohort() || is(Relation.EXAM_COMMITTEE);
    }

    /**
     * @param owner the participant whose work it is
     * @param handedIn whether the work was handed in; drafts are private to their author
     * @return whether the person may read this piece of the participant's work
     */
    public boolean mayViewWork(ParticipantId owner, boolean handedIn) {
        return isOwn(owner) || handedIn && (mayViewCohort() || is(Relation.EXAM_COMMITTEE));
    }

    /**
     * @param participant the participant
     * @return whether the person may act as this participant (hand in, mark work done, ask for an extension): themself, while active
     */
    public boolean mayActFor(ParticipantId participant) {
        return isOwn(participant) && activeParticipant;
    }

    /**
     * @param participant the participant
     * @return whether the person may change this participant's work details: the participant themself
     */
    public boolean mayEditProfileOf(ParticipantId participant) {
        return isOwn(participant);
    }

    /**
     * @param participant the participant
     * @return whether the participation is the person's own
     */
    public boolean isOwn(ParticipantId participant) {
        return participation.filter(participant::equals).isPresent();
    }

    /**
     * @return whether the person may form, change and publish the cohort's intervisie groups: its kerndocent or beheer
     */
    public boolean mayFormGroups() {
        return mayManage();
    }

    /**
     * A case brought to intervisie is the most private text in Leerlijn: only the members of its group and the
     * cohort's kerndocent read it; not other groups, the tweede beoordelaar, the examencommissie or beheer.
     *
     * @param groupMember whether the person's own participation is in the meeting's group
     * @return whether the person may read the group's cases, notes and presence
     */
    public boolean mayReadGroupCases(boolean groupMember) {
        return groupMember && activeParticipant || is(Relation.CORE_TEACHER);
    }

    /**
     * @param groupMember whether the person's own participation is in the meeting's group
     * @return whether the person may see the group's meetings (time, place, roles, method): its members (also after
     *     withdrawing), the cohort's staff and beheer
     */
    public boolean mayViewGroup(boolean groupMember) {
        return groupMember || mayViewCohort();
    }

    /**
     * @param allowed the answer to one of the questions above
     * @param what what was asked, with the ids involved, for the log
     * @throws NotPermittedException when not allowed
     */
    public void require(boolean allowed, String what) {
        if (!allowed) {
            throw new NotPermittedException(actor.userId(), what);
        }
    }
}
