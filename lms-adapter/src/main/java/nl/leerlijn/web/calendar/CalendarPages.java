package nl.leerlijn.web.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.schedule.CalendarEntry;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.PageNotFoundException;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * Each person's calendar feed (iCalendar) at a secret URL, for their phone or Outlook, and the page
 * that shows and renews that URL. Calendar apps fetch without cookies, so the feed route is
 * anonymous: the token in the URL is the only key.
 */
public final class CalendarPages implements RouteGroup {
    private static final String FEED_SUFFIX = ".ics";

    private final LeerlijnCore core;
    private final Optional<URI> baseUrl;

    /**
     * @param core the use cases
     * @param baseUrl the address people reach Leerlijn's servlet at; the feed's address is built from it, never from the
     *     request's Host header; empty when the host did not configure it
     */
    public CalendarPages(LeerlijnCore core, Optional<URI> baseUrl) {
        this.core = core;
        this.baseUrl = baseUrl;
    }

    /** The calendar page: the feed's address, in https and webcal form; empty when the host configured no base URL. */
    public record CalendarView(String feedUrl, String webcalUrl, boolean renewed) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/calendar", this::page),
                Route.post("/calendar/renew", this::renew),
                Route.anonymousGet("/calendar/{file}", this::feed));
    }

    private WebResult page(WebRequest request) {
        String token = core.calendar().tokenFor(request.actor());
        String url = baseUrl.map(base -> base + "/calendar/" + token + FEED_SUFFIX).orElse("");
        return WebResult.Page.of("calendar/calendar.ftlh", "calendar.title",
                new CalendarView(url, url.replaceFirst("^https?://", "webcal://"), request.parameter("notice").isPresent()))
                .trail(Frames.home(request.messages()));
    }

    private WebResult renew(WebRequest request) {
        core.calendar().renew(request.actor());
        return new WebResult.Redirect("/calendar?notice=renewed");
    }

    private WebResult feed(WebRequest request) {
        String file = request.pathParameters().get("file");
        Optional<List<CalendarEntry>> entries = file.endsWith(FEED_SUFFIX)
                ? core.calendar().feed(file.substring(0, file.length() - FEED_SUFFIX.length())) : Optional.empty();
        if (entries.isEmpty()) {
            throw new PageNotFoundException("/calendar/(token)");
        }
        Locale locale = Messages.supported(request.parameter("taal").map(Locale::forLanguageTag).orElse(Messages.SUPPORTED.get(0)));
        String ics = Biweekly.write(calendar(entries.get(), Messages.of(locale))).go();
        return new WebResult.Download("leerlijn.ics", "text/calendar;charset=UTF-8", ics.getBytes(StandardCharsets.UTF_8), false);
    }

    private ICalendar calendar(List<CalendarEntry> entries, Messages messages) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Leerlijn//Leerlijn//NL");
        calendar.setExperimentalProperty("X-WR-CALNAME", "Leerlijn");
        for (CalendarEntry entry : entries) {
            VEvent event = new VEvent();
            event.setUid("leerlijn-" + entry.item().id().value());
            event.setDateTimeStamp(Date.from(core.clock().instant()));
            event.setDateStart(Date.from(entry.item().at()));
            event.setDateEnd(Date.from(entry.item().endsAt().orElse(entry.item().at())));
            event.setSummary(entry.item().isSession() ? entry.item().title()
                    : messages.get("calendar.deadline", entry.item().title()));
            entry.item().location().ifPresent(event::setLocation);
            event.setDescription(messages.get("calendar.description", entry.cohortName(),
                    messages.get("activity." + entry.item().kind().name())));
            calendar.addEvent(event);
        }
        return calendar;
    }
}
