package nl.leerlijn.curriculum;

import java.util.List;
import java.util.stream.Collectors;
import nl.leerlijn.LeerlijnException;

/** A programme definition file could not be read or is not valid. Names the file and every problem found. */
public final class ProgrammeDefinitionException extends LeerlijnException {
    private static final long serialVersionUID = 1L;

    /** The file (or other source) that was read. */
    private final String source;
    private final transient List<DefinitionProblem> problems;

    /**
     * @param source the file (or other source) that was read
     * @param problems at least one
     */
    public ProgrammeDefinitionException(String source, List<DefinitionProblem> problems) {
        super(describe(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** @return the name of the file that was read */
    public String source() {
        return source;
    }

    /** @return every problem found, in file order where known */
    public List<DefinitionProblem> problems() {
        return problems;
    }

    private static String describe(String source, List<DefinitionProblem> problems) {
        String list = problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
        return "Programme definition " + source + " is not valid (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "):\n" + list;
    }
}
