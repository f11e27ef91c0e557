package nl.leerlijn.curriculum;

import java.util.List;

/**
 * The prompts that help an inbrenger think a case through before a meeting, one list per step of the casusinbreng.
 * Each list holds at least one prompt, in Dutch.
 *
 * @param question vraagverheldering: what the inbrenger asks, and the question behind that question
 * @param lifeDomains how the client fares on every leefgebied
 * @param tried what the inbrenger, the client and others have tried already
 * @param groupQuestion what the inbrenger asks of the group
 */
public record CasePrompts(List<String> question, List<String> lifeDomains, List<String> tried, List<String> groupQuestion) {
    /** The prompts a programme has unless its definition says otherwise. */
    public static final CasePrompts DEFAULT = new CasePrompts(
            List.of("Wat is je vraag aan de groep, in één zin?",
                    "Wat maakt dit voor jou een vraag: waar zit je twijfel of je ongemak?",
                    "Stel dat de groep je vraag beantwoordt: wat kun je dan wat je nu nog niet kunt?",
                    "Zit er een vraag achter deze vraag, bijvoorbeeld over je eigen rol, je organisatie of de regels?"),
            List.of("Hoe staat de klant ervoor op elk leefgebied? Noem ook wat goed gaat.",
                    "Welke leefgebieden hangen in deze casus met elkaar samen?",
                    "Op welk leefgebied ligt volgens de klant zelf de prioriteit?"),
            List.of("Wat heb je al geprobeerd, en wat gebeurde er toen?",
                    "Wat hebben de klant en de mensen om hem of haar heen zelf al geprobeerd?",
                    "Welke partners zijn betrokken, en wat doen zij?"),
            List.of("Wat wil je dat de groep met je casus doet: meedenken, spiegelen of adviseren?",
                    "Wanneer is deze bijeenkomst voor jou geslaagd?",
                    "Welke informatie heeft de groep minimaal nodig om mee te denken? Laat alles weg wat de klant herkenbaar maakt."));

    /**
     * Checks the values; the lists are copied.
     *
     * @param question vraagverheldering: what the inbrenger asks, and the question behind that question
     * @param lifeDomains how the client fares on every leefgebied
     * @param tried what the inbrenger, the client and others have tried already
     * @param groupQuestion what the inbrenger asks of the group
     * @throws IllegalArgumentException when a list is empty
     */
    public CasePrompts {
        question = List.copyOf(question);
        lifeDomains = List.copyOf(lifeDomains);
        tried = List.copyOf(tried);
        groupQuestion = List.copyOf(groupQuestion);
        if (question.isEmpty() || lifeDomains.isEmpty() || tried.isEmpty() || groupQuestion.isEmpty()) {
            throw new IllegalArgumentException("Every step of a case has at least one prompt");
        }
    }
}
