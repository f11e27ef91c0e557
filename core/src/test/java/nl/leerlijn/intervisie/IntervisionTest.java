package nl.leerlijn.intervisie;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Organisation;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.RegisterNumbers;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Intervisie end to end in the core, on H2 and PostgreSQL: groups, meetings, cases, presence, reflections, retention. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class IntervisionTest {
    private static final String[] ORGANISATIONS = {"Gemeente Utrecht", "Gemeente Amersfoort", "Buurtteams Utrecht", "Lister",
        "Gemeente Zeist", "Kwintes", "Sociaal Team Nieuwegein"};
    private static final JobFunction[] FUNCTIONS = {JobFunction.KLANTMANAGER, JobFunction.WMO_CONSULENT, JobFunction.JEUGDCONSULENT,
        JobFunction.PARTICIPATIECONSULENT, JobFunction.WIJKCOACH, JobFunction.SCHULDHULPVERLENER, JobFunction.TEAMLEIDER_WIJKZORG};

    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private CoreFixture fixture;
    private LeerlijnCore core;
    private final Actor docent = kerndocent("docent-anna");
    private Cohort cohort;
    private final List<Participant> people = new ArrayList<>();

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database, clock);
        core = fixture.core();
        cohort = fixture.cohortBy(docent);
        for (int i = 0; i < 14; i++) {
            // student-0 is the teamleider of student-7: the same organisation, and never in one group.
            Optional<UserId> manager = i == 7 ? Optional.of(new UserId("student-0")) : Optional.empty();
            String organisation = ORGANISATIONS[i % 7];
            people.add(core.enrolment().enrol(docent, cohort.id(), new NewParticipant(new UserId("student-" + i),
                    new ParticipantProfile("Deelnemer " + i, "d" + i + "@example.org", new Organisation(organisation,
                            OrganisationType.GEMEENTE), FUNCTIONS[(i * 3) % 7], RegisterNumbers.none(), manager))).participant());
        }
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private long count(String sql) {
        try (java.sql.Connection c = fixture.database().dataSource().getConnection();
                java.sql.ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Actor studentOf(Participant p) {
        return student(p.userId().value());
    }

    private GroupRound formAndPublish() {
        GroupRound draft = core.intervision().form(docent, cohort.id(), 42L, Optional.empty());
        return core.intervision().publish(docent, cohort.id(), draft.revision());
    }

    @Test
    void fourteenParticipantsFromSevenOrganisationsGetGroupsWithoutTwoColleaguesOfOneOrganisation() {
        GroupRound draft = core.intervision().form(docent, cohort.id(), 7L, Optional.empty());

        assertThat(draft.groups()).allSatisfy(g -> assertThat(g.members().size()).isBetween(4, 8));
        assertThat(draft.groups().stream().mapToInt(g -> g.members().size()).sum()).isEqualTo(14);
        Map<ParticipantId, String> organisation = people.stream().collect(Collectors.toMap(Participant::id,
                p -> p.profile().organisation().name()));
        for (IntervisionGroup group : draft.groups()) {
            Set<String> organisations = group.members().stream().map(m -> organisation.get(m.participant())).collect(Collectors.toSet());
            assertThat(organisations).hasSize(group.members().size());
        }
        GroupsOverview overview = core.intervision().groups(docent, cohort.id());
        assertThat(overview.scores().orElseThrow().overall().organisations())
                .isEqualTo(overview.scores().orElseThrow().overall().organisationsBound());
    }

    @Test
    void aLeidinggevendeIsNeverInTheGroupOfTheirOwnStaffWhateverTheSeed() {
        for (long seed = 0; seed < 20; seed++) {
            GroupRound draft = core.intervision().form(docent, cohort.id(), seed, Optional.empty());
            assertThat(draft.groupOf(people.get(0).id())).isNotEqualTo(draft.groupOf(people.get(7).id()));
        }
    }

    @Test
    void theSameSeedGivesTheSameGroups() {
        List<Set<ParticipantId>> first = members(core.intervision().form(docent, cohort.id(), 99L, Optional.empty()));
        List<Set<ParticipantId>> again = members(core.intervision().form(docent, cohort.id(), 99L, Optional.empty()));

        assertThat(again).isEqualTo(first);
    }

    private static List<Set<ParticipantId>> members(GroupRound round) {
        return round.groups().stream().map(g -> g.members().stream().map(GroupMember::participant).collect(Collectors.toSet())).toList();
    }

    @Test
    void membersSeeTheirGroupOnlyAfterPublication() {
        GroupRound draft = core.intervision().form(docent, cohort.id(), 1L, Optional.empty());
        Actor sanne = studentOf(people.get(3));

        assertThat(core.intervision().myGroup(sanne, cohort.id())).isEmpty();

        core.intervision().publish(docent, cohort.id(), draft.revision());
        MyGroup mine = core.intervision().myGroup(sanne, cohort.id()).orElseThrow();

        assertThat(mine.members()).extracting(Participant::id).contains(people.get(3).id());
        assertThat(mine.meetings()).hasSize(6);
        assertThat(mine.methods()).isNotEmpty();
    }

    @Test
    void everyoneIsInbrengerOnceBeforeAnyoneIsInbrengerTwice() {
        GroupRound published = formAndPublish();
        for (IntervisionGroup group : published.groups()) {
            Actor member = studentOf(people.stream().filter(p -> p.id().equals(group.members().get(0).participant())).findFirst().orElseThrow());
            List<Meeting> meetings = core.intervision().myGroup(member, cohort.id()).orElseThrow().meetings();
            int size = group.members().size();
            List<ParticipantId> inbrengers = meetings.stream().map(m -> m.roles().inbrenger().orElseThrow()).toList();
            assertThat(new HashSet<>(inbrengers.subList(0, Math.min(size, inbrengers.size())))).hasSize(Math.min(size, inbrengers.size()));
            for (Meeting m : meetings) {
                assertThat(Set.of(m.roles().inbrenger().orElseThrow(), m.roles().chair().orElseThrow(), m.roles().notetaker().orElseThrow()))
                        .hasSize(3);
            }
        }
    }

    @Test
    void aMoveThatBreaksAnExclusionIsRefusedAndChangesNothing() {
        GroupRound draft = core.intervision().form(docent, cohort.id(), 5L, Optional.empty());
        IntervisionGroup first = draft.groups().get(0);
        IntervisionGroup second = draft.groups().get(1);
        ParticipantId mover = first.members().get(0).participant();
        ParticipantId stranger = second.members().get(0).participant();
        core.intervision().addRule(docent, cohort.id(), new GroupRule(mover, stranger, RuleKind.APART));

        assertThatThrownBy(() -> core.intervision().move(docent, cohort.id(), mover, second.number(), draft.revision()))
                .isInstanceOfSatisfying(HardRuleException.class, e -> assertThat(e.violations()).isNotEmpty());
        assertThat(core.intervision().groups(docent, cohort.id()).current().orElseThrow().groupOf(mover).orElseThrow().number())
                .isEqualTo(first.number());
    }

    @Test
    void aMoveByHandIsKeptAndAStalePageIsRefused() {
        GroupRound draft = core.intervision().form(docent, cohort.id(), 5L, Optional.empty());
        IntervisionGroup from = draft.groups().stream().max(java.util.Comparator.comparingInt(g -> g.members().size())).orElseThrow();
        IntervisionGroup to = draft.groups().stream().filter(g -> g != from).min(java.util.Comparator.comparingInt(g -> g.members().size()))
                .orElseThrow();
        ParticipantId mover = from.members().stream().map(GroupMember::participant)
                .filter(p -> !p.equals(people.get(0).id()) && !p.equals(people.get(7).id())).findFirst().orElseThrow();

        GroupRound moved = core.intervision().move(docent, cohort.id(), mover, to.number(), draft.revision());

        assertThat(moved.groupOf(mover).orElseThrow().number()).isEqualTo(to.number());
        assertThatThrownBy(() -> core.intervision().move(docent, cohort.id(), mover, from.number(), draft.revision()))
                .isInstanceOf(GroupsChangedMeanwhileException.class);
    }

    @Test
    void aLockedPersonStaysInTheirGroupWhenTheRestIsFormedAgain() {
        GroupRound draft = core.intervision().form(docent, cohort.id(), 5L, Optional.empty());
        ParticipantId kept = draft.groups().get(1).members().get(0).participant();
        ParticipantId companion = draft.groups().get(1).members().get(1).participant();
        GroupRound locked = core.intervision().lockMember(docent, cohort.id(), kept, true, draft.revision());
        locked = core.intervision().lockMember(docent, cohort.id(), companion, true, locked.revision());

        for (long seed = 10; seed < 15; seed++) {
            GroupRound again = core.intervision().form(docent, cohort.id(), seed, Optional.of(locked.revision()));
            assertThat(again.groupOf(kept)).isEqualTo(again.groupOf(companion));
            assertThat(again.groupOf(kept).orElseThrow().members()).filteredOn(GroupMember::locked).hasSize(2);
            locked = again;
        }
    }

    @Test
    void aLockedGroupKeepsItsNumberAndItsMembersWhenTheRestIsFormedAgain() {
        GroupRound draft = core.intervision().form(docent, cohort.id(), 5L, Optional.empty());
        IntervisionGroup second = draft.groups().get(1);
        GroupRound locked = core.intervision().lockGroup(docent, cohort.id(), second.number(), true, draft.revision());

        GroupRound again = core.intervision().form(docent, cohort.id(), 77L, Optional.of(locked.revision()));

        IntervisionGroup kept = again.groups().get(1);
        assertThat(kept.number()).isEqualTo(second.number());
        assertThat(kept.locked()).isTrue();
        assertThat(kept.members()).extracting(GroupMember::participant)
                .containsExactlyInAnyOrderElementsOf(second.members().stream().map(GroupMember::participant).toList());
    }

    @Test
    void onlyTheKerndocentFormsGroups() {
        assertThatThrownBy(() -> core.intervision().form(studentOf(people.get(0)), cohort.id(), 1L, Optional.empty()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.intervision().groups(kerndocent("docent-other"), cohort.id()))
                .isInstanceOf(NotPermittedException.class);
    }

    // ---------------------------------------------------------------- cases

    private record Setting(Meeting meeting, Participant inbrenger, Participant member, Participant outsider) {
    }

    private Setting firstMeeting() {
        GroupRound published = formAndPublish();
        IntervisionGroup group = published.groups().get(0);
        Participant someone = person(group.members().get(0).participant());
        Meeting meeting = core.intervision().myGroup(studentOf(someone), cohort.id()).orElseThrow().meetings().get(0);
        Participant inbrenger = person(meeting.roles().inbrenger().orElseThrow());
        Participant member = person(meeting.roles().chair().orElseThrow());
        Participant outsider = person(published.groups().get(1).members().get(0).participant());
        return new Setting(meeting, inbrenger, member, outsider);
    }

    private Participant person(ParticipantId id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static final CaseText CASE = new CaseText("Wat wil mevrouw eigenlijk: werk of rust?",
            "Werk en inkomen: bijstand. Wonen: huurachterstand. Gezin: twee kinderen.",
            "Een budgetcursus en twee gesprekken met het wijkteam.", "Hoe bouw ik vertrouwen op zonder te duwen?");

    @Test
    void aCaseWithABsnIsRefusedAndNothingIsStored() {
        Setting s = firstMeeting();
        CaseText withBsn = new CaseText("Haar BSN is 111 222 333 en ze wil werk.", "", "", "Wat doe ik?");

        assertThatThrownBy(() -> core.intervision().saveCase(studentOf(s.inbrenger()), s.meeting().id(), withBsn, true))
                .isInstanceOfSatisfying(CaseRefusedException.class, e -> {
                    assertThat(e.findings().get("question")).anySatisfy(f -> assertThat(f.identifier()).isEqualTo(Identifier.BSN));
                    assertThat(e.getMessage()).doesNotContain("111").doesNotContain("werk");
                });
        assertThat(core.intervision().meeting(studentOf(s.inbrenger()), s.meeting().id()).intervisionCase()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM ll_intervision_case")).isZero();
    }

    @Test
    void aLikelyNameIsStoredOnlyAfterTheAuthorConfirmsIt() {
        Setting s = firstMeeting();
        CaseText withName = new CaseText("Mevrouw Jansen wil werk maar durft niet.", "", "", "Hoe help ik haar?");

        assertThatThrownBy(() -> core.intervision().saveCase(studentOf(s.inbrenger()), s.meeting().id(), withName, false))
                .isInstanceOf(NamesToConfirmException.class);
        assertThat(core.intervision().meeting(studentOf(s.inbrenger()), s.meeting().id()).intervisionCase()).isEmpty();

        core.intervision().saveCase(studentOf(s.inbrenger()), s.meeting().id(), withName, true);

        assertThat(core.intervision().meeting(studentOf(s.member()), s.meeting().id()).intervisionCase().orElseThrow().text())
                .contains(withName);
    }

    @Test
    void onlyTheInbrengerWritesTheCaseAndTheQuestionToTheGroupIsRequired() {
        Setting s = firstMeeting();

        assertThatThrownBy(() -> core.intervision().saveCase(studentOf(s.member()), s.meeting().id(), CASE, false))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.intervision().saveCase(studentOf(s.inbrenger()), s.meeting().id(),
                new CaseText("Iets", "", "", " "), false)).isInstanceOf(nl.leerlijn.InvalidInputException.class);
    }

    @Test
    void aCaseIsReadByItsGroupAndTheKerndocentOnly() {
        Setting s = firstMeeting();
        core.intervision().saveCase(studentOf(s.inbrenger()), s.meeting().id(), CASE, false);
        Actor assessor = new Actor(new UserId("beoordelaar-henk"), "Henk", Set.of(Role.CORE_TEACHER));
        core.cohorts().assignStaff(docent, cohort.id(), assessor.userId(), "Henk", StaffRole.SECOND_ASSESSOR);
        Actor committee = new Actor(new UserId("examen-ellen"), "Ellen", Set.of(Role.EXAM_COMMITTEE));

        assertThat(core.intervision().meeting(studentOf(s.member()), s.meeting().id()).intervisionCase()).isPresent();
        assertThat(core.intervision().meeting(docent, s.meeting().id()).intervisionCase()).isPresent();
        assertThat(core.intervision().meeting(assessor, s.meeting().id()).intervisionCase()).isEmpty();
        assertThat(core.intervision().meeting(nl.leerlijn.testing.People.administrator(), s.meeting().id()).intervisionCase()).isEmpty();
        assertThatThrownBy(() -> core.intervision().meeting(studentOf(s.outsider()), s.meeting().id()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.intervision().meeting(committee, s.meeting().id()))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theRetentionRuleRemovesTheCaseAndNotesThirtyDaysAfterTheMeetingAndKeepsARecord() {
        Setting s = firstMeeting();
        core.intervision().saveCase(studentOf(s.inbrenger()), s.meeting().id(), CASE, false);
        clock.set(s.meeting().startsAt().plus(Duration.ofHours(1)));
        Participant notetaker = person(s.meeting().roles().notetaker().orElseThrow());
        core.intervision().saveNotes(studentOf(notetaker), s.meeting().id(), "De groep adviseert kleine stappen.", false,
                s.meeting().revision());

        clock.set(s.meeting().startsAt().plus(Duration.ofDays(29)));
        assertThat(core.intervision().removeExpiredCases()).isZero();

        clock.set(s.meeting().startsAt().plus(Duration.ofDays(31)));
        assertThat(core.intervision().removeExpiredCases()).isEqualTo(1);

        MeetingPage page = core.intervision().meeting(docent, s.meeting().id());
        IntervisionCase removed = page.intervisionCase().orElseThrow();
        assertThat(removed.text()).isEmpty();
        assertThat(removed.removedAt()).contains(clock.instant());
        assertThat(page.meeting().notes()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM ll_intervision_case WHERE question IS NOT NULL OR group_question IS NOT NULL"))
                .isZero();
        assertThat(core.intervision().removeExpiredCases()).isZero();
    }

    // ---------------------------------------------------------------- presence and reflections

    @Test
    void membersConfirmPresenceOnTheDayAndTheKerndocentAfterwards() {
        Setting s = firstMeeting();
        Actor member = studentOf(s.member());

        assertThatThrownBy(() -> core.intervision().confirmOwnPresence(member, s.meeting().id()))
                .isInstanceOf(MeetingNotTodayException.class);
        assertThatThrownBy(() -> core.intervision().confirmPresence(docent, s.meeting().id(), Map.of(s.member().id(), Presence.PRESENT)))
                .isInstanceOf(MeetingNotTodayException.class);

        clock.set(s.meeting().startsAt().minus(Duration.ofMinutes(10)));
        core.intervision().confirmOwnPresence(member, s.meeting().id());
        clock.set(s.meeting().endsAt());
        core.intervision().confirmPresence(docent, s.meeting().id(), Map.of(s.member().id(), Presence.PRESENT, s.inbrenger().id(),
                Presence.EXCUSED));

        MeetingPage page = core.intervision().meeting(docent, s.meeting().id());
        assertThat(page.ownPresence()).containsKey(s.member().id()).doesNotContainKey(s.inbrenger().id());
        assertThat(page.confirmedPresence().get(s.member().id()).presence()).isEqualTo(Presence.PRESENT);
        assertThat(page.confirmedPresence().get(s.inbrenger().id()).presence()).isEqualTo(Presence.EXCUSED);
        assertThat(core.attendance().of(studentOf(s.inbrenger()), s.inbrenger().id()).replacements())
                .as("the first meeting's replacement assignment, for the one who missed it")
                .extracting(nl.leerlijn.attendance.ReplacementAssignment::session).containsExactly(s.meeting().activity());
        assertThat(core.attendance().of(member, s.member().id()).replacements()).isEmpty();
        assertThatThrownBy(() -> core.intervision().confirmPresence(docent, s.meeting().id(), Map.of(s.outsider().id(), Presence.PRESENT)))
                .isInstanceOf(nl.leerlijn.InvalidInputException.class);
    }

    @Test
    void aReflectionIsReadByItsAuthorAndTheKerndocentWhoAnswersIt() {
        Setting s = firstMeeting();
        clock.set(s.meeting().endsAt());
        assertThatThrownBy(() -> core.intervision().saveReflection(studentOf(s.member()), s.meeting().id(),
                "De klant met BSN 111 222 333 leerde ik beter kennen.")).isInstanceOf(CaseRefusedException.class);
        assertThat(core.intervision().meeting(docent, s.meeting().id()).reflections()).isEmpty();
        core.intervision().saveReflection(studentOf(s.member()), s.meeting().id(), "Ik leerde hoe een Wmo-consulent vraagt.");
        core.intervision().answerReflection(docent, s.meeting().id(), s.member().id(), "Mooi gezien. Probeer het volgende week.");

        assertThat(core.intervision().meeting(studentOf(s.member()), s.meeting().id()).reflections())
                .singleElement().satisfies(r -> assertThat(r.answer()).contains("Mooi gezien. Probeer het volgende week."));
        assertThat(core.intervision().meeting(studentOf(s.inbrenger()), s.meeting().id()).reflections()).isEmpty();
        assertThat(core.intervision().meeting(docent, s.meeting().id()).reflections()).hasSize(1);
    }

    @Test
    void intervisieCountsInProgressWithItsReflections() {
        Setting s = firstMeeting();
        clock.set(s.meeting().endsAt());
        core.intervision().confirmPresence(docent, s.meeting().id(), Map.of(s.member().id(), Presence.PRESENT));

        assertThat(core.progress().participantProgress(docent, s.member().id()).reflectionsOwed())
                .extracting(a -> a.activity().key()).containsExactly(s.meeting().activity());
        assertThat(core.progress().participantProgress(docent, s.member().id()).reflectionsOverdue(clock.instant().plus(Duration.ofDays(8))))
                .hasSize(1);

        core.intervision().saveReflection(studentOf(s.member()), s.meeting().id(), "Ik leerde hoe een jeugdconsulent doorvraagt.");

        assertThat(core.progress().participantProgress(docent, s.member().id()).reflectionsOwed()).isEmpty();
        assertThat(core.progress().cohortProgress(docent, cohort.id()).participants()).filteredOn(p -> p.participant().id()
                .equals(s.member().id())).singleElement().satisfies(p -> assertThat(p.reflectionsOwed()).isEmpty());
    }

    @Test
    void theKerndocentGivesOneGroupsMeetingATimeAndPlaceOfItsOwn() {
        Setting s = firstMeeting();
        Instant own = s.meeting().startsAt().plus(Duration.ofDays(2));

        core.intervision().setTimeAndPlace(docent, s.meeting().id(), Optional.of(own), Optional.of("Zeist, Slotlaan 10"),
                s.meeting().revision());

        Meeting moved = core.intervision().meeting(studentOf(s.member()), s.meeting().id()).meeting();
        assertThat(moved.startsAt()).isEqualTo(own);
        assertThat(moved.endsAt()).isEqualTo(own.plus(Duration.between(s.meeting().startsAt(), s.meeting().endsAt())));
        assertThat(moved.location()).contains("Zeist, Slotlaan 10");
        assertThat(moved.ownTime()).isTrue();
        Meeting otherGroup = core.intervision().myGroup(studentOf(s.outsider()), cohort.id()).orElseThrow().meetings().get(0);
        assertThat(otherGroup.startsAt()).isEqualTo(s.meeting().startsAt());
        assertThatThrownBy(() -> core.intervision().setTimeAndPlace(studentOf(s.member()), s.meeting().id(), Optional.empty(),
                Optional.empty(), moved.revision())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void twoMembersSwapTheirTurnsAsInbrengerOnlyWhenTheOtherAccepts() {
        Setting s = firstMeeting();
        List<Meeting> meetings = core.intervision().myGroup(studentOf(s.inbrenger()), cohort.id()).orElseThrow().meetings();
        Meeting later = meetings.stream().filter(m -> !m.roles().inbrenger().orElseThrow().equals(s.inbrenger().id())).findFirst()
                .orElseThrow();
        Participant other = person(later.roles().inbrenger().orElseThrow());

        SwapRequest asked = core.intervision().askSwap(studentOf(s.inbrenger()), s.meeting().id(), other.id());
        assertThat(core.intervision().meeting(docent, s.meeting().id()).meeting().roles().inbrenger()).contains(s.inbrenger().id());
        Participant third = core.intervision().myGroup(studentOf(s.inbrenger()), cohort.id()).orElseThrow().members().stream()
                .filter(p -> !p.id().equals(s.inbrenger().id()) && !p.id().equals(other.id())).findFirst().orElseThrow();
        assertThatThrownBy(() -> core.intervision().answerSwap(studentOf(third), asked.id(), true)).isInstanceOf(NotPermittedException.class);

        core.intervision().answerSwap(studentOf(other), asked.id(), true);

        MeetingRoles first = core.intervision().meeting(docent, s.meeting().id()).meeting().roles();
        MeetingRoles second = core.intervision().meeting(docent, asked.theirs()).meeting().roles();
        assertThat(first.inbrenger()).contains(other.id());
        assertThat(second.inbrenger()).contains(s.inbrenger().id());
        assertThat(Set.of(first.inbrenger().orElseThrow(), first.chair().orElseThrow(), first.notetaker().orElseThrow())).hasSize(3);
        assertThat(Set.of(second.inbrenger().orElseThrow(), second.chair().orElseThrow(), second.notetaker().orElseThrow())).hasSize(3);
        assertThatThrownBy(() -> core.intervision().answerSwap(studentOf(other), asked.id(), true))
                .isInstanceOf(GroupsChangedMeanwhileException.class);
    }

    @Test
    void aDeclinedSwapChangesNothingAndAMeetingThatHasStartedCannotBeSwapped() {
        Setting s = firstMeeting();
        List<Meeting> meetings = core.intervision().myGroup(studentOf(s.inbrenger()), cohort.id()).orElseThrow().meetings();
        Meeting later = meetings.stream().filter(m -> !m.roles().inbrenger().orElseThrow().equals(s.inbrenger().id())).findFirst()
                .orElseThrow();
        Participant other = person(later.roles().inbrenger().orElseThrow());
        SwapRequest asked = core.intervision().askSwap(studentOf(s.inbrenger()), s.meeting().id(), other.id());

        core.intervision().answerSwap(studentOf(other), asked.id(), false);

        assertThat(core.intervision().meeting(docent, s.meeting().id()).meeting().roles().inbrenger()).contains(s.inbrenger().id());
        clock.set(s.meeting().startsAt().plus(Duration.ofMinutes(1)));
        assertThatThrownBy(() -> core.intervision().askSwap(studentOf(s.inbrenger()), s.meeting().id(), other.id()))
                .isInstanceOf(nl.leerlijn.InvalidInputException.class);
    }
}
