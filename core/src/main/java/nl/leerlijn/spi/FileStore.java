package nl.leerlijn.spi;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where Leerlijn keeps uploaded files, content-addressed by SHA-256; the database keeps only the
 * metadata. Implementations must be thread-safe, store without holding whole files in memory, and
 * make a stored file visible only once it is complete. The default is {@link FileSystemFileStore}.
 */
public interface FileStore {

    /**
     * Streams {@code content} into the store. Identical content is kept once.
     *
     * @param content read to its end; not closed
     * @param maxBytes the largest content accepted
     * @return the content's address and size
     * @throws FileTooLargeException when the content is larger than {@code maxBytes}; nothing is kept
     * @throws IOException when reading or writing fails; nothing is kept
     */
    StoredContent put(InputStream content, long maxBytes) throws IOException;

    /**
     * @param sha256 the content's address
     * @return the content, to be closed by the caller
     * @throws java.io.FileNotFoundException when the store does not hold it
     */
    InputStream open(String sha256) throws IOException;

    /**
     * @param sha256 the content's SHA-256, 64 lower-case hex digits
     * @return whether the store holds content with this address
     */
    boolean contains(String sha256);

    /**
     * Removes the content (for example an orphan whose database row never committed); absent content is fine.
     *
     * @param sha256 the content's address
     * @throws IOException when removing fails
     */
    void delete(String sha256) throws IOException;
}
