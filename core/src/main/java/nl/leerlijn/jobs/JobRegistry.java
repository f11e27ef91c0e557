package nl.leerlijn.jobs;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.leerlijn.Internal;

/**
 * The background work features bring: each registers its recurring jobs and its one-time work here while Leerlijn is
 * built, and {@link BackgroundJobs} runs them all. Nothing is found by scanning.
 */
@Internal
public final class JobRegistry {
    /** A job that runs again and again, on one node at a time. */
    record Recurring(String name, Function<BackgroundJobs.Settings, Schedule> schedule, Consumer<BackgroundJobs.Settings> work) {
    }

    /** Work enqueued through {@link WorkQueue}, run once per item, tried again with growing pauses when it fails. */
    record OneTime(String name, Consumer<String> work) {
    }

    private final List<Recurring> recurring = new ArrayList<>();
    private final List<OneTime> oneTime = new ArrayList<>();

    /**
     * @param name a stable, unique task name ({@code leerlijn-…})
     * @param schedule when it runs, given the host's settings
     * @param work what it does, given the host's settings
     */
    public void recurring(String name, Function<BackgroundJobs.Settings, Schedule> schedule, Consumer<BackgroundJobs.Settings> work) {
        requireNew(name);
        recurring.add(new Recurring(name, schedule, work));
    }

    /**
     * @param name a stable, unique task name ({@code leerlijn-…}), used with {@link WorkQueue#enqueueAll}
     * @param work what to do with one item's data; throwing makes it run again later
     */
    public void oneTime(String name, Consumer<String> work) {
        requireNew(name);
        oneTime.add(new OneTime(name, work));
    }

    private void requireNew(String name) {
        if (recurring.stream().anyMatch(r -> r.name().equals(name)) || oneTime.stream().anyMatch(o -> o.name().equals(name))) {
            throw new IllegalArgumentException("Two background tasks are named " + name);
        }
    }

    List<Recurring> recurring() {
        return List.copyOf(recurring);
    }

    List<OneTime> oneTime() {
        return List.copyOf(oneTime);
    }
}
