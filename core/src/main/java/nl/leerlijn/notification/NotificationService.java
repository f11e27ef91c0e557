package nl.leerlijn.notification;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Access;
import nl.leerlijn.enrolment.Participants;
import org.jdbi.v3.core.Jdbi;

/**
 * What a person is told, as they see it: "Nieuw voor jou", opening a notification, and how they want each kind by
 * mail. Also remembers where and in which language to reach people, from what the host says on their visits.
 */
public final class NotificationService {
    /** Most notifications shown in "Nieuw voor jou". */
    public static final int NEW_FOR_YOU = 6;
    /** Most notifications on the page of all of them. */
    public static final int RECENT = 50;
    private static final int REMEMBERED = 10_000;
    private static final List<String> LANGUAGES = List.of("nl", "en");

    private final Jdbi jdbi;
    private final Clock clock;
    private final Access access;
    private final Participants participants;
    private final JdbiNotificationRepository store;
    private final Map<String, String> seen = new ConcurrentHashMap<>();

    /**
     * The unread notifications of a person, newest first.
     *
     * @param notifications at most {@value #NEW_FOR_YOU} of them
     * @param unread how many are unread in all
     */
    public record NewForYou(List<Notification> notifications, int unread) {
    }

    /**
     * How a person wants to be reached.
     *
     * @param email the address Leerlijn mails to (from the host, or from their enrolment); empty when unknown
     * @param language the language of their mails
     * @param choices per kind that concerns them, how it is delivered and what they may choose
     */
    public record MailChoices(String email, Locale language, List<Choice> choices) {
    }

    /**
     * One kind's delivery.
     *
     * @param kind the kind
     * @param delivery how it is delivered now (chosen, or the standard)
     * @param options what may be chosen
     */
    public record Choice(NotificationKind kind, Delivery delivery, List<Delivery> options) {
    }

    /**
     * @param jdbi Leerlijn's database
     * @param clock the time source
     * @param access how the platform sees people (student, kerndocent)
     * @param participants participations
     */
    public NotificationService(Jdbi jdbi, Clock clock, Access access, Participants participants) {
        this.access = access;
        this.jdbi = jdbi;
        this.clock = clock;
        this.participants = participants;
        this.store = new JdbiNotificationRepository(jdbi);
    }

    /**
     * @param actor who asks
     * @return their unread notifications, newest first; two statements
     */
    public NewForYou newForYou(Actor actor) {
        return jdbi.inTransaction(h -> new NewForYou(store.recent(actor.userId(), NEW_FOR_YOU, true), store.unreadCount(actor.userId())));
    }

    /**
     * @param actor who asks
     * @return their latest {@value #RECENT} notifications, read or not, newest first
     */
    public List<Notification> recent(Actor actor) {
        return store.recent(actor.userId(), RECENT, false);
    }

    /**
     * Opens a notification: it counts as read from now.
     *
     * @param actor who asks
     * @param id the notification
     * @return it, to go where it leads
     * @throws NotificationNotFoundException when the actor has no such notification (someone else's included)
     */
    public Notification open(Actor actor, NotificationId id) {
        return jdbi.inTransaction(h -> {
            Notification found = store.find(id).filter(n -> n.user().equals(actor.userId()))
                    .orElseThrow(() -> new NotificationNotFoundException(id));
            store.markRead(actor.userId(), Optional.of(id), clock.instant());
            return found;
        });
    }

    /** @param actor who marks all their notifications read (those made until now) */
    public void markAllRead(Actor actor) {
        store.markRead(actor.userId(), Optional.empty(), clock.instant());
    }

