package nl.leerlijn.curriculum;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerlijn.curriculum.ProgrammeDocument.ActivityDocument;

/** Turns one activity of a definition into an {@link Activity}, recording what is wrong on the way. */
final class ActivityValidator {
    private static final int MAX_SESSION_MINUTES = 12 * 60;

    private final Problems problems;
    private final int durationWeeks;
    private final Optional<LocalTime> defaultStart;
    private final Optional<Integer> defaultMinutes;
    private final LocalTime deadlineTime;
    private final Map<String, IntervisionMethod> methods;

    ActivityValidator(Problems problems, int durationWeeks, Optional<LocalTime> defaultStart,
            Optional<Integer> defaultMinutes, LocalTime deadlineTime, List<IntervisionMethod> methods) {
        this.problems = problems;
        this.durationWeeks = durationWeeks;
        this.defaultStart = defaultStart;
        this.defaultMinutes = defaultMinutes;
        this.deadlineTime = deadlineTime;
        this.methods = methods.stream().collect(Collectors.toMap(IntervisionMethod::key, Function.identity()));
    }

    Optional<Activity> activity(ActivityDocument doc, String path) {
        Optional<ActivityKey> key = key(doc.key(), path + ".key");
        Optional<ActivityKind> kind = problems.present(doc.kind(), path + ".kind");
        Optional<String> title = problems.text(doc.title(), path + ".title");
        Optional<Integer> hours = doc.studyHours() == null
                ? Optional.of(0) : problems.inRange(doc.studyHours(), 0, 1000, path + ".studyHours");
        Optional<Timing> timing = kind.flatMap(k -> timing(k, doc, path));
        Optional<PaperMilestone> milestone = kind.flatMap(k -> milestone(k, doc, path));
        Optional<IntervisionMethod> method = kind.flatMap(k -> method(k, doc.method(), path + ".method"));
        timing.ifPresent(t -> method.ifPresent(m -> checkFits(m, t, path + ".method")));
        if (key.isEmpty() || kind.isEmpty() || title.isEmpty() || hours.isEmpty() || timing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Activity(key.get(), kind.get(), title.get(),
                doc.description() == null ? "" : doc.description().strip(), hours.get(), timing.get(),
                milestone, method, Boolean.TRUE.equals(doc.duo()),
                Optional.ofNullable(doc.rubric()).map(String::strip), lines(doc.goals()), lines(doc.steps()),
                planOf(kind.get(), doc.planOf(), path + ".planOf"), replacement(kind.get(), doc.replacement(), path + ".replacement")));
    }

    private Optional<Replacement> replacement(ActivityKind kind, ProgrammeDocument.ReplacementDocument doc, String path) {
        if (doc == null) {
            return Optional.empty();
        }
        if (!kind.isSession()) {
            problems.add(path, "only sessions (CONTACT_SESSION, INTERVISION_MEETING) have a replacement assignment");
            return Optional.empty();
        }
        Optional<String> description = problems.text(doc.description(), path + ".description");
        Optional<Integer> days = problems.present(doc.days(), path + ".days").flatMap(d -> problems.inRange(d, 1, 365, path + ".days"));
        if (description.isEmpty() || days.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Replacement(description.get().strip(), days.get()));
    }

