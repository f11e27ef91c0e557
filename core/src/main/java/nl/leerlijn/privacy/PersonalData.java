package nl.leerlijn.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.leerlijn.access.UserId;

/**
 * Everything Leerlijn holds about one person (AVG inzage): per kind of record the rows that name them, as column and
 * value, and the files they uploaded. Results and markings appear only once released to them.
 *
 * @param user the person
 * @param madeAt when it was gathered
 * @param tables the records by kind, in a fixed order; a kind with no records is there with no rows
 * @param files the files of their versions of work, to be opened with {@link PersonalDataService#open(nl.leerlijn.access.Actor, StoredFile)}
 */
public record PersonalData(UserId user, Instant madeAt, List<Table> tables, List<StoredFile> files) {
    /**
     * Copies the lists.
     *
     * @param user the person
     * @param madeAt when it was gathered
     * @param tables the records by kind
     * @param files the uploaded files
     */
    public PersonalData {
        tables = List.copyOf(tables);
        files = List.copyOf(files);
    }

    /**
     * One kind of record.
     *
     * @param name a stable name for the kind (e.g. {@code submissions}), for file names and their explanation
     * @param table the database table the rows come from
     * @param rows the rows: column name (lower case) to value (text, number, true/false, an ISO-8601 moment or date, or null)
     */
    public record Table(String name, String table, List<Map<String, Object>> rows) {
        /**
         * Copies the rows.
         *
         * @param name a stable name for the kind
         * @param table the database table
         * @param rows the rows
         */
        public Table {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One uploaded file of a version of their work.
     *
     * @param submissionId the version
     * @param activity the activity it was handed in for
     * @param version the version number
     * @param name the file's name as uploaded
     * @param sha256 its content hash
     * @param size its size in bytes
     */
    public record StoredFile(long submissionId, String activity, int version, String name, String sha256, long size) {
    }
}
