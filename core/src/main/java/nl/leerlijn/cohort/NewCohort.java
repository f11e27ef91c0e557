package nl.leerlijn.cohort;

import java.time.LocalDate;
import java.util.Objects;
import nl.leerlijn.FreeText;
import nl.leerlijn.PlanningRange;
import nl.leerlijn.curriculum.ProgrammeId;

/**
 * What a kerndocent fills in to start a cohort.
 *
 * @param programme the definition to run
 * @param name the cohort's name, 1 to 200 characters
 * @param startDate week 1, day 1, within {@link PlanningRange}
 * @param location default place of the contact sessions on site, 1 to 300 characters
 */
public record NewCohort(ProgrammeId programme, String name, LocalDate startDate, String location) {
    /**
     * Checks the values; name and location lose surrounding white space.
     *
     * @param programme the definition to run
     * @param name the cohort's name, 1 to 200 characters
     * @param startDate week 1, day 1, within {@link PlanningRange}
     * @param location default place of the contact sessions on site, 1 to 300 characters
     * @throws NullPointerException when the programme or the start date is missing
     * @throws nl.leerlijn.DateOutOfRangeException when the start date lies outside {@link nl.leerlijn.PlanningRange}
     * @throws nl.leerlijn.InvalidInputException when the name or the location is blank or too long
     */
    public NewCohort {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(startDate, "startDate");
        PlanningRange.require(startDate, "the start date");
        name = FreeText.required(name, 200, "cohort name");
        location = FreeText.required(location, 300, "cohort location");
    }
}
