package nl.leerlijn.curriculum;

/**
 * One thing wrong in a programme definition file.
 *
 * @param path where in the file, e.g. {@code modules[2].activities[0].week}; empty for the whole file
 * @param message what is wrong, in one sentence
 */
public record DefinitionProblem(String path, String message) {
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
