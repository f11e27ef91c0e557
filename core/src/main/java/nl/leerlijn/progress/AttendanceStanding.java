package nl.leerlijn.progress;

/**
 * Where a participant stands against the minimum attendance of the completion policy.
 *
 * @param sessions how many sessions (contact and intervisie) the programme has
 * @param held how many of them have started by now, or have their attendance recorded already
 * @param attended how many the participant attended
 * @param excused how many they were excused from (afgemeld); excused is not attended
 * @param minimumPercent the policy's minimum, of all sessions
 */
public record AttendanceStanding(int sessions, int held, int attended, int excused, int minimumPercent) {

    /** @return how many sessions must be attended in all to reach the minimum */
    public int required() {
        return (int) Math.ceil(sessions * minimumPercent / 100.0);
    }

    /** @return how many more sessions must be attended to reach the minimum */
    public int stillNeeded() {
        return Math.max(0, required() - attended);
    }

    /** @return how many held sessions the participant was not at (excused or not) */
    public int missed() {
        return held - attended;
    }

    /** @return how many more sessions the participant may miss and still reach the minimum; negative when out of reach */
    public int missesLeft() {
        return sessions - required() - missed();
    }

    /** @return whether the minimum can no longer be reached, even by attending every session still to come */
    public boolean outOfReach() {
        return missesLeft() < 0;
    }

    /** @return whether the share of held sessions attended so far is below the minimum */
    public boolean belowThreshold() {
        return held > 0 && attended * 100L < (long) minimumPercent * held;
    }

    /** @return the share of held sessions attended, rounded down; 100 before any session was held */
    public int percentSoFar() {
        return held == 0 ? 100 : (int) (attended * 100L / held);
    }
}
