package nl.leerlijn.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Temporary folders for a test instance's files; removed when the JVM ends. */
public final class TestFolders {
    private TestFolders() {
    }

    public static Path fresh() {
        try {
            Path folder = Files.createTempDirectory("leerlijn-test-");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
