package nl.leerlijn.attendance;

/** There is no replacement assignment with the asked id. */
public final class ReplacementNotFoundException extends nl.leerlijn.NotFoundException {
    private static final long serialVersionUID = 1L;

    /** @param id the id asked for */
    public ReplacementNotFoundException(ReplacementId id) {
        super("No replacement assignment " + id);
    }
}
