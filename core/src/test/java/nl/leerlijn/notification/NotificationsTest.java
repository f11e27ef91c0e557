package nl.leerlijn.notification;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.jobs.BackgroundJobs;
import nl.leerlijn.schedule.ScheduleChange;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.PaperSteps;
import nl.leerlijn.testing.RecordingNotifier;
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
class NotificationsTest {
    static final BackgroundJobs.Settings QUICK = new BackgroundJobs.Settings(Duration.ofHours(1), Duration.ofDays(1),
            Duration.ofMillis(100)).withRetryAfter(Duration.ofMillis(100)).withReminderSweep(Duration.ofHours(1));
    private static final ActivityKey CONCEPT = new ActivityKey("pa-concept");

    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private final RecordingNotifier mails = new RecordingNotifier();
    private final Actor anna = kerndocent("docent-anna");
    private final Actor sanneActor = student("student-sanne");
    private CoreFixture fixture;
    private LeerlijnCore core;
    private Cohort cohort;
    private Participant sanne;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database, clock, b -> b.notifier(mails));
        core = fixture.core();
        cohort = fixture.cohortBy(anna);
        sanne = core.enrolment().enrol(anna, cohort.id(), participant("student-sanne")).participant();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private SubmissionId handIn(Participant p) {
        return PaperSteps.handInConcept(core, p);
    }

    private void release(SubmissionId id) {
        PaperSteps.releaseVoldoende(core, anna, id);
    }

    private void runJobs() {
        try (BackgroundJobs jobs = core.startBackgroundJobs(QUICK)) {
            assertThat(jobs.awaitIdle(fixture.database().dataSource(), Duration.ofSeconds(30))).isTrue();
        }
    }

    @Test
    void aReleasedResultReachesTheStudentOnceByMailInTheirLanguageAndInNewForYou() {
        core.notifications().remember(sanneActor, "sanne@gemeente.example", Locale.ENGLISH);
        SubmissionId concept = handIn(sanne);
        release(concept);

        runJobs();
        runJobs();

        assertThat(mails.to("sanne@gemeente.example")).singleElement().satisfies(mail -> {
            assertThat(mail.language()).isEqualTo(Locale.ENGLISH);
            assertThat(mail.text()).contains("RESULT_RELEASED").contains("Concept");
        });
        NotificationService.NewForYou news = core.notifications().newForYou(sanneActor);
        assertThat(news.unread()).isEqualTo(1);
        Notification released = news.notifications().get(0);
        assertThat(released.kind()).isEqualTo(NotificationKind.RESULT_RELEASED);
        assertThat(released.target()).isEqualTo(new Target(Target.Place.PAPER, cohort.id().value()));
        assertThat(released.mailedAt()).isPresent();

        assertThat(core.notifications().open(sanneActor, released.id()).kind()).isEqualTo(NotificationKind.RESULT_RELEASED);
        assertThat(core.notifications().newForYou(sanneActor).unread()).isZero();
        assertThat(core.notifications().recent(sanneActor)).singleElement().satisfies(n -> assertThat(n.unread()).isFalse());
    }

    @Test
    void nobodyOpensAnotherPersonsNotification() {
        release(handIn(sanne));
        runJobs();
        NotificationId hers = core.notifications().newForYou(sanneActor).notifications().get(0).id();

        assertThatThrownBy(() -> core.notifications().open(student("student-ahmed"), hers))
                .isInstanceOf(NotificationNotFoundException.class);
        assertThatThrownBy(() -> core.notifications().open(anna, hers)).isInstanceOf(NotificationNotFoundException.class);
        assertThat(core.notifications().newForYou(sanneActor).unread()).isEqualTo(1);
    }

    @Test
    void aKindChosenNotByMailIsOnlyShownAndAKindChosenForTheDigestWaitsForIt() {
        core.notifications().choose(sanneActor, Map.of(NotificationKind.RESULT_RELEASED, Delivery.NONE,
                NotificationKind.SESSION_MOVED, Delivery.DIGEST), Locale.forLanguageTag("nl"));
        release(handIn(sanne));
        ScheduleItem session = core.schedule().cohortSchedule(anna, cohort.id()).stream().filter(ScheduleItem::isSession).findFirst()
                .orElseThrow();
        core.schedule().reschedule(anna, cohort.id(), new ScheduleChange(session.id(), session.at().plus(Duration.ofDays(1)),
                session.location(), Optional.of(session.at())));
        runJobs();

        assertThat(mails.sent()).isEmpty();
        assertThat(core.notifications().newForYou(sanneActor).notifications()).extracting(Notification::kind)
                .containsExactlyInAnyOrder(NotificationKind.RESULT_RELEASED, NotificationKind.SESSION_MOVED);
        core.planDigests();
        runJobs();
        assertThat(mails.to("student-sanne@example.org")).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("SESSION_MOVED").doesNotContain("RESULT_RELEASED"));
    }

    @Test
    void aDeliveryThatIsNotAnOptionForItsKindIsRefused() {
        assertThatThrownBy(() -> core.notifications().choose(anna, Map.of(NotificationKind.PRESENCE_TO_CONFIRM, Delivery.AT_ONCE),
                Locale.forLanguageTag("nl"))).isInstanceOf(nl.leerlijn.InvalidInputException.class);
        assertThatThrownBy(() -> core.notifications().choose(anna, Map.of(), Locale.GERMAN))
                .isInstanceOf(nl.leerlijn.InvalidInputException.class);
    }

    @Test
    void aMovedSessionReachesEveryActiveParticipantOfTheCohortButNotOneWhoWithdrew() {
        Participant ahmed = core.enrolment().enrol(anna, cohort.id(), participant("student-ahmed")).participant();
        Participant noor = core.enrolment().enrol(anna, cohort.id(), participant("student-noor")).participant();
        core.enrolment().withdraw(anna, noor.id(), Optional.of("Verhuisd"));
        ScheduleItem session = core.schedule().cohortSchedule(anna, cohort.id()).stream().filter(ScheduleItem::isSession).findFirst()
                .orElseThrow();

        core.schedule().reschedule(anna, cohort.id(), new ScheduleChange(session.id(), session.at().plus(Duration.ofDays(2)),
                Optional.of("Utrecht, Stadskantoor"), Optional.of(session.at())));
        runJobs();

        assertThat(mails.sent()).extracting(Mail::to).containsExactlyInAnyOrder("student-sanne@example.org", "student-ahmed@example.org");
        assertThat(core.notifications().newForYou(student(ahmed.userId().value())).notifications()).singleElement()
                .satisfies(n -> assertThat(n.fact("location")).isEqualTo("Utrecht, Stadskantoor"));
    }

    @Test
    void theDigestListsTheKerndocentsHandInsAndExtensionRequestsAndGoesOutOnceADay() {
        core.notifications().remember(anna, "anna@opleider.example", Locale.forLanguageTag("nl"));
        handIn(sanne);
        Instant planDue = core.schedule().cohortSchedule(anna, cohort.id()).stream()
                .filter(i -> i.activity().value().equals("pa-plan-van-aanpak")).findFirst().orElseThrow().at();
        core.extensions().request(sanneActor, sanne.id(), new ActivityKey("pa-plan-van-aanpak"), planDue.plus(Duration.ofDays(7)),
                "Reorganisatie op het werk");
        runJobs();
        assertThat(mails.sent()).as("kerndocenten get these in the digest by default").isEmpty();

        assertThat(core.planDigests()).isEqualTo(1);
        assertThat(core.planDigests()).as("the same day again").isZero();
        runJobs();
        core.planDigests();
        runJobs();

        assertThat(mails.to("anna@opleider.example")).singleElement().satisfies(mail -> assertThat(mail.text())
                .contains("WORK_HANDED_IN").contains("EXTENSION_REQUESTED"));
        assertThat(mails.sent()).hasSize(1);
    }

    @Test
    void aKerndocentWithNothingNewGetsNoDigest() {
        core.notifications().remember(anna, "anna@opleider.example", Locale.forLanguageTag("nl"));

        assertThat(core.planDigests()).isEqualTo(1);
        runJobs();

        assertThat(mails.sent()).isEmpty();
    }

    @Test
    void aDeadlineIsRemindedThreeDaysAndOneDayBeforeOnceEachUntilTheWorkIsHandedIn() {
        Participant ahmed = core.enrolment().enrol(anna, cohort.id(), participant("student-ahmed")).participant();
        Instant due = core.schedule().cohortSchedule(anna, cohort.id()).stream().filter(i -> i.activity().equals(CONCEPT)).findFirst()
                .orElseThrow().at();
        clock.set(due.minus(Duration.ofDays(4)));
        assertThat(core.remind()).isZero();

        clock.set(due.minus(Duration.ofDays(3)).plus(Duration.ofMinutes(5)));
        handIn(ahmed);
        int first = core.remind();
        assertThat(core.remind()).as("the same reminder again").isZero();
        clock.set(due.minus(Duration.ofHours(20)));
        int second = core.remind();

        assertThat(core.notifications().recent(sanneActor)).filteredOn(n -> n.kind() == NotificationKind.DEADLINE_COMING)
                .filteredOn(n -> n.fact("title").startsWith("Concept")).extracting(n -> n.fact("days")).containsExactlyInAnyOrder("3", "1");
        assertThat(core.notifications().recent(student("student-ahmed")))
                .filteredOn(n -> n.kind() == NotificationKind.DEADLINE_COMING).extracting(n -> n.fact("title"))
                .noneMatch(t -> t.startsWith("Concept"));
        assertThat(first).isPositive();
        assertThat(second).isPositive();
    }
}
