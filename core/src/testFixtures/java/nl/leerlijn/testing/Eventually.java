package nl.leerlijn.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/** Waits for a condition that background work makes true, polling it; fails when it does not come in time. */
public final class Eventually {
    private Eventually() {
    }

    /**
     * @param what what is awaited, for the failure message
     * @param condition checked every 20 ms
     * @param timeout how long to wait at most
     */
    public static void until(String what, BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Waited " + timeout + " for: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for: " + what, e);
            }
        }
    }

    /**
     * @param database Leerlijn's database
     * @param task a background task's name
     * @param minimumFailures count only executions that failed at least this often in a row (0 for all)
     * @return how many executions of the task wait in the scheduler's table
     */
    public static int waiting(DataSource database, String task, int minimumFailures) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM ll_scheduled_task WHERE task_name = ? AND COALESCE(consecutive_failures, 0) >= ?")) {
            s.setString(1, task);
            s.setInt(2, minimumFailures);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The scheduler's table could not be read", e);
        }
    }
}
