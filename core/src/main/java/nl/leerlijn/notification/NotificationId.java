package nl.leerlijn.notification;

/**
 * Identifies a notification.
 *
 * @param value the database id
 */
public record NotificationId(long value) {
}
