package nl.leerlijn.submission;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import nl.leerlijn.submission.TextComparison.Change;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityNotFoundException;
import nl.leerlijn.spi.FileSystemFileStore;
import nl.leerlijn.submission.UploadOutcome.Refusal;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.testing.TestFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class SubmissionServiceTest {
    private static final ActivityKey CONCEPT = new ActivityKey("pa-concept");

    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private TestDatabase.Fresh db;
    private LeerlijnCore core;
    private FileSystemFileStore store;
    private final Actor docent = kerndocent("docent-anna");
    private final Actor sanneActor = student("student-sanne");
    private Cohort cohort;
    private Participant sanne;

    @BeforeEach
    void start() throws Exception {
        db = database.fresh();
        store = new FileSystemFileStore(TestFolders.fresh());
        core = LeerlijnCore.builder().dataSource(db.dataSource()).clock(clock).fileStore(store).build();
        core.migrate();
        cohort = core.cohorts().create(docent, new nl.leerlijn.cohort.NewCohort(CoreFixture.SAMPLE, "Leergang",
                java.time.LocalDate.of(2026, 9, 8), "Utrecht"));
        sanne = core.enrolment().enrol(docent, cohort.id(), participant("student-sanne")).participant();
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.7\n" + text + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private UploadOutcome upload(Actor who, Participant p, String key, String name, byte[] content) {
        return core.submissions().upload(who, p.id(), CONCEPT, key, List.of(new Upload(name, new ByteArrayInputStream(content))),
                Optional.empty());
    }

    private ScheduleItem deadline() {
        return core.schedule().cohortSchedule(docent, cohort.id()).stream().filter(i -> i.activity().equals(CONCEPT)).findFirst()
                .orElseThrow();
    }

    @Test
    void aStudentsUploadBecomesADraftVersionWithAReceiptThatMatchesTheStoredFile() throws Exception {
        byte[] concept = pdf("Concept: de klantreis van een bijstandsgerechtigde");

        UploadOutcome outcome = upload(sanneActor, sanne, "key-1", "concept.pdf", concept);

        assertThat(outcome).isInstanceOf(UploadOutcome.Stored.class);
        Submission version = ((UploadOutcome.Stored) outcome).submission();
        assertThat(version.version()).isEqualTo(1);
        assertThat(version.state()).isEqualTo(SubmissionState.DRAFT);
        assertThat(version.createdAt()).isEqualTo(CoreFixture.NOW);
        assertThat(version.files()).containsExactly(new SubmittedFile("concept.pdf", sha256(concept), concept.length, DocumentType.PDF));
        try (InputStream in = store.open(sha256(concept))) {
            assertThat(in.readAllBytes()).isEqualTo(concept);
        }
    }

    @Test
    void theSameUploadSentTwiceMakesOneVersion() {
        upload(sanneActor, sanne, "key-1", "concept.pdf", pdf("eerste"));

        UploadOutcome again = upload(sanneActor, sanne, "key-1", "concept.pdf", pdf("eerste"));

        assertThat(again).isInstanceOf(UploadOutcome.AlreadyStored.class);
        assertThat(core.submissions().versions(sanneActor, sanne.id(), CONCEPT)).hasSize(1);
    }

    @Test
    void aFileThatIsNoDocumentIsRefusedByItsContentAndEarlierVersionsStay() {
        upload(sanneActor, sanne, "key-1", "concept.pdf", pdf("eerste"));

        UploadOutcome refused = upload(sanneActor, sanne, "key-2", "concept-v2.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        assertThat(refused).isEqualTo(new UploadOutcome.Refused(Refusal.TYPE_NOT_ACCEPTED, "concept-v2.pdf"));
        assertThat(core.submissions().versions(sanneActor, sanne.id(), CONCEPT)).singleElement()
                .satisfies(v -> assertThat(v.files().get(0).name()).isEqualTo("concept.pdf"));
    }

    @Test
    void aFileOverTheLimitIsRefusedAndAnEmptyUploadToo() throws Exception {
        LeerlijnCore strict = LeerlijnCore.builder().dataSource(db.dataSource()).clock(clock).fileStore(store)
                .uploadPolicy(new UploadPolicy(100, EnumSet.of(DocumentType.PDF))).build();

        UploadOutcome tooLarge = strict.submissions().upload(sanneActor, sanne.id(), CONCEPT, "k",
                List.of(new Upload("groot.pdf", new ByteArrayInputStream(pdf("x".repeat(200))))), Optional.empty());
        UploadOutcome empty = strict.submissions().upload(sanneActor, sanne.id(), CONCEPT, "k2", List.of(), Optional.of("  "));

        assertThat(tooLarge).isEqualTo(new UploadOutcome.Refused(Refusal.TOO_LARGE, "groot.pdf"));
        assertThat(empty).isEqualTo(new UploadOutcome.Refused(Refusal.EMPTY, ""));
        assertThat(core.submissions().versions(sanneActor, sanne.id(), CONCEPT)).isEmpty();
    }

    @Test
    void aHandedInVersionIsLateOnlyAfterTheDeadline() {
        Submission first = ((UploadOutcome.Stored) upload(sanneActor, sanne, "k1", "a.pdf", pdf("a"))).submission();
        SubmitOutcome inTime = core.submissions().submit(sanneActor, first.id());
        clock.set(deadline().at().plusSeconds(60));
        Participant ahmed = core.enrolment().enrol(docent, cohort.id(), participant("student-ahmed")).participant();
        Submission his = ((UploadOutcome.Stored) upload(student("student-ahmed"), ahmed, "k1", "b.pdf", pdf("b"))).submission();
        SubmitOutcome late = core.submissions().submit(student("student-ahmed"), his.id());

        assertThat(inTime).isInstanceOfSatisfying(SubmitOutcome.Submitted.class, s -> {
            assertThat(s.submission().state()).isEqualTo(SubmissionState.SUBMITTED);
            assertThat(s.submission().late()).isFalse();
        });
        assertThat(late).isInstanceOfSatisfying(SubmitOutcome.Submitted.class, s -> assertThat(s.submission().late()).isTrue());
        assertThat(core.submissions().submit(sanneActor, first.id())).isInstanceOf(SubmitOutcome.AlreadySubmitted.class);
    }

    @Test
    void afterHandingInAndPastTheDeadlineNoNewVersionIsTaken() {
        Submission first = ((UploadOutcome.Stored) upload(sanneActor, sanne, "k1", "a.pdf", pdf("a"))).submission();
        core.submissions().submit(sanneActor, first.id());
        upload(sanneActor, sanne, "k2", "b.pdf", pdf("b"));
        clock.set(deadline().at().plusSeconds(60));

        assertThat(upload(sanneActor, sanne, "k3", "c.pdf", pdf("c"))).isEqualTo(new UploadOutcome.Refused(Refusal.CLOSED, ""));
        Submission draft = core.submissions().versions(sanneActor, sanne.id(), CONCEPT).get(1);
        assertThat(core.submissions().submit(sanneActor, draft.id())).isInstanceOf(SubmitOutcome.Closed.class);
        assertThat(core.submissions().versions(sanneActor, sanne.id(), CONCEPT)).hasSize(2);
    }

    @Test
    void twoTextVersionsCompareWordByWordAndOnlyWithinTheSameWork() {
        SubmissionId first = text("t1", "De klant staat centraal in het gesprek.");
        SubmissionId second = text("t2", "De klant en het netwerk staan centraal in het keukentafelgesprek.");
        SubmissionId file = ((UploadOutcome.Stored) upload(sanneActor, sanne, "f1", "a.pdf", pdf("a"))).submission().id();
        assertThatThrownBy(() -> core.submissions().compare(docent, first, second)).as("drafts are private")
                .isInstanceOf(NotPermittedException.class);
        core.submissions().submit(sanneActor, first);
        core.submissions().submit(sanneActor, second);

        TextComparison comparison = core.submissions().compare(docent, first, second);

        assertThat(comparison.pieces()).extracting(TextComparison.Piece::change, TextComparison.Piece::text).containsExactly(
                tuple(Change.SAME, "De klant "), tuple(Change.REMOVED, "staat "), tuple(Change.ADDED, "en het netwerk staan "),
                tuple(Change.SAME, "centraal in het "), tuple(Change.REMOVED, "gesprek."), tuple(Change.ADDED, "keukentafelgesprek."));
        assertThat(comparison.wordsAdded()).isEqualTo(5);
        assertThat(comparison.wordsRemoved()).isEqualTo(2);
        assertThat(core.submissions().compare(sanneActor, first, first).changed()).isFalse();
        assertThatThrownBy(() -> core.submissions().compare(sanneActor, first, file)).isInstanceOf(NotComparableException.class);
        assertThatThrownBy(() -> core.submissions().compare(student("student-ahmed"), first, second))
                .isInstanceOf(NotPermittedException.class);
    }

    private SubmissionId text(String key, String text) {
        return ((UploadOutcome.Stored) core.submissions().upload(sanneActor, sanne.id(), CONCEPT, key, List.of(), Optional.of(text)))
                .submission().id();
    }

    @Test
    void onlyTheStudentHandsInAndOnlyTheyAndTheirKerndocentSeeTheVersions() {
        Participant ahmed = core.enrolment().enrol(docent, cohort.id(), participant("student-ahmed")).participant();
        Submission handedIn = ((UploadOutcome.Stored) upload(sanneActor, sanne, "k1", "a.pdf", pdf("a"))).submission();
        core.submissions().submit(sanneActor, handedIn.id());
        Submission draft = ((UploadOutcome.Stored) upload(sanneActor, sanne, "k2", "b.pdf", pdf("b"))).submission();

        assertThatThrownBy(() -> upload(student("student-ahmed"), sanne, "k", "x.pdf", pdf("x"))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> upload(docent, sanne, "k", "x.pdf", pdf("x"))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.submissions().versions(student("student-ahmed"), sanne.id(), CONCEPT))
                .isInstanceOf(NotPermittedException.class);
        assertThat(core.submissions().versions(sanneActor, sanne.id(), CONCEPT)).hasSize(2);
        assertThat(core.submissions().versions(docent, sanne.id(), CONCEPT)).as("drafts are private").extracting(Submission::id)
                .containsExactly(handedIn.id());
        assertThat(core.submissions().submission(docent, handedIn.id()).id()).isEqualTo(handedIn.id());
        assertThatThrownBy(() -> core.submissions().submission(docent, draft.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.submissions().open(docent, draft.id(), 0)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.submissions().upload(sanneActor, sanne.id(), new ActivityKey("m1-e-learning"), "k",
                List.of(new Upload("a.pdf", new ByteArrayInputStream(pdf("a")))), Optional.empty()))
                .isInstanceOf(ActivityNotFoundException.class);
        assertThat(core.submissions().versions(docent, ahmed.id(), CONCEPT)).isEmpty();
    }

    @Test
    void contentThatNeverBecameAVersionIsRemovedAfterTheGracePeriodUnlessSomethingUsesIt() throws Exception {
        byte[] refusedOnly = "not a document at all".getBytes(StandardCharsets.UTF_8);
        byte[] kept = pdf("gebruikt");
        upload(sanneActor, sanne, "k1", "kapot.pdf", refusedOnly);
        upload(sanneActor, sanne, "k2", "goed.pdf", kept);
        upload(sanneActor, sanne, "k2", "goed.pdf", kept);

        assertThat(core.removeOrphanedUploads(Duration.ofHours(1))).isZero();
        clock.advance(Duration.ofHours(2));
        int removed = core.removeOrphanedUploads(Duration.ofHours(1));

        assertThat(removed).isEqualTo(1);
        assertThat(store.contains(sha256(refusedOnly))).isFalse();
        assertThat(store.contains(sha256(kept))).isTrue();
    }

    @Test
    void twoHundredStudentsUploadingAtTheDeadlineWithDoubleClicksEachGetExactlyOneIntactVersion() throws Exception {
        List<NewParticipant> people = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            people.add(participant("student-" + i));
        }
        core.enrolment().enrolAll(docent, cohort.id(), people);
        List<Participant> everyone = core.enrolment().participants(docent, cohort.id()).stream()
                .filter(p -> p.userId().value().matches("student-\\d+")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<UploadOutcome>> clicks = new ArrayList<>();
            for (Participant p : everyone) {
                for (int click = 0; click < 2; click++) {
                    clicks.add(() -> upload(student(p.userId().value()), p, "deadline-upload", "concept.pdf",
                            pdf("Concept van " + p.userId().value())));
                }
            }
            for (Future<UploadOutcome> result : pool.invokeAll(clicks)) {
                assertThat(result.get()).isNotInstanceOf(UploadOutcome.Refused.class);
            }
        } finally {
            pool.shutdown();
        }

        for (Participant p : everyone) {
            List<Submission> versions = core.submissions().versions(student(p.userId().value()), p.id(), CONCEPT);
            assertThat(versions).as(p.userId().value()).hasSize(1);
            SubmittedFile file = versions.get(0).files().get(0);
            byte[] expected = pdf("Concept van " + p.userId().value());
            assertThat(file.sha256()).isEqualTo(sha256(expected));
            try (InputStream in = store.open(file.sha256())) {
                assertThat(in.readAllBytes()).isEqualTo(expected);
            }
        }
    }
}
