package nl.leerlijn.web.render;

import nl.leerlijn.progress.ActivityProgress;
import nl.leerlijn.progress.Status;

/** How a progress status reads and looks, the same wherever progress is shown. */
public final class Statuses {
    private Statuses() {
    }

    /**
     * @param status the status
     * @return the message key of the status's word, e.g. {@code progress.DONE} ("Klaar")
     */
    public static String key(Status status) {
        return "progress." + status.name();
    }

    /**
     * @param activity the activity and its status
     * @return the message key of an activity's status, in the words of its kind: a session is aanwezig, afwezig, afgemeld or
     *         still to come; other work is klaar, open, te laat and so on
     */
    public static String key(ActivityProgress activity) {
        if (!activity.activity().kind().isSession()) {
            return key(activity.status());
        }
        return switch (activity.status()) {
            case DONE -> "attendance.PRESENT";
            case MISSING -> "attendance.ABSENT";
            case DUE -> "progress.session.DUE";
            default -> key(activity.status());
        };
    }

    /**
     * @param status the status
     * @return the badge colour of a status
     */
    public static String tone(Status status) {
        return switch (status) {
            case DONE -> "success";
            case EXCUSED, DUE -> "neutral";
            case HANDED_IN -> "info";
            case LATE, REVISION -> "warning";
            case MISSING, FAILED -> "danger";
        };
    }
}
