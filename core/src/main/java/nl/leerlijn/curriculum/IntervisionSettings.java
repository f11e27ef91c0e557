package nl.leerlijn.curriculum;

import java.util.List;

/**
 * How a programme runs intervisie: group sizes, how long a case is kept, when a reflection is due, and the leefgebieden
 * and prompts participants see. Read from the optional {@code intervision} block of a definition; what the block leaves
 * out takes the value of {@link #defaults()}. Immutable.
 *
 * @param groupSizes how many participants a group has
 * @param caseRetentionDays a case is deleted this many days after the meeting it was brought to, at least 1
 * @param reflectionDays a participant's reflection is due this many days after a meeting, at least 1
 * @param lifeDomains the leefgebieden a case looks at, at least one, in the order shown
 * @param reflectionPrompts questions that help a participant write a reflection, at least one
 * @param casePrompts questions that help an inbrenger prepare a case
 */
public record IntervisionSettings(
        GroupSizes groupSizes,
        int caseRetentionDays,
        int reflectionDays,
        List<String> lifeDomains,
        List<String> reflectionPrompts,
        CasePrompts casePrompts) {

    /** The days a case is kept after its meeting unless a definition says otherwise. */
    public static final int DEFAULT_CASE_RETENTION_DAYS = 30;
    /** The days a reflection is due after a meeting unless a definition says otherwise. */
    public static final int DEFAULT_REFLECTION_DAYS = 7;
    /** The eight leefgebieden of the social domain. */
    public static final List<String> DEFAULT_LIFE_DOMAINS = List.of("Werk en inkomen", "Wonen", "Gezondheid",
            "Sociale contacten", "Gezin en opvoeding", "Financiën en schulden", "Dagbesteding", "Zingeving");
    /** The reflection prompts a programme has unless its definition says otherwise. */
    public static final List<String> DEFAULT_REFLECTION_PROMPTS = List.of(
            "Wat heb je vandaag geleerd over de werkwijze van een ander?",
            "Wat neem je mee naar je eigen praktijk, en wanneer pas je het toe?",
            "Wat merkte je van je eigen rol in de groep, als inbrenger, gespreksleider, notulist of groepslid?",
            "Welke vraag houdt je na deze bijeenkomst nog bezig?");

    /**
     * Checks the values; the lists are copied.
     *
     * @param groupSizes how many participants a group has
     * @param caseRetentionDays a case is deleted this many days after the meeting it was brought to, at least 1
     * @param reflectionDays a participant's reflection is due this many days after a meeting, at least 1
     * @param lifeDomains the leefgebieden a case looks at, at least one, in the order shown
     * @param reflectionPrompts questions that help a participant write a reflection, at least one
     * @param casePrompts questions that help an inbrenger prepare a case
     * @throws IllegalArgumentException when a value is missing, a number of days is under 1, or a list is empty
     */
    public IntervisionSettings {
        if (groupSizes == null || casePrompts == null || caseRetentionDays < 1 || reflectionDays < 1) {
            throw new IllegalArgumentException("Intervisie settings need group sizes, case prompts and positive numbers of days");
        }
        lifeDomains = List.copyOf(lifeDomains);
        reflectionPrompts = List.copyOf(reflectionPrompts);
        if (lifeDomains.isEmpty() || reflectionPrompts.isEmpty()) {
            throw new IllegalArgumentException("Intervisie settings name at least one leefgebied and one reflection prompt");
        }
    }

    /** @return the settings of a programme whose definition has no {@code intervision} block */
    public static IntervisionSettings defaults() {
        return new IntervisionSettings(GroupSizes.DEFAULT, DEFAULT_CASE_RETENTION_DAYS, DEFAULT_REFLECTION_DAYS,
                DEFAULT_LIFE_DOMAINS, DEFAULT_REFLECTION_PROMPTS, CasePrompts.DEFAULT);
    }
}
