package nl.leerlijn.web.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import nl.leerlijn.notification.Notification;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;

/** The words of a notification, the same on the page and in the mail. */
final class NotificationTexts {
    private final ZoneId zone;

    NotificationTexts(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @param n the notification
     * @param messages the reader's language
     * @return one sentence that says what happened
     */
    String line(Notification n, Messages messages) {
        return switch (n.kind()) {
            case RESULT_RELEASED -> messages.get("notifications.line.RESULT_RELEASED", n.fact("title"));
            case EXTENSION_DECIDED -> Boolean.parseBoolean(n.fact("approved"))
                    ? messages.get("notifications.line.EXTENSION_DECIDED.approved", n.fact("title"), when(n.fact("due"), messages))
                    : messages.get("notifications.line.EXTENSION_DECIDED.refused", n.fact("title"));
            case SESSION_MOVED -> moved(n, messages);
            case DEADLINE_COMING -> messages.get("notifications.line.DEADLINE_COMING", n.fact("title"), when(n.fact("due"), messages));
            case INTERVISION_ROLE -> messages.get("notifications.line.INTERVISION_ROLE", n.fact("title"), when(n.fact("start"), messages),
                    messages.get("intervision.role." + n.fact("role")));
            case WORK_HANDED_IN -> messages.get(Boolean.parseBoolean(n.fact("late")) ? "notifications.line.WORK_HANDED_IN.late"
                    : "notifications.line.WORK_HANDED_IN", n.fact("name"), n.fact("title"), n.fact("version"));
            case EXTENSION_REQUESTED -> messages.get("notifications.line.EXTENSION_REQUESTED", n.fact("name"), n.fact("title"),
                    when(n.fact("due"), messages));
            case PRESENCE_TO_CONFIRM, FALLING_BEHIND -> messages.get("notifications.kind." + n.kind().name());
            case ATTENDANCE_WARNING -> messages.get("notifications.line.ATTENDANCE_WARNING." + n.fact("level"), n.fact("counted"),
                    n.fact("held"), n.fact("minimum"));
            case ATTENDANCE_AT_RISK -> messages.get("notifications.line.ATTENDANCE_AT_RISK." + n.fact("level"), n.fact("name"),
                    n.fact("counted"), n.fact("held"), n.fact("minimum"));
            case SUPERVISOR_ANSWERED -> messages.get(Boolean.parseBoolean(n.fact("confirmed")) ? "notifications.line.SUPERVISOR_ANSWERED.confirmed"
                    : "notifications.line.SUPERVISOR_ANSWERED.declined", n.fact("name"), n.fact("title"));
        };
    }

    /**
     * @param n the notification
     * @param messages the reader's language
     * @return the subject of its mail
     */
    String subject(Notification n, Messages messages) {
        return switch (n.kind()) {
            case DEADLINE_COMING -> messages.get("mail.subject.DEADLINE_COMING", n.fact("title"), day(n.fact("due"), messages));
            case INTERVISION_ROLE -> messages.get("mail.subject.INTERVISION_ROLE", n.fact("title"), day(n.fact("start"), messages),
                    messages.get("intervision.role." + n.fact("role")));
            case WORK_HANDED_IN, EXTENSION_REQUESTED -> messages.get("mail.subject." + n.kind().name(), n.fact("name"), n.fact("title"));
            case PRESENCE_TO_CONFIRM, FALLING_BEHIND -> messages.get("notifications.kind." + n.kind().name());
            case ATTENDANCE_WARNING -> messages.get("mail.subject.ATTENDANCE_WARNING");
            case ATTENDANCE_AT_RISK -> messages.get("mail.subject.ATTENDANCE_AT_RISK", n.fact("name"));
            default -> messages.get("mail.subject." + n.kind().name(), n.fact("title"));
        };
    }

    private String moved(Notification n, Messages messages) {
        String to = when(n.fact("to"), messages);
        if (!Boolean.parseBoolean(n.fact("session"))) {
            return messages.get("notifications.line.SESSION_MOVED.deadline", n.fact("title"), to);
        }
        boolean online = n.fact("location").matches("(?i)https?://.*");
        if (n.fact("from").equals(n.fact("to"))) {
            return online ? messages.get("notifications.line.SESSION_MOVED.online", n.fact("title"), to)
                    : messages.get("notifications.line.SESSION_MOVED.placeOnly", n.fact("title"), to, n.fact("location"));
        }
        if (online) {
            return messages.get("notifications.line.SESSION_MOVED.movedOnline", n.fact("title"), to);
        }
        return n.fact("location").isBlank() ? messages.get("notifications.line.SESSION_MOVED", n.fact("title"), to)
                : messages.get("notifications.line.SESSION_MOVED.located", n.fact("title"), to, n.fact("location"));
    }

    /**
     * @param instant an ISO instant
     * @param messages the reader's language
     * @return its day and time where the cohorts meet, e.g. {@code di 8 sep 2026 09:30}
     */
    String when(String instant, Messages messages) {
        try {
            return Dates.dayAndTime(messages.locale()).format(Instant.parse(instant).atZone(zone));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    String when(Instant instant, Messages messages) {
        return Dates.dayAndTime(messages.locale()).format(instant.atZone(zone));
    }

    private String day(String instant, Messages messages) {
        try {
            return Dates.day(messages.locale()).format(Instant.parse(instant).atZone(zone));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
