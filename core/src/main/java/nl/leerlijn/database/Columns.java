package nl.leerlijn.database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Reads and writes {@code TIMESTAMP WITH TIME ZONE} columns as {@link Instant}s in UTC, the same
 * way on H2 and PostgreSQL and whatever the JVM's default time zone.
 */
public final class Columns {
    private Columns() {
    }

    /** @return the instant as a UTC offset date-time, ready to bind */
    public static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** @return the column's instant; the column must not be null */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return optionalInstant(rs, column).orElseThrow(() -> new SQLException("Column " + column + " is null"));
    }

    /** @return the column's instant, or empty when it is null */
    public static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    /** @return the column's text, or empty when it is null */
    public static Optional<String> optionalText(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }
}
