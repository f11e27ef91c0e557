package nl.leerlijn.curriculum;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.leerlijn.LeerlijnException;
import org.jdbi.v3.core.Jdbi;

/** Stores definitions in {@code ll_programme_version}; parsed versions are cached, as they never change. */
final class JdbiProgrammeVersions implements ProgrammeVersions {
    private final Jdbi jdbi;
    private final Clock clock;
    private final ProgrammeDefinitionReader reader = new ProgrammeDefinitionReader();
    private final Map<ProgrammeVersionId, ProgrammeDefinition> parsed = new ConcurrentHashMap<>();

    JdbiProgrammeVersions(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public ProgrammeVersionId keep(ProgrammeDefinition definition) {
        return jdbi.inTransaction(h -> existing(definition).orElseGet(() -> new ProgrammeVersionId(h.createUpdate("""
                INSERT INTO ll_programme_version
                    (programme_id, title, content_sha256, source_name, definition_json, stored_at)
                VALUES (:programmeId, :title, :sha, :source, :json, :storedAt)
                """)
                .bind("programmeId", definition.programme().id().value())
                .bind("title", definition.programme().title())
                .bind("sha", definition.sha256())
                .bind("source", definition.source())
                .bind("json", definition.canonicalJson())
                .bind("storedAt", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one())));
    }

    private Optional<ProgrammeVersionId> existing(ProgrammeDefinition definition) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT id FROM ll_programme_version WHERE programme_id = :programmeId AND content_sha256 = :sha
                """)
                .bind("programmeId", definition.programme().id().value())
                .bind("sha", definition.sha256())
                .mapTo(Long.class)
                .findOne()
                .map(ProgrammeVersionId::new));
    }

    @Override
    public ProgrammeDefinition load(ProgrammeVersionId id) {
        return parsed.computeIfAbsent(id, this::read);
    }

    private ProgrammeDefinition read(ProgrammeVersionId id) {
        String json = jdbi.withHandle(h -> h.createQuery("SELECT definition_json FROM ll_programme_version WHERE id = :id")
                .bind("id", id.value())
                .mapTo(String.class)
                .findOne())
                .orElseThrow(() -> new LeerlijnException("No stored programme version " + id.value()));
        return reader.readCanonical("ll_programme_version " + id.value(), json);
    }
}
