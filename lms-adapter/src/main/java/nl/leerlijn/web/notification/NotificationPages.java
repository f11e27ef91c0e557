package nl.leerlijn.web.notification;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.notification.Delivery;
import nl.leerlijn.notification.Notification;
import nl.leerlijn.notification.NotificationId;
import nl.leerlijn.notification.NotificationKind;
import nl.leerlijn.notification.NotificationService;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/** A person's notifications: all of them, opening one (it counts as read), and how they want each kind by mail. */
public final class NotificationPages implements RouteGroup {
    private final LeerlijnCore core;
    private final LocalTime digestAt;

    /** The page of all notifications. */
    public record ListView(List<NewForYouView.NotificationLine> lines, boolean anyUnread, String notice) {
    }

    /** The mail choices: per audience, the kinds with their options. */
    public record SettingsView(String email, String language, List<Group> groups, String digestAt, String notice, boolean invalid) {
    }

    /** The kinds of one audience. */
    public record Group(String headingKey, List<KindChoice> kinds) {
    }

    /** One kind: its field name, label and options with the current one. */
    public record KindChoice(String name, String labelKey, List<String> options, String chosen) {
    }

    /**
     * @param core the use cases
     * @param digestAt when the daily digest goes out, to say so on the page
     */
    public NotificationPages(LeerlijnCore core, LocalTime digestAt) {
        this.core = core;
        this.digestAt = digestAt;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/notifications", this::list),
                Route.post("/notifications/read", this::readAll),
                Route.get("/notifications/settings", this::settings),
                Route.post("/notifications/settings", this::save),
                Route.post("/notifications/{notificationId}/open", this::open));
    }

    private WebResult list(WebRequest request) {
        Messages messages = request.messages();
        NotificationTexts texts = new NotificationTexts(core.zone());
        List<Notification> recent = core.notifications().recent(request.actor());
        return WebResult.Page.of("notification/list.ftlh", "notifications.title",
                new ListView(recent.stream().map(n -> NewForYouView.line(n, texts, messages)).toList(),
                        recent.stream().anyMatch(Notification::unread),
                        request.parameter("notice").filter("read"::equals).map(n -> messages.get("notifications.allRead")).orElse("")))
                .trail(Frames.home(messages));
    }

    private WebResult readAll(WebRequest request) {
        core.notifications().markAllRead(request.actor());
        return new WebResult.Redirect("/notifications?notice=read");
    }

    private WebResult open(WebRequest request) {
        Notification opened = core.notifications().open(request.actor(), new NotificationId(request.id("notificationId")));
        return new WebResult.Redirect(Targets.path(opened.target()));
    }

    private WebResult settings(WebRequest request) {
        NotificationService.MailChoices choices = core.notifications().choices(request.actor());
        String notice = request.parameter("notice").filter("saved"::equals)
                .map(n -> request.messages().get("notifications.settings.saved")).orElse("");
        return settingsPage(request, choices, notice, false, 200);
    }

    private WebResult settingsPage(WebRequest request, NotificationService.MailChoices choices, String notice, boolean invalid, int status) {
        List<Group> groups = List.of(group("notifications.settings.participant", NotificationKind.Audience.PARTICIPANT, choices),
                group("notifications.settings.kerndocent", NotificationKind.Audience.KERNDOCENT, choices)).stream()
                .filter(g -> !g.kinds().isEmpty()).toList();
        return WebResult.Page.of("notification/settings.ftlh", "notifications.settings.title",
                new SettingsView(choices.email(), choices.language().getLanguage(), groups,
                        Dates.time(request.messages().locale()).format(digestAt), notice, invalid)).status(status)
                .trail(Frames.home(request.messages()));
    }

    private static Group group(String heading, NotificationKind.Audience audience, NotificationService.MailChoices choices) {
        return new Group(heading, choices.choices().stream().filter(c -> c.kind().audience() == audience)
                .map(c -> new KindChoice(c.kind().name(), "notifications.kind." + c.kind().name(),
                        c.options().stream().map(Delivery::name).toList(), c.delivery().name())).toList());
    }

    private WebResult save(WebRequest request) {
        NotificationService.MailChoices current = core.notifications().choices(request.actor());
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        boolean invalid = false;
        for (NotificationService.Choice choice : current.choices()) {
            Optional<String> value = request.choice(choice.kind().name(),
                    Set.copyOf(choice.options().stream().map(Delivery::name).toList()));
            if (value.isEmpty()) {
                invalid = true;
            } else {
                chosen.put(choice.kind(), Delivery.valueOf(value.get()));
            }
        }
        Optional<String> language = request.choice("language", Set.of("nl", "en"));
        if (invalid || language.isEmpty()) {
            return settingsPage(request, current, "", true, 400);
        }
        core.notifications().choose(request.actor(), chosen, Locale.forLanguageTag(language.get()));
        return new WebResult.Redirect("/notifications/settings?notice=saved");
    }
}
