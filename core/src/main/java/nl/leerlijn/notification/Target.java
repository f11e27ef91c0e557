package nl.leerlijn.notification;

/**
 * Where a notification leads: a place in Leerlijn and the id it is about. The web layer turns it into an address.
 *
 * @param place the kind of page
 * @param id the cohort, meeting or version the page is about
 */
public record Target(Place place, long id) {
    /** The pages a notification can lead to. */
    public enum Place {
        /** The participant's paper page in a cohort (id: cohort). */
        PAPER,
        /** The participant's programme in a cohort (id: cohort). */
        PROGRAMME,
        /** The participant's praktijkopdrachten in a cohort (id: cohort). */
        PRAKTIJK,
        /** An intervisie meeting (id: meeting). */
        MEETING,
        /** The marking page of a handed-in version (id: version). */
        MARKING,
        /** A cohort's extension requests (id: cohort). */
        EXTENSIONS,
        /** A cohort's overview (id: cohort). */
        COHORT,
        /** The participant's own attendance in a cohort (id: cohort). */
        ATTENDANCE
    }

    /** @return as stored, e.g. {@code MARKING:42} */
    public String stored() {
        return place.name() + ":" + id;
    }

    /**
     * @param stored as {@link #stored()} wrote it
     * @return the target
     */
    public static Target parse(String stored) {
        int colon = stored.indexOf(':');
        return new Target(Place.valueOf(stored.substring(0, colon)), Long.parseLong(stored.substring(colon + 1)));
    }
}
