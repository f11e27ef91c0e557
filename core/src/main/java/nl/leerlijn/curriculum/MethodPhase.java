package nl.leerlijn.curriculum;

import java.util.List;

/**
 * One step of an intervisie method, with its time box.
 *
 * @param title what happens in this phase, in Dutch, e.g. "Informatieve vragen"
 * @param minutes the time box, at least one minute
 * @param speaker who has the word
 * @param prompts questions or instructions the gespreksleider can use, in order; may be empty
 */
public record MethodPhase(String title, int minutes, PhaseSpeaker speaker, List<String> prompts) {
    /**
     * Checks the values; the prompts are copied.
     *
     * @param title what happens in this phase, in Dutch, e.g. "Informatieve vragen"
     * @param minutes the time box, at least one minute
     * @param speaker who has the word
     * @param prompts questions or instructions the gespreksleider can use, in order; may be empty
     * @throws IllegalArgumentException when the title is blank, the speaker missing or the time box under a minute
     */
    public MethodPhase {
        if (title == null || title.isBlank() || speaker == null || minutes < 1) {
            throw new IllegalArgumentException("A method phase needs a title, a speaker and at least a minute: " + title);
        }
        prompts = List.copyOf(prompts);
    }
}
