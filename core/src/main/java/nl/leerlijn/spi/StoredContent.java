package nl.leerlijn.spi;

import java.util.regex.Pattern;

/**
 * What a {@link FileStore} kept: the content's SHA-256 (its address) and its size.
 *
 * @param sha256 64 lower-case hex digits
 * @param size in bytes
 */
public record StoredContent(String sha256, long size) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /**
     * Checks the values.
     *
     * @param sha256 64 lower-case hex digits
     * @param size in bytes
     * @throws IllegalArgumentException when the address is not 64 lower-case hex digits or the size is negative
     */
    public StoredContent {
        if (sha256 == null || !HEX.matcher(sha256).matches() || size < 0) {
            throw new IllegalArgumentException("A stored content has a SHA-256 in hex and a size: " + sha256);
        }
    }
}
