package nl.leerlijn.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.leerlijn.spi.FileStore;
import nl.leerlijn.spi.FileSystemFileStore;
import nl.leerlijn.spi.StoredContent;

/**
 * A filesystem file store that lets a test wait until content is deleted (e.g. by a background job),
 * instead of polling with sleeps.
 */
public final class WatchedFileStore implements FileStore {
    private final FileSystemFileStore store;
    private final Map<String, CompletableFuture<Void>> deletions = new ConcurrentHashMap<>();

    public WatchedFileStore(Path root) throws IOException {
        this.store = new FileSystemFileStore(root);
    }

    @Override
    public StoredContent put(InputStream content, long maxBytes) throws IOException {
        return store.put(content, maxBytes);
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return store.open(sha256);
    }

    @Override
    public boolean contains(String sha256) {
        return store.contains(sha256);
    }

    @Override
    public void delete(String sha256) throws IOException {
        store.delete(sha256);
        deletion(sha256).complete(null);
    }

    /**
     * Waits until the content is deleted.
     *
     * @throws AssertionError when it is not deleted within {@code patience}
     */
    public void awaitDeleted(String sha256, Duration patience) throws InterruptedException {
        try {
            deletion(sha256).get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("Content " + sha256 + " was not deleted within " + patience, e);
        } catch (ExecutionException e) {
            throw new AssertionError("Waiting for the deletion of " + sha256 + " failed", e);
        }
    }

    private CompletableFuture<Void> deletion(String sha256) {
        return deletions.computeIfAbsent(sha256, key -> new CompletableFuture<>());
    }
}
