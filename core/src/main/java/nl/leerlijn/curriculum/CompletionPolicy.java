package nl.leerlijn.curriculum;

/**
 * What a participant must do to earn the award.
 *
 * @param minimumAttendancePercent of the sessions (contact and intervisie), 0 to 100
 * @param allAssessedPartsPassed whether every assessed part (paper, praktijkopdrachten) must be at least voldoende
 * @param award what is earned
 * @param revisions the herkansing policy: how many times assessors may ask for a revision of one piece of
 *     assessed work (0 = none)
 * @param revisionDays how many days after the release a revision may be handed in
 */
public record CompletionPolicy(int minimumAttendancePercent, boolean allAssessedPartsPassed, AwardKind award, int revisions,
        int revisionDays) {
    /**
     * Checks the values.
     *
     * @param minimumAttendancePercent of the sessions (contact and intervisie), 0 to 100
     * @param allAssessedPartsPassed whether every assessed part (paper, praktijkopdrachten) must be at least voldoende
     * @param award what is earned
     * @param revisions the herkansing policy: how many times assessors may ask for a revision of one piece of
     *     assessed work (0 = none)
     * @param revisionDays how many days after the release a revision may be handed in
     * @throws IllegalArgumentException when a number is out of range, revisions have no days, or the award is missing
     */
    public CompletionPolicy {
        if (revisions < 0 || revisionDays < 0 || (revisions > 0 && revisionDays < 1)) {
            throw new IllegalArgumentException("A herkansing needs at least a day: " + revisions + " revisions, " + revisionDays + " days");
        }
        if (minimumAttendancePercent < 0 || minimumAttendancePercent > 100) {
            throw new IllegalArgumentException("Minimum attendance is a percentage: " + minimumAttendancePercent);
        }
        if (award == null) {
            throw new IllegalArgumentException("A completion policy names its award");
        }
    }
}
