package nl.leerlijn.curriculum;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.curriculum.ProgrammeDocument.ActivityDocument;
import nl.leerlijn.curriculum.ProgrammeDocument.CompletionDocument;
import nl.leerlijn.curriculum.ProgrammeDocument.ModuleDocument;
import nl.leerlijn.curriculum.ProgrammeDocument.RegisterPointsDocument;

/** Checks a read definition as a whole and builds the {@link Programme}, or reports every problem. */
final class ProgrammeValidator {
    private static final int DEFAULT_REVISION_DAYS = 14;
    private static final int MAX_WEEKS = 156;

    private final Problems problems = new Problems();

    static Programme validate(String source, ProgrammeDocument doc) {
        ProgrammeValidator validator = new ProgrammeValidator();
        Optional<Programme> programme = validator.programme(doc);
        if (validator.problems.any() || programme.isEmpty()) {
            throw new ProgrammeDefinitionException(source, validator.problems.all());
        }
        return programme.get();
    }

    private Optional<Programme> programme(ProgrammeDocument doc) {
        Optional<ProgrammeId> id = problems.text(doc.id(), "id").flatMap(this::programmeId);
        Optional<String> title = problems.text(doc.title(), "title");
        Optional<Integer> weeks = problems.inRange(doc.durationWeeks(), 1, MAX_WEEKS, "durationWeeks");
        List<IntervisionMethod> methods = new ArrayList<>(BuiltInMethods.all());
        methods.addAll(new MethodValidator(problems).methods(doc.intervisionMethods(), "intervisionMethods", BuiltInMethods.keys()));
        Optional<IntervisionSettings> intervision = new IntervisionSettingsValidator(problems).settings(doc.intervision());
        List<Module> modules = modules(doc, weeks.orElse(MAX_WEEKS), methods);
        List<RegisterPoints> points = registerPoints(doc.registerPoints());
        Optional<CompletionPolicy> completion = problems.present(doc.completion(), "completion").flatMap(this::completion);
        checkPaper(doc.modules());
        List<Rubric> rubrics = new RubricValidator(problems).rubrics(doc.rubrics());
        checkRubricReferences(modules, rubrics);
        checkPlans(modules);
        Optional<Reminders> reminders = reminders(doc.reminders());
        if (problems.any()) {
            return Optional.empty();
        }
        return Optional.of(new Programme(id.get(), title.get(), doc.description() == null ? "" : doc.description().strip(),
                weeks.get(), points, modules, completion.get(), rubrics, intervision.get(), methods, reminders.get(),
                doc.ec() == null ? 0 : problems.inRange(doc.ec(), 0, 240, "ec").orElse(0)));
    }

    private Optional<Reminders> reminders(ProgrammeDocument.RemindersDocument doc) {
        if (doc == null || doc.deadlineDaysBefore() == null) {
            return Optional.of(Reminders.DEFAULT);
        }
        List<Integer> days = doc.deadlineDaysBefore();
        if (days.size() > 5 || days.stream().anyMatch(d -> d == null || d < 1 || d > 30) || days.stream().distinct().count() != days.size()) {
            problems.add("reminders.deadlineDaysBefore", "must list at most 5 different numbers of days from 1 to 30, such as [3, 1]");
            return Optional.empty();
        }
        return Optional.of(new Reminders(days));
    }

    private Optional<ProgrammeId> programmeId(String value) {
        if (!ProgrammeId.isValid(value)) {
            problems.add("id", "must be lower-case words joined by hyphens, such as \"effectieve-klantmanager\", but is \"" + value + "\"");
            return Optional.empty();
        }
        return Optional.of(new ProgrammeId(value));
    }

