package nl.leerlijn.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemFileStoreTest {
    @TempDir
    Path root;

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void storedContentComesBackByItsHash() throws Exception {
        FileSystemFileStore store = new FileSystemFileStore(root);
        byte[] paper = "Plan van aanpak: klantreis in de Participatiewet".getBytes(StandardCharsets.UTF_8);

        StoredContent stored = store.put(new ByteArrayInputStream(paper), 1_000);

        assertThat(stored).isEqualTo(new StoredContent(sha256(paper), paper.length));
        assertThat(store.contains(stored.sha256())).isTrue();
        try (InputStream in = store.open(stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(paper);
        }
    }

    @Test
    void contentOverTheLimitIsRefusedAndNothingOfItStays() throws Exception {
        FileSystemFileStore store = new FileSystemFileStore(root);

        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[10_001]), 10_000))
                .isInstanceOf(FileTooLargeException.class)
                .hasMessageContaining("10000");

        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void identicalContentUploadedAtOnceIsKeptOnceAndWhole() throws Exception {
        FileSystemFileStore store = new FileSystemFileStore(root);
        byte[] concept = new byte[300_000];
        new java.util.Random(7).nextBytes(concept);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<StoredContent>> uploads = IntStream.range(0, 16)
                    .<Callable<StoredContent>>mapToObj(i -> () -> store.put(new ByteArrayInputStream(concept), 1_000_000)).toList();
            for (Future<StoredContent> result : pool.invokeAll(uploads)) {
                assertThat(result.get().sha256()).isEqualTo(sha256(concept));
            }
        } finally {
            pool.shutdown();
        }

        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).singleElement()
                    .satisfies(f -> assertThat(Files.readAllBytes(f)).isEqualTo(concept));
        }
    }

    @Test
    void askingForContentThatIsNotThereSaysSo() throws IOException {
        FileSystemFileStore store = new FileSystemFileStore(root);
        String absent = "0".repeat(64);

        assertThat(store.contains(absent)).isFalse();
        assertThat(store.contains("../../etc/passwd")).isFalse();
        assertThatThrownBy(() -> store.open(absent)).isInstanceOf(FileNotFoundException.class);
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
