package nl.leerlijn.curriculum;

import java.util.List;
import java.util.Optional;

/**
 * A validated programme definition together with the exact content it was read from, so a cohort
 * can keep the definition it was created with even when the file changes later.
 *
 * @param programme the validated programme
 * @param source the name of the file it came from (for messages)
 * @param canonicalJson the definition in Leerlijn's own JSON form (what is stored)
 * @param sha256 hex SHA-256 of {@code canonicalJson} in UTF-8
 */
public record ProgrammeDefinition(Programme programme, String source, String canonicalJson, String sha256) {

    /** @return how the programme runs intervisie: group sizes, retention, reflection deadline, leefgebieden, prompts */
    public IntervisionSettings intervision() {
        return programme.intervision();
    }

    /** @return the intervisie methods available to the programme: the built-in ones, then the programme's own */
    public List<IntervisionMethod> intervisionMethods() {
        return programme.intervisionMethods();
    }

    /**
     * @param name a method key, or its spelling in definitions written before methods were data
     * @return the method, if the programme offers it
     * @see Programme#intervisionMethod(String)
     */
    public Optional<IntervisionMethod> intervisionMethod(String name) {
        return programme.intervisionMethod(name);
    }
}
