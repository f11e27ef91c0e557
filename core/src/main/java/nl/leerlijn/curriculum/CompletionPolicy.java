package nl.leerlijn.curriculum;

/**
 * What a participant must do to earn the award.
 *
 * @param minimumAttendancePercent of the sessions (contact and intervisie), 0 to 100
 * @param allAssessedPartsPassed whether every assessed part (paper, praktijkopdrachten) must be at least voldoende
 * @param award what is earned
 */
public record CompletionPolicy(int minimumAttendancePercent, boolean allAssessedPartsPassed, AwardKind award) {
    public CompletionPolicy {
        if (minimumAttendancePercent < 0 || minimumAttendancePercent > 100) {
            throw new IllegalArgumentException("Minimum attendance is a percentage: " + minimumAttendancePercent);
        }
        if (award == null) {
            throw new IllegalArgumentException("A completion policy names its award");
        }
    }
}