    private static List<String> lines(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private Optional<ActivityKey> planOf(ActivityKind kind, String value, String path) {
        if (value == null) {
            return Optional.empty();
        }
        if (kind != ActivityKind.PRACTICE_ASSIGNMENT) {
            problems.add(path, "only a PRACTICE_ASSIGNMENT can be the plan of a praktijkopdracht");
            return Optional.empty();
        }
        return key(value, path);
    }

    private Optional<ActivityKey> key(String value, String path) {
        return problems.text(value, path).flatMap(v -> {
            if (!ActivityKey.isValid(v)) {
                problems.add(path, "must be lower-case words joined by hyphens, such as \"m1-trainingsdag-1\", but is \"" + v + "\"");
                return Optional.empty();
            }
            return Optional.of(new ActivityKey(v));
        });
    }

    /** @return the method the activity names, or empty when it names none or after recording a problem */
    private Optional<IntervisionMethod> method(ActivityKind kind, String name, String path) {
        if (name == null) {
            return Optional.empty();
        }
        if (kind != ActivityKind.INTERVISION_MEETING) {
            problems.add(path, "only an INTERVISION_MEETING has an intervisie method");
            return Optional.empty();
        }
        IntervisionMethod method = methods.get(IntervisionMethod.normalizeKey(name));
        if (method == null) {
            problems.add(path, "names method \"" + name + "\", which is neither built in nor defined under intervisionMethods;"
                    + " known methods: " + String.join(", ", methods.keySet().stream().sorted().toList()));
        }
        return Optional.ofNullable(method);
    }

    private void checkFits(IntervisionMethod method, Timing timing, String path) {
        if (timing instanceof Timing.Session session && session.duration().compareTo(method.totalDuration()) < 0) {
            problems.add(path, "the method \"" + method.key() + "\" takes " + method.totalMinutes()
                    + " minutes, longer than the meeting (" + session.duration().toMinutes() + " minutes)");
        }
    }

    private Optional<PaperMilestone> milestone(ActivityKind kind, ActivityDocument doc, String path) {
        if (kind == ActivityKind.PAPER_MILESTONE) {
            return problems.present(doc.milestone(), path + ".milestone");
        }
        if (doc.milestone() != null) {
            problems.add(path + ".milestone", "only a PAPER_MILESTONE names a milestone");
        }
        return Optional.empty();
    }

    private Optional<Timing> timing(ActivityKind kind, ActivityDocument doc, String path) {
        if (kind.isSession()) {
            return session(doc, path);
        }
        if (doc.startTime() != null || doc.durationMinutes() != null || doc.format() != null) {
            problems.add(path, "only sessions (CONTACT_SESSION, INTERVISION_MEETING) have startTime, durationMinutes and format");
        }
        if (kind == ActivityKind.ONLINE_WORK && doc.week() == null) {
            return Optional.of(new Timing.SelfPaced());
        }
        Optional<Integer> week = problems.inRange(doc.week(), 1, durationWeeks, path + ".week");
        Optional<Integer> day = doc.day() == null ? Optional.of(7) : problems.inRange(doc.day(), 1, 7, path + ".day");
        Optional<LocalTime> time = doc.time() == null ? Optional.of(deadlineTime) : problems.time(doc.time(), path + ".time");
        if (week.isEmpty() || day.isEmpty() || time.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Timing.Due(week.get(), day.get(), time.get()));
    }

    private Optional<Timing> session(ActivityDocument doc, String path) {
        if (doc.time() != null) {
            problems.add(path + ".time", "a session has a startTime, not a deadline time");
        }
        Optional<Integer> week = problems.inRange(doc.week(), 1, durationWeeks, path + ".week");
        Optional<Integer> day = doc.day() == null ? Optional.of(1) : problems.inRange(doc.day(), 1, 7, path + ".day");
        Optional<LocalTime> start = doc.startTime() != null
                ? problems.time(doc.startTime(), path + ".startTime") : required(defaultStart, path + ".startTime");
        Optional<Integer> minutes = doc.durationMinutes() != null
                ? problems.inRange(doc.durationMinutes(), 15, MAX_SESSION_MINUTES, path + ".durationMinutes")
                : required(defaultMinutes, path + ".durationMinutes");
        if (week.isEmpty() || day.isEmpty() || start.isEmpty() || minutes.isEmpty()) {
            return Optional.empty();
        }
        SessionFormat format = doc.format() == null ? SessionFormat.ON_SITE : doc.format();
        return Optional.of(new Timing.Session(week.get(), day.get(), start.get(), Duration.ofMinutes(minutes.get()), format));
    }

    private <T> Optional<T> required(Optional<T> fallback, String path) {
        if (fallback.isEmpty()) {
            problems.add(path, "is required for a session (or set it once under sessionDefaults)");
        }
        return fallback;
    }
}
