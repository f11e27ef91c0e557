package nl.leerlijn.progress;

/**
 * Where a participant stands against the minimum attendance of the completion policy.
 *
 * @param sessions how many sessions (contact and intervisie) the programme has
 * @param held how many of them have started by now, or have their attendance recorded already
 * @param attended how many the participant attended
 * @param excused how many they were excused from (afgemeld); excused is not attended
 * @param minimumPercent the policy's minimum, of all sessions
 * @param replaced how many missed sessions count after all, by a replacement assignment judged voldoende
 * @param replaceable how many missed sessions have a replacement assignment that may count yet (open, and handed in or
 *     not due yet)
 */
public record AttendanceStanding(int sessions, int held, int attended, int excused, int minimumPercent, int replaced, int replaceable) {

    /**
     * Without open replacement assignments.
     *
     * @param sessions how many sessions the programme has
     * @param held how many have ended by now, or have attendance recorded
     * @param attended how many the participant attended
     * @param excused how many they were excused from
     * @param minimumPercent the policy's minimum, of all sessions
     * @param replaced how many missed sessions count by a replacement assignment judged voldoende
     */
    public AttendanceStanding(int sessions, int held, int attended, int excused, int minimumPercent, int replaced) {
        this(sessions, held, attended, excused, minimumPercent, replaced, 0);
    }

    /**
     * Without replacement assignments.
     *
     * @param sessions how many sessions the programme has
     * @param held how many have started by now, or have attendance recorded
     * @param attended how many the participant attended
     * @param excused how many they were excused from
     * @param minimumPercent the policy's minimum, of all sessions
     */
    public AttendanceStanding(int sessions, int held, int attended, int excused, int minimumPercent) {
        this(sessions, held, attended, excused, minimumPercent, 0, 0);
    }

    /** @return how many sessions count: attended, or replaced by a replacement assignment judged voldoende */
    public int counted() {
        return attended + replaced;
    }

    /** @return how many sessions must be attended in all to reach the minimum */
    public int required() {
        return (int) Math.ceil(sessions * minimumPercent / 100.0);
    }

    /** @return how many more sessions must be attended to reach the minimum */
    public int stillNeeded() {
        return Math.max(0, required() - counted());
    }

    /** @return how many held sessions the participant was not at (excused or not) and that were not replaced */
    public int missed() {
        return held - counted();
    }

    /** @return how many more sessions the participant may miss and still reach the minimum; negative when out of reach */
    public int missesLeft() {
        return sessions - required() - missed();
    }

    /**
     * @return whether one more missed session puts the minimum out of reach (and some were missed already), even when
     *     every open replacement assignment counts
     */
    public boolean atRisk() {
        return missesLeft() + replaceable == 0 && missed() > 0;
    }

    /**
     * @return whether the minimum can no longer be reached, even by attending every session still to come and doing every
     *     open replacement assignment
     */
    public boolean outOfReach() {
        return missesLeft() + replaceable < 0;
    }

    /** @return whether the share of held sessions attended so far is below the minimum */
    public boolean belowThreshold() {
        return held > 0 && counted() * 100L < (long) minimumPercent * held;
    }

    /** @return the share of held sessions attended, rounded down; 100 before any session was held */
    public int percentSoFar() {
        return held == 0 ? 100 : (int) (counted() * 100L / held);
    }
}
