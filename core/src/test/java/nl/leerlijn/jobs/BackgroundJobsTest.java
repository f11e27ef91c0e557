package nl.leerlijn.jobs;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.submission.Upload;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.testing.TestFolders;
import nl.leerlijn.testing.WatchedFileStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class BackgroundJobsTest {
    private static final BackgroundJobs.Settings QUICK = new BackgroundJobs.Settings(Duration.ofMillis(200), Duration.ofHours(1),
            Duration.ofMillis(100));

    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private WatchedFileStore store;
    private CoreFixture fixture;

    @BeforeEach
    void start() throws Exception {
        store = new WatchedFileStore(TestFolders.fresh());
        fixture = CoreFixture.on(database, clock, builder -> builder.fileStore(store));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void anUploadRefusedLongAgoIsRemovedFromTheFileStoreByTheSchedulerWhileKeptFilesStay() throws Exception {
        Cohort cohort = fixture.cohortBy(kerndocent("docent-anna"));
        Participant sanne = fixture.core().enrolment().enrol(kerndocent("docent-anna"), cohort.id(), participant("student-sanne"))
                .participant();
        byte[] refused = "GIF89a, geen document".getBytes(StandardCharsets.UTF_8);
        byte[] kept = "%PDF-1.7 concept".getBytes(StandardCharsets.UTF_8);
        upload(sanne, "k1", refused);
        upload(sanne, "k2", kept);
        clock.advance(Duration.ofHours(2));

        try (BackgroundJobs jobs = fixture.core().startBackgroundJobs(QUICK);
                BackgroundJobs secondNode = fixture.core().startBackgroundJobs(QUICK)) {
            store.awaitDeleted(sha(refused), Duration.ofSeconds(20));
        }

        assertThat(store.contains(sha(refused))).isFalse();
        assertThat(store.contains(sha(kept))).isTrue();
    }

    private void upload(Participant p, String key, byte[] content) {
        fixture.core().submissions().upload(student(p.userId().value()), p.id(), new ActivityKey("pa-concept"), key,
                List.of(new Upload("bestand.pdf", new ByteArrayInputStream(content))), Optional.empty());
    }

    private static String sha(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
