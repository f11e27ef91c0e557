package nl.leerlijn.attendance;

/** The person entered several wrong session codes in a short time: Leerlijn checks none for a quarter of an hour. */
public final class TooManyWrongCodesException extends nl.leerlijn.NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param why who and how many */
    public TooManyWrongCodesException(String why) {
        super(why);
    }
}
