package nl.leerlijn.web.render;

import nl.leerlijn.progress.Status;

/** How a progress status reads and looks, the same wherever progress is shown. */
public final class Statuses {
    private Statuses() {
    }

    /** @return the message key of the status's word, e.g. {@code progress.DONE} ("Klaar") */
    public static String key(Status status) {
        return "progress." + status.name();
    }

    /** @return the badge colour of a status */
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
