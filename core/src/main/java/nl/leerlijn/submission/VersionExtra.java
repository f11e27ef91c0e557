package nl.leerlijn.submission;

/**
 * Something a feature stores with a new version, in the same transaction (e.g. the outcomes of a praktijk report): if
 * it fails, the version is not stored either.
 */
@FunctionalInterface
public interface VersionExtra {
    /** Stores nothing. */
    VersionExtra NONE = shared -> { };

    /** @param shared the key that the versions made by this upload share (one per member of a duo) */
    void store(String shared);
}
