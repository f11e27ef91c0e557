package nl.leerlijn.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.leerlijn.Internal;
import nl.leerlijn.jobs.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes domain events to the subscribers registered when Leerlijn was built. Publishing stores one delivery per
 * subscriber as a background task in the publisher's own transaction: a rolled-back action publishes nothing, a
 * committed one reaches every subscriber at least once, on whichever node runs the background jobs.
 */
@Internal
public final class EventBus {
    /** The background task that hands one event to one subscriber. */
    public static final String DELIVER = "leerlijn-deliver-event";

    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);

    private final WorkQueue work;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Map<Class<?>, List<Subscription<?>>> byType = new HashMap<>();
    private final Map<String, Subscription<?>> byName = new HashMap<>();

    /**
     * @param work where deliveries wait
     * @param subscriptions every subscriber, registered once while Leerlijn is built
     * @throws IllegalArgumentException when two share a name
     */
    public EventBus(WorkQueue work, List<Subscription<?>> subscriptions) {
        this.work = work;
        for (Subscription<?> s : subscriptions) {
            if (byName.putIfAbsent(s.name(), s) != null) {
                throw new IllegalArgumentException("Two subscribers are named " + s.name());
            }
            byType.computeIfAbsent(s.type(), t -> new ArrayList<>()).add(s);
        }
    }

    /**
     * Publishes an event in the current transaction (or a transaction of its own when none is open).
     *
     * @param event what happened
     */
    public void publish(DomainEvent event) {
        publishAll(List.of(event));
    }

    /**
     * Publishes several events at once, in one statement whatever their number (e.g. every released result of a cohort).
     *
     * @param events what happened
     */
    public void publishAll(List<? extends DomainEvent> events) {
        List<WorkQueue.Item> items = new ArrayList<>();
        for (DomainEvent event : events) {
            List<Subscription<?>> subscribers = byType.getOrDefault(event.getClass(), List.of());
            if (subscribers.isEmpty()) {
                continue;
            }
            String id = UUID.randomUUID().toString();
            String payload = write(event);
            subscribers.forEach(s -> items.add(new WorkQueue.Item(id + "/" + s.name(), s.name() + "\n" + payload)));
        }
        work.enqueueAll(DELIVER, items);
    }

    /**
     * Hands one stored delivery to its subscriber; called by the background task.
     *
     * @param delivery the subscriber's name, a line break and the event as JSON
     * @throws RuntimeException when the subscriber fails (the task tries again later)
     */
    public void deliver(String delivery) {
        int split = delivery.indexOf('\n');
        String name = delivery.substring(0, split);
        Optional<Subscription<?>> subscription = Optional.ofNullable(byName.get(name));
        if (subscription.isEmpty()) {
            LOG.warn("An event waited for subscriber {}, which this version of Leerlijn does not have; it is dropped", name);
            return;
        }
        handle(subscription.get(), delivery.substring(split + 1));
    }

    private <E extends DomainEvent> void handle(Subscription<E> subscription, String payload) {
        E event;
        try {
            event = json.treeToValue(json.readTree(payload), subscription.type());
        } catch (JsonProcessingException e) {
            LOG.error("An event for subscriber {} cannot be read and is dropped: {}", subscription.name(), e.getMessage());
            return;
        }
        subscription.subscriber().on(event);
    }

    private String write(DomainEvent event) {
        try {
            JsonNode tree = json.valueToTree(event);
            return json.writeValueAsString(tree);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("Event " + event.getClass().getName() + " cannot be written as JSON", e);
        }
    }
}
