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

    /**
     * @param instant the moment
     * @return the instant as a UTC offset date-time, ready to bind
     */
    public static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * @param rs the result set, on the row to read
     * @param column the column's name
     * @return the column's instant; the column must not be null
     * @throws SQLException when the column is null or cannot be read
     */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return optionalInstant(rs, column).orElseThrow(() -> new SQLException("Column " + column + " is null"));
    }

    /**
     * @param rs the result set, on the row to read
     * @param column the column's name
     * @return the column's instant, or empty when it is null
     * @throws SQLException when the column cannot be read
     */
    public static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    /**
     * @param rs the result set, on the row to read
     * @param column the column's name
     * @return the column's text, or empty when it is null
     * @throws SQLException when the column cannot be read
     */
    public static Optional<String> optionalText(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }
}
