package nl.leerlijn.curriculum;

import java.util.List;

/**
 * The shape of a programme definition file, as Jackson reads it. Every field may be missing here;
 * {@link ProgrammeValidator} says what is required.
 */
record ProgrammeDocument(
        String id,
        String title,
        String description,
        Integer durationWeeks,
        SessionDefaults sessionDefaults,
        String deadlineTime,
        List<RegisterPointsDocument> registerPoints,
        List<ModuleDocument> modules,
        CompletionDocument completion,
        List<RubricDocument> rubrics,
        IntervisionDocument intervision,
        List<MethodDocument> intervisionMethods,
        RemindersDocument reminders,
        Integer ec) {

    record RemindersDocument(List<Integer> deadlineDaysBefore) {
    }

    record IntervisionDocument(GroupSizesDocument groupSizes, Integer caseRetentionDays, Integer reflectionDays,
            List<String> lifeDomains, List<String> reflectionPrompts, CasePromptsDocument casePrompts) {
    }

    record GroupSizesDocument(Integer minimum, Integer preferredMinimum, Integer preferredMaximum, Integer maximum) {
    }

    record CasePromptsDocument(List<String> question, List<String> lifeDomains, List<String> tried, List<String> groupQuestion) {
    }

    record MethodDocument(String key, String title, String summary, List<PhaseDocument> phases) {
    }

    record PhaseDocument(String title, Integer minutes, PhaseSpeaker speaker, List<String> prompts) {
    }

    /** The built-in methods file: the same method shape under {@code methods}. */
    record MethodsDocument(List<MethodDocument> methods) {
    }

    record RubricDocument(String id, String title, Rubric.ResultScale scale, Integer voldoendePercent, Integer goedPercent,
            List<CriterionDocument> criteria) {
    }

    record CriterionDocument(String key, String title, Integer minimumPoints, Boolean individual, List<LevelDocument> levels) {
    }

    record LevelDocument(String label, Integer points, String descriptor) {
    }

    record SessionDefaults(String startTime, Integer durationMinutes) {
    }

    record RegisterPointsDocument(Register register, Integer points) {
    }

    record ModuleDocument(String code, String title, List<String> learningGoals, List<ActivityDocument> activities) {
    }

    record ActivityDocument(
            String key,
            ActivityKind kind,
            String title,
            String description,
            Integer studyHours,
            Integer week,
            Integer day,
            String startTime,
            Integer durationMinutes,
            SessionFormat format,
            String time,
            PaperMilestone milestone,
            String method,
            Boolean duo,
            String rubric,
            List<String> goals,
            List<String> steps,
            String planOf,
            ReplacementDocument replacement) {
    }

    record ReplacementDocument(String description, Integer days) {
    }

    record CompletionDocument(Integer minimumAttendancePercent, Boolean allAssessedPartsPassed, AwardKind award, Integer revisions,
            Integer revisionDays) {
    }
}
