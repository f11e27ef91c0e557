package nl.leerlijn.calendar;

import static nl.leerlijn.database.Columns.utc;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.UserId;
import nl.leerlijn.schedule.CalendarEntry;
import nl.leerlijn.schedule.Schedules;
import org.jdbi.v3.core.Jdbi;

/**
 * Each person's calendar feed: a secret URL token (made on first use, renewable) and the sessions
 * and deadlines it shows. Thread-safe.
 */
public final class CalendarService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Jdbi jdbi;
    private final Clock clock;
    private final Schedules schedule;

    /**
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param schedule where the items come from
     */
    public CalendarService(Jdbi jdbi, Clock clock, Schedules schedule) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.schedule = schedule;
    }

    /**
     * @param actor who asks
     * @return the actor's feed token, made now if they had none
     */
    public String tokenFor(Actor actor) {
        return jdbi.inTransaction(h -> h.createQuery("SELECT token FROM ll_calendar_token WHERE user_id = :user")
                .bind("user", actor.userId().value())
                .mapTo(String.class)
                .findOne()
                .orElseGet(() -> renew(actor)));
    }

    /**
     * Replaces the actor's token; the old feed URL stops working.
     *
     * @param actor who asks
     * @return the new token
     */
    public String renew(Actor actor) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM ll_calendar_token WHERE user_id = :user").bind("user", actor.userId().value()).execute();
            h.createUpdate("INSERT INTO ll_calendar_token (user_id, token, created_at) VALUES (:user, :token, :at)")
                    .bind("user", actor.userId().value())
                    .bind("token", token)
                    .bind("at", utc(clock.instant()))
                    .execute();
        });
        return token;
    }

    /**
     * @param token the token from the feed's address; anything else finds nothing
     * @return the feed the token opens, or empty when no such token exists (any more)
     */
    public Optional<List<CalendarEntry>> feed(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<UserId> user = jdbi.withHandle(h -> h.createQuery("SELECT user_id FROM ll_calendar_token WHERE token = :token")
                .bind("token", token)
                .mapTo(String.class)
                .findOne()
                .map(UserId::new));
        return user.map(schedule::calendarOf);
    }
}
