package nl.leerlijn.intervisie;

import nl.leerlijn.InvalidInputException;

/**
 * Who holds which role in one intervisie meeting. Members are named by their ids as strings.
 *
 * @param inbrenger brings the case
 * @param gespreksleider chairs the meeting; never the inbrenger
 * @param notulist takes the notes; never the inbrenger, and someone other than the gespreksleider except in a group
 *     of two, where the one member who does not bring the case both chairs and takes notes
 */
public record PlannedRoles(String inbrenger, String gespreksleider, String notulist) {
    /**
     * Checks the values.
     *
     * @param inbrenger brings the case
     * @param gespreksleider chairs the meeting; never the inbrenger
     * @param notulist takes the notes; never the inbrenger
     * @throws InvalidInputException when a role has no holder or the inbrenger also holds another role
     */
    public PlannedRoles {
        if (isBlank(inbrenger) || isBlank(gespreksleider) || isBlank(notulist)) {
            throw new InvalidInputException("Every role of a meeting has a holder: " + inbrenger + ", " + gespreksleider + ", " + notulist);
        }
        if (inbrenger.equals(gespreksleider) || inbrenger.equals(notulist)) {
            throw new InvalidInputException("The inbrenger " + inbrenger + " holds no other role in the same meeting");
        }
    }

    /**
     * @param role a role
     * @return the id of the member who holds it
     */
    public String holder(MeetingRole role) {
        return switch (role) {
            case INBRENGER -> inbrenger;
            case CHAIR -> gespreksleider;
            case NOTETAKER -> notulist;
        };
    }

    private static boolean isBlank(String id) {
        return id == null || id.isBlank();
    }
}
