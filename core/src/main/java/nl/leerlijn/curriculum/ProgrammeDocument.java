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
        CompletionDocument completion) {

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
            IntervisionMethod method,
            Boolean duo) {
    }

    record CompletionDocument(Integer minimumAttendancePercent, Boolean allAssessedPartsPassed, AwardKind award) {
    }
}
