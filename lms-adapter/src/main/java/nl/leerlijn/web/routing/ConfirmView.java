package nl.leerlijn.web.routing;

import java.util.List;

/**
 * Asks before an action that cannot be undone (withdraw a participant, hand in, release results, grant an extension):
 * one page, so it works without JavaScript too.
 *
 * @param question what is about to happen, in a sentence
 * @param details what follows from it, one line each
 * @param action where the form posts
 * @param hidden the values the form carries along
 * @param reasonLabel the label of a reason field, or empty when the action takes none
 * @param reasonRequired whether the reason must be given
 * @param reasonHint what the reason is for, or empty
 * @param button the text of the button that does it
 * @param cancel where "cancel" goes
 * @param danger whether the button is styled as a destructive action
 * @param form the reason as typed and its problem, when it was refused
 */
public record ConfirmView(String question, List<String> details, String action, List<Hidden> hidden, String reasonLabel,
        boolean reasonRequired, String reasonHint, String button, String cancel, boolean danger, Form form) {
    /**
     * Copies the lists.
     *
     * @param question what is about to happen, in a sentence
     * @param details what follows from it, one line each
     * @param action where the form posts
     * @param hidden the values the form carries along
     * @param reasonLabel the label of a reason field, or empty when the action takes none
     * @param reasonRequired whether the reason must be given
     * @param reasonHint what the reason is for, or empty
     * @param button the text of the button that does it
     * @param cancel where "cancel" goes
     * @param danger whether the button is styled as a destructive action
     * @param form the reason as typed and its problem, when it was refused
     */
    public ConfirmView {
        details = List.copyOf(details);
        hidden = List.copyOf(hidden);
    }

    /** A value the form carries along. */
    public record Hidden(String name, String value) {
    }

    /**
     * @param question what is about to happen, in a sentence
     * @param details what follows from it, one line each
     * @param action where the form posts
     * @param button the text of the button that does it
     * @param cancel where "cancel" goes
     * @return a confirmation without a reason field
     */
    public static ConfirmView of(String question, List<String> details, String action, String button, String cancel) {
        return new ConfirmView(question, details, action, List.of(), "", false, "", button, cancel, false, Form.initial(java.util.Map.of()));
    }

    /**
     * @param values the values the form carries along
     * @return the same, with values the form carries along
     */
    public ConfirmView carrying(List<Hidden> values) {
        return new ConfirmView(question, details, action, values, reasonLabel, reasonRequired, reasonHint, button, cancel, danger, form);
    }

    /**
     * @param label the label of the reason field
     * @param required whether the reason must be given
     * @param hint what the reason is for, or empty
     * @param typed the reason as typed and its problem, when it was refused
     * @return the same, with a reason field
     */
    public ConfirmView withReason(String label, boolean required, String hint, Form typed) {
        return new ConfirmView(question, details, action, hidden, label, required, hint, button, cancel, danger, typed);
    }

    /** @return the same, with its button styled as destructive */
    public ConfirmView dangerous() {
        return new ConfirmView(question, details, action, hidden, reasonLabel, reasonRequired, reasonHint, button, cancel, true, form);
    }
}
