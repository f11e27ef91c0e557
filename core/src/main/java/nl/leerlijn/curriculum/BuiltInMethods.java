package nl.leerlijn.curriculum;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerlijn.curriculum.ProgrammeDocument.MethodsDocument;

/**
 * The intervisie methods shipped with Leerlijn, read once from {@value #RESOURCE}. The list is a constant: it is the
 * same for every Leerlijn instance in the JVM and never changes.
 */
final class BuiltInMethods {
    private static final String RESOURCE = "/nl/leerlijn/programmes/intervisie-methods.yaml";
    private static final List<IntervisionMethod> ALL = load();
    private static final Set<String> KEYS = ALL.stream().map(IntervisionMethod::key).collect(Collectors.toUnmodifiableSet());

    private BuiltInMethods() {
    }

    /** @return the built-in methods, in the order of the file */
    static List<IntervisionMethod> all() {
        return ALL;
    }

    /** @return the keys of the built-in methods */
    static Set<String> keys() {
        return KEYS;
    }

    private static List<IntervisionMethod> load() {
        ObjectMapper yaml = ProgrammeDefinitionReader.configure(YAMLMapper.builder().build());
        MethodsDocument document;
        try (InputStream in = BuiltInMethods.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The built-in intervisie methods " + RESOURCE + " are missing from the library");
            }
            document = yaml.readValue(in, MethodsDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the built-in intervisie methods " + RESOURCE, e);
        }
        Problems problems = new Problems();
        List<IntervisionMethod> methods = new MethodValidator(problems).methods(document.methods(), "methods", Set.of());
        if (problems.any() || methods.isEmpty()) {
            throw new IllegalStateException(new ProgrammeDefinitionException(RESOURCE, problems.any()
                    ? problems.all() : List.of(new DefinitionProblem("methods", "must list at least one method"))));
        }
        return List.copyOf(methods);
    }
}
