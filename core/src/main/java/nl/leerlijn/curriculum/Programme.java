package nl.leerlijn.curriculum;

import java.util.List;
import java.util.Optional;

/**
 * A programme definition: modules, activities and the completion policy. Immutable; read from a
 * definition file with {@link ProgrammeDefinitionReader}.
 *
 * @param id the stable name of the definition
 * @param title the programme's name
 * @param description may be empty
 * @param durationWeeks length of one run, in weeks
 * @param registerPoints points the registers grant; may be empty
 * @param modules at least one
 * @param completion what it takes to earn the award
 * @param rubrics the beoordelingsformulieren activities refer to; may be empty
 * @param intervision how the programme runs intervisie (defaults when the definition says nothing)
 * @param intervisionMethods the intervisie methods meetings may follow: the built-in ones, then the programme's own
 * @param reminders when participants are reminded of a coming deadline
 * @param ec the European credits the programme is worth; 0 when it states none
 */
public record Programme(
        ProgrammeId id,
        String title,
        String description,
        int durationWeeks,
        List<RegisterPoints> registerPoints,
        List<Module> modules,
        CompletionPolicy completion,
        List<Rubric> rubrics,
        IntervisionSettings intervision,
        List<IntervisionMethod> intervisionMethods,
        Reminders reminders,
        int ec) {

    /**
     * Checks the values; the lists are copied.
     *
     * @param id the stable name of the definition
     * @param title the programme's name
     * @param description may be empty
     * @param durationWeeks length of one run, in weeks
     * @param registerPoints points the registers grant; may be empty
     * @param modules at least one
     * @param completion what it takes to earn the award
     * @param rubrics the beoordelingsformulieren activities refer to; may be empty
     * @param intervision how the programme runs intervisie
     * @param intervisionMethods the intervisie methods meetings may follow, each key once
     * @param reminders when participants are reminded of a coming deadline
     * @param ec the European credits the programme is worth; 0 when it states none
     * @throws IllegalArgumentException when a value is missing, there are no modules, the duration is under a week, or
     *     two methods share a key, or the credits are negative
     */
    public Programme {
        if (id == null || title == null || title.isBlank() || description == null || completion == null || intervision == null
                || reminders == null) {
            throw new IllegalArgumentException("A programme needs an id, title, description, completion policy and intervisie settings: " + id);
        }
        registerPoints = List.copyOf(registerPoints);
        modules = List.copyOf(modules);
        rubrics = List.copyOf(rubrics);
        intervisionMethods = List.copyOf(intervisionMethods);
        if (intervisionMethods.stream().map(IntervisionMethod::key).distinct().count() != intervisionMethods.size()) {
            throw new IllegalArgumentException("Each intervisie method key names one method: " + id);
        }
        if (ec < 0) {
            throw new IllegalArgumentException("A programme's credits cannot be negative: " + id);
        }
        if (modules.isEmpty() || durationWeeks < 1) {
            throw new IllegalArgumentException("A programme has modules and lasts at least a week: " + id);
        }
    }

    /**
     * Without credits.
     *
     * @param id the stable name of the definition
     * @param title the programme's name
     * @param description may be empty
     * @param durationWeeks length of one run, in weeks
     * @param registerPoints points the registers grant; may be empty
     * @param modules at least one
     * @param completion what it takes to earn the award
     * @param rubrics the beoordelingsformulieren activities refer to; may be empty
     * @param intervision how the programme runs intervisie
     * @param intervisionMethods the intervisie methods meetings may follow, each key once
     * @param reminders when participants are reminded of a coming deadline
     */
    public Programme(ProgrammeId id, String title, String description, int durationWeeks, List<RegisterPoints> registerPoints,
            List<Module> modules, CompletionPolicy completion, List<Rubric> rubrics, IntervisionSettings intervision,
            List<IntervisionMethod> intervisionMethods, Reminders reminders) {
        this(id, title, description, durationWeeks, registerPoints, modules, completion, rubrics, intervision, intervisionMethods,
                reminders, 0);
    }

    /** @return the net contact hours of all sessions (contact sessions and intervisie), rounded down */
    public int contactHours() {
        return activities().stream().mapToInt(Activity::contactMinutes).sum() / 60;
    }

    /** @return the study load in hours: the activities' own study hours and the contact hours */
    public int studyLoadHours() {
        return activities().stream().mapToInt(Activity::studyHours).sum() + contactHours();
    }

    /** @return every activity of every module, in programme order */
    public List<Activity> activities() {
        return modules.stream().flatMap(m -> m.activities().stream()).toList();
    }

    /**
     * @param key the activity's key
     * @return the activity with this key, if the programme has it
     */
    public Optional<Activity> activity(ActivityKey key) {
        return activities().stream().filter(a -> a.key().equals(key)).findFirst();
    }

    /**
     * @param key a praktijkopdracht or its plan
     * @return whether a duo does this work together: the praktijkopdracht (or the one it is the plan of) is a duo assignment
     */
    public boolean sharedByDuo(ActivityKey key) {
        return activity(key).flatMap(a -> activity(a.workKey())).filter(a -> a.kind() == ActivityKind.PRACTICE_ASSIGNMENT)
                .map(Activity::duo).orElse(false);
    }

    /** @return the praktijkopdrachten that a duo does (not their plans), in programme order */
    public List<Activity> duoAssignments() {
        return activities().stream().filter(a -> a.kind() == ActivityKind.PRACTICE_ASSIGNMENT && a.duo() && a.planOf().isEmpty())
                .toList();
    }

    /**
     * @param rubricId the rubric's id in the definition
     * @return the rubric with this id, if the programme has it
     */
    public Optional<Rubric> rubric(String rubricId) {
        return rubrics.stream().filter(r -> r.id().equals(rubricId)).findFirst();
    }

    /**
     * @param key the activity's key
     * @return the module that holds the activity with this key, if any
     */
    public Optional<Module> moduleOf(ActivityKey key) {
        return modules.stream()
                .filter(m -> m.activities().stream().anyMatch(a -> a.key().equals(key)))
                .findFirst();
    }

    /**
     * Finds a method by the name a definition uses for it; the spelling of definitions written before methods were
     * data ({@code SOCRATISCH_GESPREK}) finds the same method as its key ({@code socratisch-gesprek}).
     *
     * @param name a method key or its old spelling; not {@code null}
     * @return the method, if the programme offers it
     */
    public Optional<IntervisionMethod> intervisionMethod(String name) {
        String key = IntervisionMethod.normalizeKey(name);
        return intervisionMethods.stream().filter(m -> m.key().equals(key)).findFirst();
    }
}
