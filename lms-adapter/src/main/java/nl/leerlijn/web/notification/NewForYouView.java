package nl.leerlijn.web.notification;

import java.time.ZoneId;
import java.util.List;
import nl.leerlijn.notification.Notification;
import nl.leerlijn.notification.NotificationService;
import nl.leerlijn.web.render.Messages;

/**
 * "Nieuw voor jou" on the home page: the unread notifications, newest first, each opened through a button.
 *
 * @param lines the unread notifications shown
 * @param more how many more are unread than shown
 */
public record NewForYouView(List<NotificationLine> lines, int more) {

    /**
     * One notification as a line.
     *
     * @param id its id
     * @param text what happened
     * @param when when it was made
     * @param unread whether it was not opened yet
     */
    public record NotificationLine(long id, String text, String when, boolean unread) {
    }

    /**
     * @param news the unread notifications
     * @param zone where times are shown
     * @param messages the reader's language
     * @return the view
     */
    public static NewForYouView of(NotificationService.NewForYou news, ZoneId zone, Messages messages) {
        NotificationTexts texts = new NotificationTexts(zone);
        return new NewForYouView(news.notifications().stream().map(n -> line(n, texts, messages)).toList(),
                Math.max(0, news.unread() - news.notifications().size()));
    }

    static NotificationLine line(Notification n, NotificationTexts texts, Messages messages) {
        return new NotificationLine(n.id().value(), texts.line(n, messages), texts.when(n.createdAt(), messages), n.unread());
    }
}
