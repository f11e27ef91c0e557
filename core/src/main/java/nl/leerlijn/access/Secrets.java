package nl.leerlijn.access;

import static nl.leerlijn.database.Columns.utc;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Random secrets that every node of one installation shares, kept in {@code ll_secret} and made
 * on first use. Cached per instance once read (they never change). Thread-safe.
 */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final Clock clock;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /**
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     */
    public Secrets(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * @param name what the secret is for, e.g. {@code csrf}
     * @return the 32-byte secret with this name, created when it does not exist yet
     */
    public byte[] get(String name) {
        return cache.computeIfAbsent(name, this::readOrCreate).clone();
    }

    private byte[] readOrCreate(String name) {
        return read(name).orElseGet(() -> {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            try {
                jdbi.useHandle(h -> h.createUpdate("INSERT INTO ll_secret (name, secret, created_at) VALUES (:name, :secret, :at)")
                        .bind("name", name)
                        .bind("secret", Base64.getEncoder().encodeToString(fresh))
                        .bind("at", utc(clock.instant()))
                        .execute());
            } catch (UnableToExecuteStatementException raced) {
                // another node created it first: use theirs
            }
            return read(name).orElseThrow(() -> new IllegalStateException("Secret " + name + " could not be stored"));
        });
    }

    private Optional<byte[]> read(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT secret FROM ll_secret WHERE name = :name")
                .bind("name", name)
                .mapTo(String.class)
                .findOne()
                .map(Base64.getDecoder()::decode));
    }
}
