package nl.leerlijn.notification;

import nl.leerlijn.NotFoundException;

/** No such notification for the person asking (someone else's counts as none). */
public class NotificationNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    /** @param id the notification asked for */
    public NotificationNotFoundException(NotificationId id) {
        super("No notification " + id.value() + " for this person");
    }
}
