package nl.leerlijn.web.routing;

import java.util.List;

/**
 * A form that came in with an expired token: nothing was saved; everything typed comes back, to be sent again with a
 * fresh token.
 *
 * @param action where the form went
 * @param fields every field as it was sent (hidden in the form that sends it again)
 * @param typed the fields with text in them, to read back before sending
 */
public record ResendView(String action, List<Field> fields, List<Field> typed) {
    /**
     * Copies the lists.
     *
     * @param action where the form went
     * @param fields every field as it was sent (hidden in the form that sends it again)
     * @param typed the fields with text in them, to read back before sending
     */
    public ResendView {
        fields = List.copyOf(fields);
        typed = List.copyOf(typed);
    }

    /** One field: its name and what was in it. */
    public record Field(String name, String value) {
    }
}