    /**
     * @param actor who asks
     * @return how they are reached: the kinds that concern them (as participant, as kerndocent) with their deliveries
     */
    public MailChoices choices(Actor actor) {
        return jdbi.inTransaction(h -> {
            Map<NotificationKind, Delivery> chosen = store.choices(actor.userId());
            boolean participant = access.isStudent(actor) || !participants.ofUser(actor.userId()).isEmpty();
            boolean kerndocent = access.isCoreTeacher(actor) || !store.kerndocentOf(actor.userId(), java.time.LocalDate.of(1900, 1, 1)).isEmpty();
            List<Choice> choices = java.util.Arrays.stream(NotificationKind.values())
                    .filter(k -> k.audience() == NotificationKind.Audience.PARTICIPANT ? participant : kerndocent)
                    .map(k -> new Choice(k, chosen.getOrDefault(k, k.standard()), k.options())).toList();
            Optional<JdbiNotificationRepository.Person> person = store.person(actor.userId());
            String email = person.map(JdbiNotificationRepository.Person::email).filter(e -> !e.isBlank())
                    .or(() -> store.enrolledEmail(actor.userId())).orElse("");
            return new MailChoices(email, person.map(JdbiNotificationRepository.Person::language).orElse(Locale.forLanguageTag("nl")),
                    choices);
        });
    }

    /**
     * Saves how the person wants each kind and the language of their mails.
     *
     * @param actor who chooses for themself
     * @param deliveries per kind; kinds left out keep their standard
     * @param language {@code nl} or {@code en}
     * @throws InvalidInputException when a delivery is not an option for its kind, or the language is neither
     */
    public void choose(Actor actor, Map<NotificationKind, Delivery> deliveries, Locale language) {
        Objects.requireNonNull(deliveries, "deliveries");
        if (!LANGUAGES.contains(language.getLanguage())) {
            throw new InvalidInputException("Mails are written in Dutch (nl) or English (en), not " + language);
        }
        deliveries.forEach((kind, delivery) -> {
            if (!kind.options().contains(delivery)) {
                throw new InvalidInputException(kind + " cannot be delivered " + delivery);
            }
        });
        jdbi.useTransaction(h -> {
            Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
            chosen.putAll(deliveries);
            store.choose(actor.userId(), chosen, clock.instant());
            JdbiNotificationRepository.Person before = store.person(actor.userId()).orElse(
                    new JdbiNotificationRepository.Person(actor.userId(), actor.displayName(), "", language, true));
            store.savePerson(new JdbiNotificationRepository.Person(actor.userId(), before.name(), before.email(),
                    Locale.forLanguageTag(language.getLanguage()), true), clock.instant());
        });
        seen.remove(actor.userId().value());
    }

    /**
     * Remembers where and in which language to reach the person, as the host says on a visit. Cheap: it writes only when
     * something changed since this node last saw them.
     *
     * @param actor who visits
     * @param email their address as the host knows it; may be empty
     * @param language the language the host says they use (kept unless they chose one for their mails)
     */
    public void remember(Actor actor, String email, Locale language) {
        remember(actor, email, Optional.of(language));
    }

    /**
     * Remembers where to reach the person, as the host says on a visit, when the host says nothing of their language:
     * their mails keep the language known (Dutch for someone new), whatever browser they use.
     *
     * @param actor who visits
     * @param email their address as the host knows it; may be empty
     */
    public void remember(Actor actor, String email) {
        remember(actor, email, Optional.empty());
    }

    private void remember(Actor actor, String email, Optional<Locale> language) {
        Optional<String> lang = language.map(l -> LANGUAGES.contains(l.getLanguage()) ? l.getLanguage() : "nl");
        String fingerprint = actor.displayName() + "\n" + email + "\n" + lang.orElse("-");
        if (fingerprint.equals(seen.get(actor.userId().value()))) {
            return;
        }
        store.seen(actor.userId(), actor.displayName(), email == null ? "" : email.strip(), lang.map(Locale::forLanguageTag),
                clock.instant());
        if (seen.size() >= REMEMBERED) {
            seen.clear();
        }
        seen.put(actor.userId().value(), fingerprint);
    }
}
