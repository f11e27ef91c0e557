package nl.leerlijn.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.enrolment.EnrolmentOutcome;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.Organisation;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.ParticipationEvent;
import nl.leerlijn.enrolment.RegisterNumbers;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.testing.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** What a launch gives a person: a session, and in a course linked to a cohort the relation their course role entitles them to. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class LtiCoursesTest {
    private static final URI TOOL = URI.create("https://leerlijn.example.nl/lms/leerlijn");
    private static final String ROLES = "https://purl.imsglobal.org/spec/lti/claim/roles";
    private static final String CONTEXT = "https://purl.imsglobal.org/spec/lti/claim/context";
    /** One database per kind for the class: every test uses its own course and people, so they do not meet. */
    private static final Map<TestDatabase, Setting> SETTINGS = new EnumMap<>(TestDatabase.class);
    private static final AtomicInteger COURSES = new AtomicInteger();

    private record Setting(CoreFixture fixture, TestClock clock, TestPlatform platform) {
    }

    @Parameter
    TestDatabase database;

    private TestClock clock;
    private TestPlatform platform;
    private LeerlijnCore core;
    private String course;

    @BeforeEach
    void start() {
        Setting setting = SETTINGS.computeIfAbsent(database, kind -> {
            TestClock c = new TestClock(CoreFixture.NOW);
            TestPlatform p = new TestPlatform();
            CoreFixture f = CoreFixture.on(kind, c, builder -> builder.ltiKeySets(p.keySets()).ltiServices(p.services()));
            f.core().lti().register(People.administrator(), p.registration());
            return new Setting(f, c, p);
        });
        clock = setting.clock();
        platform = setting.platform();
        core = setting.fixture().core();
        clock.set(clock.instant().plus(Duration.ofHours(9)));
        course = "course-" + COURSES.incrementAndGet();
    }

    @AfterAll
    static void stop() {
        SETTINGS.values().forEach(s -> s.fixture().close());
        SETTINGS.clear();
    }

    private OpenedSession launch(String subject, String name, String... roles) {
        return launch(c -> c.subject(subject).claim("name", name).claim("email", subject + "@example.nl").claim(ROLES, List.of(roles))
                .claim(CONTEXT, Map.of("id", course, "title", "Klantmanager " + course)));
    }

    private OpenedSession launch(UnaryOperator<com.nimbusds.jwt.JWTClaimsSet.Builder> change) {
        return core.lti().openSession(platform.launch(core, TOOL, clock.instant(), change));
    }

    private Cohort linkedCohort(OpenedSession instructor) {
        Cohort cohort = core.cohorts().create(instructor.session().actor(),
                new NewCohort(CoreFixture.SAMPLE, "Leergang " + course, LocalDate.of(2026, 9, 8), "Utrecht"));
        core.lti().link(instructor.session(), cohort.id());
        return cohort;
    }

    private static ParticipantProfile profile(String name, String email) {
        return new ParticipantProfile(name, email, new Organisation("Gemeente Zwolle", OrganisationType.GEMEENTE), JobFunction.WMO_CONSULENT,
                new RegisterNumbers(Optional.empty(), Optional.empty()), Optional.empty());
    }

    @Test
    void aSessionIsFoundByItsTokenOnlyUntilItEndsAndNeverByAForgedOne() {
        OpenedSession opened = launch("s-" + course, "Priya Ramdin", TestPlatform.LEARNER);

        assertThat(core.lti().session(opened.token())).hasValueSatisfying(s -> {
            assertThat(s.actor().displayName()).isEqualTo("Priya Ramdin");
            assertThat(s.actor().userId().value()).isEqualTo("lti-" + s.platformId() + "-s-" + course);
            assertThat(s.email()).contains("s-" + course + "@example.nl");
            assertThat(s.contextTitle()).contains("Klantmanager " + course);
        });
        assertThat(core.lti().session(opened.token().substring(1) + "x")).as("one character changed").isEmpty();
        assertThat(core.lti().session("short")).isEmpty();
        assertThat(opened.toString()).doesNotContain(opened.token());

        clock.set(clock.instant().plus(LtiService.SESSION_VALIDITY).minusSeconds(1));
        assertThat(core.lti().session(opened.token())).isPresent();
        clock.set(clock.instant().plusSeconds(2));
        assertThat(core.lti().session(opened.token())).as("eight hours after the launch").isEmpty();
    }

    @Test
    void aSessionOpensOnceFromAnywhereSoonAfterItsLaunchAndAfterThatOnlyFromLeerlijnsOwnPages() {
        OpenedSession handedOn = launch("s-" + course, "Priya Ramdin", TestPlatform.LEARNER);
        assertThat(core.lti().session(handedOn.token(), false)).as("the launch's own redirect").isPresent();
        assertThat(core.lti().session(handedOn.token(), false)).as("the same address from another site or typed in").isEmpty();
        assertThat(core.lti().session(handedOn.token(), true)).as("from Leerlijn's own pages").isPresent();

        OpenedSession late = launch("t-" + course, "Tom Laat", TestPlatform.LEARNER);
        clock.set(clock.instant().plus(LtiService.FIRST_USE).plusSeconds(1));
        assertThat(core.lti().session(late.token(), true)).as("never followed in time").isEmpty();
    }

    @Test
    void aLaunchNeverBringsBackSomeoneTheKerndocentRemovedFromTheTeam() {
        OpenedSession instructor = launch("doc-" + course, "Karin Docent", TestPlatform.INSTRUCTOR);
        Cohort cohort = linkedCohort(instructor);
        OpenedSession colleague = launch("col-" + course, "Ahmed Collega", TestPlatform.INSTRUCTOR);
        assertThat(core.lti().arrive(colleague.session()).kind()).isEqualTo(Arrival.Kind.STAFF);

        core.cohorts().removeStaff(instructor.session().actor(), cohort.id(), colleague.session().actor().userId(), StaffRole.CORE_TEACHER);
        OpenedSession again = launch("col-" + course, "Ahmed Collega", TestPlatform.INSTRUCTOR);

        assertThat(core.lti().arrive(again.session()).kind()).isEqualTo(Arrival.Kind.REMOVED);
        assertThat(core.access().in(cohort.id(), again.session().actor()).mayViewCohort()).isFalse();
    }

    @Test
    void aServiceAddressThatIsNotHttpsIsNeverCalled() {
        OpenedSession instructor = launch(c -> member(c, "doc-" + course, TestPlatform.INSTRUCTOR).claim(
                "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", Map.of("context_memberships_url",
                        "http://169.254.169.254/latest/meta-data", "service_versions", List.of("2.0"))));
        Cohort cohort = linkedCohort(instructor);
        int calls = platform.calls().size();

        RosterSync sync = core.lti().syncRoster(instructor.session().actor(), cohort.id());

        assertThat(sync.problem()).contains(RosterSync.NO_SERVICE);
        assertThat(platform.calls()).hasSize(calls);
    }

    @Test
    void onlyCourseRolesCountAndAnAssistantIsNoInstructorEvenWithTheInstructorRoleBeside() {
        LtiSession assistant = launch("ta-" + course, "Tim Assistent", TestPlatform.INSTRUCTOR, TestPlatform.TEACHING_ASSISTANT).session();
        LtiSession institutionTeacher = launch("it-" + course, "Ilse Docent",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor", TestPlatform.LEARNER).session();

        assertThat(assistant.actor().roles()).containsExactly(Role.SECOND_ASSESSOR);
        assertThat(institutionTeacher.actor().roles()).as("a teacher of the institution who follows this course").containsExactly(Role.STUDENT);
    }

    @Test
    void aVeryLongSubjectGetsAStableHashedIdThatFitsLeerlijn() {
        String subject = "x".repeat(255);
        LtiSession first = launch(c -> c.subject(subject)).session();
        LtiSession again = launch(c -> c.subject(subject)).session();

        assertThat(first.actor().userId().value()).hasSizeLessThanOrEqualTo(200).startsWith("lti-").contains("-#")
                .isEqualTo(again.actor().userId().value());
    }

    @Test
    void anInstructorOfACourseNotLinkedYetLinksItAndLaterLaunchesGoStraightToTheCohort() {
        OpenedSession first = launch("doc-" + course, "Karin Docent", TestPlatform.INSTRUCTOR);
        assertThat(core.lti().arrive(first.session()).kind()).isEqualTo(Arrival.Kind.LINK_COURSE);

        Cohort cohort = linkedCohort(first);
        OpenedSession later = launch("doc-" + course, "Karin Docent", TestPlatform.INSTRUCTOR);

        assertThat(core.lti().arrive(later.session())).isEqualTo(new Arrival(Arrival.Kind.STAFF, Optional.of(cohort.id())));
        assertThat(core.lti().courses(later.session().actor(), cohort.id())).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Klantmanager " + course);
            assertThat(c.cohortName()).isEqualTo("Leergang " + course);
            assertThat(c.platformName()).isEqualTo("Moodle Hogeschool Test");
        });
    }

    @Test
    void aSecondInstructorOfALinkedCourseJoinsTheTeamAsKerndocent() {
        Cohort cohort = linkedCohort(launch("doc-" + course, "Karin Docent", TestPlatform.INSTRUCTOR));
        OpenedSession colleague = launch("col-" + course, "Ahmed Collega", TestPlatform.INSTRUCTOR);

        assertThat(core.lti().arrive(colleague.session()).kind()).isEqualTo(Arrival.Kind.STAFF);
        assertThat(core.cohorts().staff(colleague.session().actor(), cohort.id()))
                .anySatisfy(m -> {
                    assertThat(m.userId()).isEqualTo(colleague.session().actor().userId());
                    assertThat(m.role()).isEqualTo(StaffRole.CORE_TEACHER);
                });
        assertThat(core.access().in(cohort.id(), colleague.session().actor()).mayManage()).isTrue();
    }

    @Test
    void aCourseIsLinkedOnceAndOnlyByAnInstructorWhoManagesTheCohort() {
        OpenedSession instructor = launch("doc-" + course, "Karin Docent", TestPlatform.INSTRUCTOR);
        Cohort own = core.cohorts().create(instructor.session().actor(),
                new NewCohort(CoreFixture.SAMPLE, "Eigen " + course, LocalDate.of(2026, 9, 8), "Utrecht"));
        Cohort someoneElses = core.cohorts().create(People.kerndocent("ander-" + course),
                new NewCohort(CoreFixture.SAMPLE, "Ander " + course, LocalDate.of(2026, 9, 8), "Zwolle"));
        LtiSession learner = launch("stu-" + course, "Sanne Student", TestPlatform.LEARNER).session();

        assertThatThrownBy(() -> core.lti().link(learner, own.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.lti().link(instructor.session(), someoneElses.id())).isInstanceOf(NotPermittedException.class);
        core.lti().link(instructor.session(), own.id());
        assertThatThrownBy(() -> core.lti().link(instructor.session(), own.id())).isInstanceOf(CourseLinkedException.class);
        assertThat(core.lti().course(learner)).hasValueSatisfying(c -> assertThat(c.cohort()).isEqualTo(own.id()));
    }

    @Test
    void aLearnerOfALinkedCourseEnrolsOnceWithTheirWorkDetailsAndTheHistorySaysThePlatformDidIt() {
        Cohort cohort = linkedCohort(launch("doc-" + course, "Karin Docent", TestPlatform.INSTRUCTOR));
        LtiSession learner = launch("stu-" + course, "Sanne Student", TestPlatform.LEARNER).session();
        assertThat(core.lti().arrive(learner).kind()).isEqualTo(Arrival.Kind.ENROL);

        EnrolmentOutcome outcome = core.lti().enrol(learner, profile("Sanne Student", "sanne@example.nl"));
        EnrolmentOutcome again = core.lti().enrol(learner, profile("Sanne Student", "sanne@example.nl"));

        assertThat(outcome).isInstanceOf(EnrolmentOutcome.Enrolled.class);
        assertThat(again).isInstanceOf(EnrolmentOutcome.AlreadyEnrolled.class);
        assertThat(core.lti().arrive(learner)).isEqualTo(new Arrival(Arrival.Kind.PARTICIPANT, Optional.of(cohort.id())));
        assertThat(core.enrolment().participationsOf(learner.actor())).singleElement().satisfies(p -> {
            assertThat(p.cohortId()).isEqualTo(cohort.id());
            assertThat(p.profile().organisation().name()).isEqualTo("Gemeente Zwolle");
            assertThat(core.enrolment().history(learner.actor(), p.id())).singleElement().satisfies(h -> {
                assertThat(h.event()).isEqualTo(ParticipationEvent.ENROLLED);
                assertThat(h.actorName()).isEqualTo("Moodle Hogeschool Test (LTI)");
            });
        });
    }

    @Test
    void aLearnerCannotEnrolBeforeTheCourseIsLinkedNorAnInstructorAsLearner() {
        LtiSession early = launch("stu-" + course, "Sanne Student", TestPlatform.LEARNER).session();
        assertThat(core.lti().arrive(early).kind()).isEqualTo(Arrival.Kind.NOT_LINKED);
        assertThatThrownBy(() -> core.lti().enrol(early, profile("Sanne Student", "sanne@example.nl"))).isInstanceOf(NotPermittedException.class);

        OpenedSession instructor = launch("doc-" + course, "Karin Docent", TestPlatform.INSTRUCTOR);
        linkedCohort(instructor);
        assertThatThrownBy(() -> core.lti().enrol(instructor.session(), profile("Karin Docent", "karin@example.nl")))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anAssistantBecomesTweedeBeoordelaarOnlyOnceTheKerndocentSaysSo() {
        OpenedSession instructor = launch("doc-" + course, "Karin Docent", TestPlatform.INSTRUCTOR);
        Cohort cohort = linkedCohort(instructor);
        LtiSession assistant = launch("ta-" + course, "Tim Assistent", TestPlatform.TEACHING_ASSISTANT).session();

        assertThat(core.lti().arrive(assistant).kind()).isEqualTo(Arrival.Kind.ASSISTANTS_NOT_ALLOWED);
        assertThat(core.access().in(cohort.id(), assistant.actor()).mayViewCohort()).isFalse();
        assertThatThrownBy(() -> core.lti().assistantsAssess(assistant.actor(), cohort.id(), true)).isInstanceOf(NotPermittedException.class);

        core.lti().assistantsAssess(instructor.session().actor(), cohort.id(), true);

        assertThat(core.lti().arrive(assistant).kind()).isEqualTo(Arrival.Kind.STAFF);
        assertThat(core.access().in(cohort.id(), assistant.actor()).mayMark()).isTrue();
        assertThat(core.access().in(cohort.id(), assistant.actor()).mayManage()).isFalse();
    }

    @Test
    void anInstructorsDeepLinkingAnswerIsSignedByLeerlijnForThePlatformAndCarriesItsDataBack() throws Exception {
        OpenedSession instructor = launch(c -> member(c, "doc-" + course, TestPlatform.INSTRUCTOR).claim(
                "https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingRequest")
                .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", null)
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of("deep_link_return_url",
                        "https://lms.example.edu/deeplink/return?course=7", "accept_types", List.of("ltiResourceLink"), "data", "opaque-42")));

        DeepLinkResponse response = core.lti().deepLinkResponse(instructor.session(), List.of(
                new ContentItem("Mijn opleiding", URI.create(TOOL + "/programme")), new ContentItem("Paper", URI.create(TOOL + "/paper"))));

        assertThat(response.returnUrl()).hasToString("https://lms.example.edu/deeplink/return?course=7");
        com.nimbusds.jwt.SignedJWT jwt = com.nimbusds.jwt.SignedJWT.parse(response.jwt());
        com.nimbusds.jose.jwk.RSAKey key = (com.nimbusds.jose.jwk.RSAKey) com.nimbusds.jose.jwk.JWKSet.parse(core.lti().publicKeySet())
                .getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(key))).isTrue();
        com.nimbusds.jwt.JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(TestPlatform.CLIENT_ID);
        assertThat(claims.getAudience()).containsExactly(TestPlatform.ISSUER);
        assertThat(claims.getClaim("https://purl.imsglobal.org/spec/lti/claim/message_type")).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getClaim("https://purl.imsglobal.org/spec/lti/claim/deployment_id")).isEqualTo(TestPlatform.DEPLOYMENT);
        assertThat(claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data")).isEqualTo("opaque-42");
        assertThat(claims.getExpirationTime().toInstant()).isAfter(clock.instant());
        assertThat(claims.getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items")).hasSize(2)
                .first().isEqualTo(Map.of("type", "ltiResourceLink", "title", "Mijn opleiding", "url", TOOL + "/programme"));
    }

    @Test
    void onlyAnInstructorInADeepLinkingRequestPlacesLinks() {
        LtiSession ordinary = launch("doc-" + course, "Karin Docent", TestPlatform.INSTRUCTOR).session();
        List<ContentItem> items = List.of(new ContentItem("Paper", URI.create(TOOL + "/paper")));

        assertThatThrownBy(() -> core.lti().deepLinkResponse(ordinary, items)).isInstanceOf(NotPermittedException.class);
    }

    private com.nimbusds.jwt.JWTClaimsSet.Builder member(com.nimbusds.jwt.JWTClaimsSet.Builder claims, String subject, String... roles) {
        return claims.subject(subject).claim("name", subject).claim(ROLES, List.of(roles))
                .claim(CONTEXT, Map.of("id", course, "title", "Klantmanager " + course));
    }

    /** The instructor links the course with a launch that announces its roster; @return the cohort */
    private Cohort linkedWithRoster(OpenedSession[] instructorOut) {
        OpenedSession instructor = launch(c -> TestPlatform.withRoster(member(c, "doc-" + course, TestPlatform.INSTRUCTOR), course));
        instructorOut[0] = instructor;
        return linkedCohort(instructor);
    }

    @Test
    void theCourseRosterEnrolsItsActiveLearnersAndWithdrawsThoseWhoLeftKeepingTheirHistory() {
        OpenedSession[] instructor = new OpenedSession[1];
        Cohort cohort = linkedWithRoster(instructor);
        platform.member(course, "doc-" + course, "Karin Docent", "karin@example.nl", "Active", TestPlatform.INSTRUCTOR);
        platform.member(course, "a-" + course, "Anouk Visser", "anouk@example.nl", "Active", TestPlatform.LEARNER);
        platform.member(course, "b-" + course, "Bram de Wit", "bram@example.nl", "Active", TestPlatform.LEARNER);
        platform.member(course, "c-" + course, "Chris Zonder Adres", null, "Active", TestPlatform.LEARNER);
        platform.member(course, "d-" + course, "Dewi Inactief", "dewi@example.nl", "Inactive", TestPlatform.LEARNER);
        core.enrolment().enrol(instructor[0].session().actor(), cohort.id(), new nl.leerlijn.enrolment.NewParticipant(
                new nl.leerlijn.access.UserId("host-" + course), profile("Henk Host", "henk@example.nl")));
        int tokens = platform.tokenRequests();

        RosterSync first = core.lti().syncRoster(instructor[0].session().actor(), cohort.id());

        assertThat(first.enrolled()).isEqualTo(2);
        assertThat(first.skipped()).as("no address shared").isEqualTo(1);
        assertThat(first.problem()).isEmpty();
        List<nl.leerlijn.enrolment.Participant> enrolled = core.enrolment().participants(instructor[0].session().actor(), cohort.id());
        assertThat(enrolled).extracting(p -> p.profile().displayName()).containsExactlyInAnyOrder("Anouk Visser", "Bram de Wit", "Henk Host");
        assertThat(enrolled).filteredOn(p -> p.profile().displayName().equals("Anouk Visser")).singleElement()
                .satisfies(p -> assertThat(p.profile().organisation().name()).isEqualTo(LtiService.ORGANISATION_NOT_GIVEN));
        assertThat(core.lti().syncRoster(instructor[0].session().actor(), cohort.id()).enrolled()).as("read again").isZero();
        assertThat(platform.tokenRequests() - tokens).as("one token for both readings").isEqualTo(1);
        assertThat(platform.calls()).filteredOn(c -> c.contains("/courses/" + course + "/memberships?page=")).isNotEmpty();

        platform.leave(course, "b-" + course);
        RosterSync later = core.lti().syncRoster(instructor[0].session().actor(), cohort.id());

        assertThat(later.withdrawn()).isEqualTo(1);
        nl.leerlijn.enrolment.Participant bram = core.enrolment().participants(instructor[0].session().actor(), cohort.id()).stream()
                .filter(p -> p.profile().displayName().equals("Bram de Wit")).findFirst().orElseThrow();
        assertThat(bram.isActive()).isFalse();
        assertThat(core.enrolment().history(instructor[0].session().actor(), bram.id())).extracting(h -> h.event(), h -> h.reason(), h -> h.actorName())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ParticipationEvent.ENROLLED, Optional.empty(), "Moodle Hogeschool Test (LTI)"),
                        org.assertj.core.groups.Tuple.tuple(ParticipationEvent.WITHDRAWN, Optional.of("Niet meer in de cursus Klantmanager " + course
                                + " (Moodle Hogeschool Test)"), "Moodle Hogeschool Test (LTI)"));
        assertThat(core.enrolment().participants(instructor[0].session().actor(), cohort.id())).filteredOn(p -> p.profile().displayName()
                .equals("Henk Host")).singleElement().satisfies(p -> assertThat(p.isActive()).as("enrolled by the host, not the platform").isTrue());
        assertThat(core.lti().courses(instructor[0].session().actor(), cohort.id())).singleElement()
                .satisfies(c -> assertThat(c.lastRosterSync()).hasValueSatisfying(r -> assertThat(r.withdrawn()).isEqualTo(1)));
    }

    @Test
    void aLearnerTheRosterEnrolledSaysWhereTheyWorkOnTheirFirstLaunch() {
        OpenedSession[] instructor = new OpenedSession[1];
        Cohort cohort = linkedWithRoster(instructor);
        platform.member(course, "e-" + course, "Esra Yilmaz", "esra@example.nl", "Active", TestPlatform.LEARNER);
        core.lti().syncRoster(instructor[0].session().actor(), cohort.id());

        LtiSession esra = launch("e-" + course, "Esra Yilmaz", TestPlatform.LEARNER).session();

        assertThat(core.lti().arrive(esra)).isEqualTo(new Arrival(Arrival.Kind.COMPLETE_PROFILE, Optional.of(cohort.id())));
    }

    @Test
    void aRosterThatCannotBeReadChangesNothingAndSaysWhy() {
        OpenedSession[] instructor = new OpenedSession[1];
        Cohort cohort = linkedWithRoster(instructor);
        platform.member(course, "f-" + course, "Fenna Bos", "fenna@example.nl", "Active", TestPlatform.LEARNER);
        core.lti().syncRoster(instructor[0].session().actor(), cohort.id());
        platform.servicesDown(true);
        try {
            RosterSync failed = core.lti().syncRoster(instructor[0].session().actor(), cohort.id());

            assertThat(failed.problem()).contains(RosterSync.REFUSED + "503");
            assertThat(failed.withdrawn()).isZero();
            assertThat(core.enrolment().participants(instructor[0].session().actor(), cohort.id())).allSatisfy(p -> assertThat(p.isActive()).isTrue());
        } finally {
            platform.servicesDown(false);
        }
        LtiSession learner = launch("f-" + course, "Fenna Bos", TestPlatform.LEARNER).session();
        assertThatThrownBy(() -> core.lti().syncRoster(learner.actor(), cohort.id())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aReleasedResultOfALearnerFromThePlatformGoesToTheCoursesGradebookAndIsTakenBackWhenChanged() {
        OpenedSession instructor = launch(c -> TestPlatform.withGrades(member(c, "doc-" + course, TestPlatform.INSTRUCTOR), course));
        Cohort cohort = linkedCohort(instructor);
        Actor kerndocent = instructor.session().actor();
        LtiSession learner = launch("g-" + course, "Gijs Learner", TestPlatform.LEARNER).session();
        core.lti().enrol(learner, profile("Gijs Learner", "gijs@example.nl"));
        nl.leerlijn.enrolment.Participant gijs = core.enrolment().participationsOf(learner.actor()).get(0);
        nl.leerlijn.submission.SubmissionId concept = nl.leerlijn.testing.PaperSteps.handInConcept(core, gijs);
        int before = platform.scores().size();
        assertThat(core.lti().sendScore(concept)).as("nothing released yet").isZero();

        nl.leerlijn.testing.PaperSteps.releaseVoldoende(core, kerndocent, concept);
        assertThat(core.lti().sendScore(concept)).isEqualTo(1);

        assertThat(platform.lineItems()).filteredOn(i -> ((String) i.get("id")).contains("/courses/" + course + "/")).singleElement()
                .satisfies(i -> {
                    assertThat(i.get("resourceId")).isEqualTo("pa-concept");
                    assertThat(i.get("tag")).isEqualTo("leerlijn");
                });
        List<Map<String, Object>> sent = platform.scores().subList(before, platform.scores().size());
        assertThat(sent).singleElement().satisfies(score -> {
            assertThat(score.get("userId")).isEqualTo("g-" + course);
            assertThat(score.get("gradingProgress")).isEqualTo("FullyGraded");
            assertThat(((Number) score.get("scoreGiven")).doubleValue()).isPositive();
            assertThat(score.get("contentType")).isEqualTo("application/vnd.ims.lis.v1.score+json");
            assertThat((String) score.get("to")).isEqualTo(score.get("lineItem") + "/scores");
        });

        core.assessments().agree(kerndocent, concept, nl.leerlijn.testing.PaperSteps.ALL_VOLDOENDE, Map.of(), "Toch anders.", false,
                "Rekenfout");
        assertThat(core.lti().takeBackScore(concept)).isEqualTo(1);
        assertThat(platform.scores().get(platform.scores().size() - 1)).containsEntry("gradingProgress", "PendingManual")
                .doesNotContainKey("scoreGiven");
        assertThat(core.lti().sendScore(concept)).as("not released again yet").isZero();
    }

    @Test
    void theBackgroundJobsSendAReleasedResultAndTryAgainWhileThePlatformIsDown() {
        OpenedSession instructor = launch(c -> TestPlatform.withGrades(member(c, "doc-" + course, TestPlatform.INSTRUCTOR), course));
        linkedCohort(instructor);
        LtiSession learner = launch("h-" + course, "Hanna Learner", TestPlatform.LEARNER).session();
        core.lti().enrol(learner, profile("Hanna Learner", "hanna@example.nl"));
        nl.leerlijn.submission.SubmissionId concept = nl.leerlijn.testing.PaperSteps.handInConcept(core,
                core.enrolment().participationsOf(learner.actor()).get(0));
        nl.leerlijn.jobs.BackgroundJobs.Settings quick = new nl.leerlijn.jobs.BackgroundJobs.Settings(Duration.ofHours(1), Duration.ofDays(1),
                Duration.ofMillis(100)).withRetryAfter(Duration.ofMillis(100)).withReminderSweep(Duration.ofHours(1));
        platform.servicesDown(true);
        try (nl.leerlijn.jobs.BackgroundJobs jobs = core.startBackgroundJobs(quick)) {
            nl.leerlijn.testing.PaperSteps.releaseVoldoende(core, instructor.session().actor(), concept);
            nl.leerlijn.testing.Eventually.until("a failed try", () -> platform.calls().stream().anyMatch(c -> c.contains("/token")),
                    Duration.ofSeconds(20));
            platform.servicesDown(false);
            nl.leerlijn.testing.Eventually.until("the score at the platform", () -> platform.scores().stream()
                    .anyMatch(sc -> ("h-" + course).equals(sc.get("userId"))), Duration.ofSeconds(30));
        } finally {
            platform.servicesDown(false);
        }
    }

    @Test
    void aResultOfAParticipantTheHostEnrolledGoesToNoGradebook() {
        OpenedSession instructor = launch(c -> TestPlatform.withGrades(member(c, "doc-" + course, TestPlatform.INSTRUCTOR), course));
        Cohort cohort = linkedCohort(instructor);
        nl.leerlijn.enrolment.Participant henk = ((EnrolmentOutcome.Enrolled) core.enrolment().enrol(instructor.session().actor(), cohort.id(),
                new nl.leerlijn.enrolment.NewParticipant(new nl.leerlijn.access.UserId("host-" + course), profile("Henk Host", "henk@example.nl"))))
                .participant();
        nl.leerlijn.submission.SubmissionId concept = nl.leerlijn.testing.PaperSteps.handInConcept(core, henk);
        nl.leerlijn.testing.PaperSteps.releaseVoldoende(core, instructor.session().actor(), concept);

        assertThat(core.lti().sendScore(concept)).isZero();
    }

    @Test
    void housekeepingForgetsEndedSessions() throws Exception {
        OpenedSession opened = launch("s-" + course, "Priya Ramdin", TestPlatform.LEARNER);
        clock.set(clock.instant().plus(LtiService.SESSION_VALIDITY).plusSeconds(1));

        core.lti().housekeeping(LtiService.KEY_MAX_AGE, LtiService.KEY_GRACE);

        assertThat(core.lti().session(opened.token())).isEmpty();
        try (var connection = SETTINGS.get(database).fixture().database().dataSource().getConnection();
                var statement = connection.prepareStatement("SELECT COUNT(*) FROM ll_lti_session WHERE user_id = ?")) {
            statement.setString(1, opened.session().actor().userId().value());
            try (var rows = statement.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).as("rows left").isZero();
            }
        }
    }
}