    private List<Module> modules(ProgrammeDocument doc, int weeks, List<IntervisionMethod> methods) {
        if (doc.modules() == null || doc.modules().isEmpty()) {
            problems.add("modules", "must list at least one module");
            return List.of();
        }
        ProgrammeDocument.SessionDefaults defaults = doc.sessionDefaults();
        Optional<LocalTime> start = defaults == null || defaults.startTime() == null
                ? Optional.empty() : problems.time(defaults.startTime(), "sessionDefaults.startTime");
        Optional<Integer> minutes = defaults == null || defaults.durationMinutes() == null
                ? Optional.empty() : problems.inRange(defaults.durationMinutes(), 15, 720, "sessionDefaults.durationMinutes");
        LocalTime deadline = doc.deadlineTime() == null
                ? LocalTime.of(23, 59) : problems.time(doc.deadlineTime(), "deadlineTime").orElse(LocalTime.of(23, 59));
        ActivityValidator activities = new ActivityValidator(problems, weeks, start, minutes, deadline, methods);
        List<Module> modules = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < doc.modules().size(); i++) {
            module(doc.modules().get(i), "modules[" + i + "]", activities, codes, keys).ifPresent(modules::add);
        }
        return modules;
    }

    private Optional<Module> module(ModuleDocument doc, String path, ActivityValidator validator,
            Set<String> codes, Set<String> keys) {
        if (doc == null) {
            problems.add(path, "is empty");
            return Optional.empty();
        }
        Optional<String> code = problems.text(doc.code(), path + ".code");
        code.filter(c -> !codes.add(c)).ifPresent(c -> problems.add(path + ".code", "\"" + c + "\" is used by another module too"));
        Optional<String> title = problems.text(doc.title(), path + ".title");
        List<ActivityDocument> docs = doc.activities() == null ? List.of() : doc.activities();
        if (docs.isEmpty()) {
            problems.add(path + ".activities", "must list at least one activity");
        }
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            String at = path + ".activities[" + i + "]";
            ActivityDocument activity = docs.get(i);
            if (activity == null) {
                problems.add(at, "is empty");
                continue;
            }
            if (activity.key() != null && !keys.add(activity.key())) {
                problems.add(at + ".key", "\"" + activity.key() + "\" is used by another activity too");
            }
            validator.activity(activity, at).ifPresent(activities::add);
        }
        if (code.isEmpty() || title.isEmpty() || activities.size() != docs.size() || docs.isEmpty()) {
            return Optional.empty();
        }
        List<String> goals = doc.learningGoals() == null ? List.of() : doc.learningGoals();
        return Optional.of(new Module(code.get(), title.get(), goals, activities));
    }

    private List<RegisterPoints> registerPoints(List<RegisterPointsDocument> docs) {
        List<RegisterPoints> points = new ArrayList<>();
        Set<Register> seen = new HashSet<>();
        for (int i = 0; docs != null && i < docs.size(); i++) {
            String path = "registerPoints[" + i + "]";
            Optional<Register> register = problems.present(docs.get(i).register(), path + ".register");
            Optional<Integer> number = problems.inRange(docs.get(i).points(), 1, 1000, path + ".points");
            register.filter(r -> !seen.add(r)).ifPresent(r -> problems.add(path + ".register", r + " is listed twice"));
            if (register.isPresent() && number.isPresent()) {
                points.add(new RegisterPoints(register.get(), number.get()));
            }
        }
        return points;
    }

    private Optional<CompletionPolicy> completion(CompletionDocument doc) {
        Optional<Integer> attendance = problems.inRange(doc.minimumAttendancePercent(), 0, 100,
                "completion.minimumAttendancePercent");
        Optional<AwardKind> award = problems.present(doc.award(), "completion.award");
        Optional<Integer> revisions = problems.inRange(doc.revisions() == null ? 0 : doc.revisions(), 0, 5, "completion.revisions");
        Optional<Integer> days = revisions.filter(r -> r > 0).isPresent()
                ? problems.inRange(doc.revisionDays() == null ? DEFAULT_REVISION_DAYS : doc.revisionDays(), 1, 180, "completion.revisionDays")
                : Optional.of(0);
        if (attendance.isEmpty() || award.isEmpty() || revisions.isEmpty() || days.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CompletionPolicy(attendance.get(), !Boolean.FALSE.equals(doc.allAssessedPartsPassed()), award.get(),
                revisions.get(), days.get()));
    }

    /** Every rubric an activity names exists, and only assessed work (paper milestones, praktijkopdrachten) names one. */
    private void checkRubricReferences(List<Module> modules, List<Rubric> rubrics) {
        Set<String> known = new HashSet<>();
        rubrics.forEach(r -> known.add(r.id()));
        for (int m = 0; m < modules.size(); m++) {
            List<Activity> activities = modules.get(m).activities();
            for (int a = 0; a < activities.size(); a++) {
                Activity activity = activities.get(a);
                String at = "modules[" + m + "].activities[" + a + "].rubric";
                activity.rubric().filter(r -> !known.contains(r))
                        .ifPresent(r -> problems.add(at, "names rubric \"" + r + "\", which the programme does not define"));
                if (activity.rubric().isPresent() && activity.kind() != ActivityKind.PAPER_MILESTONE
                        && activity.kind() != ActivityKind.PRACTICE_ASSIGNMENT) {
                    problems.add(at, "only a PAPER_MILESTONE or PRACTICE_ASSIGNMENT is assessed with a rubric");
                }
            }
        }
    }

    /** A plan belongs to another praktijkopdracht of the programme, which has no plan of its own. */
    private void checkPlans(List<Module> modules) {
        Map<ActivityKey, Activity> all = new java.util.HashMap<>();
        modules.forEach(m -> m.activities().forEach(a -> all.put(a.key(), a)));
        for (int m = 0; m < modules.size(); m++) {
            List<Activity> activities = modules.get(m).activities();
            for (int a = 0; a < activities.size(); a++) {
                Activity activity = activities.get(a);
                String at = "modules[" + m + "].activities[" + a + "].planOf";
                activity.planOf().ifPresent(target -> {
                    Activity of = all.get(target);
                    if (of == null || of.kind() != ActivityKind.PRACTICE_ASSIGNMENT || of.planOf().isPresent()
                            || target.equals(activity.key())) {
                        problems.add(at, "names \"" + target.value() + "\", which is not another praktijkopdracht of the programme");
                    }
                });
            }
        }
    }

    /** A paper, when the programme has one, has each milestone once, due in the order plan, concept, final. */
    private void checkPaper(List<ModuleDocument> modules) {
        Map<PaperMilestone, Integer> weeks = new EnumMap<>(PaperMilestone.class);
        String where = "";
        for (int m = 0; modules != null && m < modules.size(); m++) {
            List<ActivityDocument> activities = modules.get(m) == null || modules.get(m).activities() == null
                    ? List.of() : modules.get(m).activities();
            for (int a = 0; a < activities.size(); a++) {
                ActivityDocument doc = activities.get(a);
                if (doc == null || doc.kind() != ActivityKind.PAPER_MILESTONE || doc.milestone() == null) {
                    continue;
                }
                where = "modules[" + m + "].activities[" + a + "]";
                if (weeks.put(doc.milestone(), doc.week() == null ? 0 : doc.week()) != null) {
                    problems.add(where + ".milestone", doc.milestone() + " appears more than once");
                }
            }
        }
        if (weeks.isEmpty()) {
            return;
        }
        for (PaperMilestone milestone : PaperMilestone.values()) {
            if (!weeks.containsKey(milestone)) {
                problems.add("modules", "the paper has milestones but no " + milestone);
            }
        }
        if (weeks.size() == PaperMilestone.values().length
                && !(weeks.get(PaperMilestone.PLAN_VAN_AANPAK) < weeks.get(PaperMilestone.CONCEPT)
                        && weeks.get(PaperMilestone.CONCEPT) < weeks.get(PaperMilestone.EINDVERSIE))) {
            problems.add(where, "the paper milestones must be due in the order PLAN_VAN_AANPAK, CONCEPT, EINDVERSIE (by week)");
        }
    }
}
