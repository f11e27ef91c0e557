package nl.leerlijn.curriculum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The programme definitions a host offers: the samples shipped with Leerlijn plus any definition
 * files the host adds. Every definition is read and validated when the catalog is built, so a
 * broken file stops start-up with a message naming the file and the field. Immutable and
 * thread-safe.
 */
public final class ProgrammeCatalog {
    /** The definitions shipped inside the library, by resource name. */
    private static final List<String> SAMPLES = List.of("effectieve-klantmanager.yaml");
    private static final String SAMPLE_FOLDER = "/nl/leerlijn/programmes/";

    private final Map<ProgrammeId, ProgrammeDefinition> definitions;

    private ProgrammeCatalog(Map<ProgrammeId, ProgrammeDefinition> definitions) {
        this.definitions = Map.copyOf(definitions);
    }

    /** @return a catalog of the definitions shipped with Leerlijn */
    public static ProgrammeCatalog samples() {
        return withFiles(List.of());
    }

    /**
     * @param files definition files ({@code .yaml}, {@code .yml} or {@code .json}) or folders holding them
     * @return a catalog of the shipped samples and these files; a host file with a sample's id replaces the sample
     * @throws ProgrammeDefinitionException when a file is not a valid definition, or two host files share an id
     */
    public static ProgrammeCatalog withFiles(List<Path> files) {
        ProgrammeDefinitionReader reader = new ProgrammeDefinitionReader();
        Map<ProgrammeId, ProgrammeDefinition> found = new LinkedHashMap<>();
        for (String sample : SAMPLES) {
            ProgrammeDefinition definition = readSample(reader, sample);
            found.put(definition.programme().id(), definition);
        }
        Map<ProgrammeId, String> fromHost = new LinkedHashMap<>();
        for (Path file : expand(files)) {
            ProgrammeDefinition definition = readFile(reader, file);
            ProgrammeId id = definition.programme().id();
            String earlier = fromHost.put(id, file.toString());
            if (earlier != null) {
                throw new ProgrammeDefinitionException(file.toString(), List.of(new DefinitionProblem("id",
                        "\"" + id + "\" is also the id of " + earlier)));
            }
            found.put(id, definition);
        }
        return new ProgrammeCatalog(found);
    }

    /** @return every definition, ordered by title */
    public List<ProgrammeDefinition> all() {
        return definitions.values().stream()
                .sorted(Comparator.comparing(d -> d.programme().title()))
                .toList();
    }

    /**
     * @param id the definition's id
     * @return the definition with this id, if the catalog has it
     */
    public Optional<ProgrammeDefinition> find(ProgrammeId id) {
        return Optional.ofNullable(definitions.get(id));
    }

    /**
     * @param id the definition's id
     * @return the definition with this id
     * @throws ProgrammeNotFoundException when there is none
     */
    public ProgrammeDefinition get(ProgrammeId id) {
        return find(id).orElseThrow(() -> new ProgrammeNotFoundException(id));
    }

    private static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> listing = Files.list(path)) {
                listing.filter(p -> p.getFileName().toString().matches("(?i).+\\.(ya?ml|json)"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not list programme definitions in " + path, e);
            }
        }
        return files;
    }

    private static ProgrammeDefinition readSample(ProgrammeDefinitionReader reader, String name) {
        try (InputStream in = ProgrammeCatalog.class.getResourceAsStream(SAMPLE_FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The sample definition " + name + " is missing from the library");
            }
            return reader.read(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sample definition " + name, e);
        }
    }

    private static ProgrammeDefinition readFile(ProgrammeDefinitionReader reader, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(file.toString(), in);
        } catch (IOException e) {
            throw new ProgrammeDefinitionException(file.toString(),
                    List.of(new DefinitionProblem("", "cannot be read: " + e.getMessage())));
        }
    }
}
