package nl.leerlijn.curriculum;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads programme definition files (YAML or JSON, chosen by the file name's extension) and
 * validates them. Thread-safe and stateless.
 */
public final class ProgrammeDefinitionReader {
    private final ObjectMapper yaml = configure(YAMLMapper.builder().build());
    private final ObjectMapper json = configure(JsonMapper.builder().build());

    /**
     * Reads and validates one definition.
     *
     * @param source the file name; {@code .yaml}/{@code .yml} is read as YAML, anything else as JSON
     * @param content the file's bytes (a definition is small: it is read whole); read to the end but not closed
     * @return the validated definition
     * @throws ProgrammeDefinitionException naming the file, the path in it and what is wrong
     */
    public ProgrammeDefinition read(String source, InputStream content) {
        ObjectMapper mapper = isYaml(source) ? yaml : json;
        byte[] bytes = readAll(source, content);
        ProgrammeDocument document = new String(bytes, StandardCharsets.UTF_8).isBlank() ? null : parse(source, mapper, bytes);
        if (document == null) {
            throw new ProgrammeDefinitionException(source, List.of(new DefinitionProblem("", "the file is empty")));
        }
        Programme programme = ProgrammeValidator.validate(source, document);
        String canonical = canonical(document);
        return new ProgrammeDefinition(programme, source, canonical, sha256(canonical));
    }

    /**
     * Reads a definition from its canonical JSON form, as stored with a cohort.
     *
     * @param source a name for messages
     * @param canonicalJson the text
     * @return the validated definition
     */
    public ProgrammeDefinition readCanonical(String source, String canonicalJson) {
        return read(source + ".json", new ByteArrayInputStream(canonicalJson.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean isYaml(String source) {
        String name = source.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static byte[] readAll(String source, InputStream content) {
        try {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read programme definition " + source, e);
        }
    }

    private static ProgrammeDocument parse(String source, ObjectMapper mapper, byte[] content) {
        try {
            return mapper.readValue(content, ProgrammeDocument.class);
        } catch (JacksonException e) {
            throw new ProgrammeDefinitionException(source, List.of(problem(e)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read programme definition " + source, e);
        }
    }

    private static DefinitionProblem problem(JacksonException e) {
        String where = at(e.getLocation());
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            return new DefinitionProblem(path(unknown), "unknown field \"" + unknown.getPropertyName()
                    + "\"" + where + "; known fields here: " + known);
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return new DefinitionProblem(path(invalid), "\"" + invalid.getValue() + "\" is not one of "
                    + Arrays.toString(invalid.getTargetType().getEnumConstants()) + where);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new DefinitionProblem(path(mapping), "has the wrong type of value" + where
                    + " (" + mapping.getOriginalMessage().split("\n")[0] + ")");
        }
        return new DefinitionProblem("", "is not well-formed" + where + ": " + e.getOriginalMessage().split("\n")[0]);
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1
                ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private String canonical(ProgrammeDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A read definition can always be written back", e);
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    static ObjectMapper configure(ObjectMapper mapper) {
        return mapper
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    }
}
