package nl.leerlijn.spi;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Keeps files under a folder as {@code ab/cd/abcd…} by SHA-256. Content is streamed to a temporary
 * file in the same folder while its hash is computed (8 KB at a time, whatever the file's size),
 * then moved into place atomically, so a reader never sees a half-written file. Thread-safe, and
 * safe with several nodes sharing the folder.
 */
public final class FileSystemFileStore implements FileStore {
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 8192;

    private final Path root;

    /**
     * @param root the folder; created when missing
     * @throws IOException when the folder cannot be created
     */
    public FileSystemFileStore(Path root) throws IOException {
        this.root = Files.createDirectories(root);
        Files.createDirectories(root.resolve("incoming"));
    }

    @Override
    public StoredContent put(InputStream content, long maxBytes) throws IOException {
        Path incoming = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
        try {
            MessageDigest digest = sha256();
            long size = 0;
            try (OutputStream out = Files.newOutputStream(incoming)) {
                byte[] buffer = new byte[BUFFER];
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw new FileTooLargeException(maxBytes);
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            moveIntoPlace(incoming, path(sha));
            return new StoredContent(sha, size);
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    private static void moveIntoPlace(Path incoming, Path target) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameContentMeanwhile) {
            // another upload of identical content won the race: the content is there
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The file store folder must allow atomic moves within itself: " + target.getParent(), e);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        Path file = path(sha256);
        if (!Files.isRegularFile(file)) {
            throw new FileNotFoundException("No stored content " + sha256);
        }
        return Files.newInputStream(file);
    }

    @Override
    public boolean contains(String sha256) {
        return SHA.matcher(sha256).matches() && Files.isRegularFile(path(sha256));
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    private Path path(String sha256) {
        if (!SHA.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 address: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
