package nl.leerlijn.web.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {
    private static final Path TEMPLATES = Path.of("..", "templates", "src", "main", "resources", "nl", "leerlijn", "templates");

    private static Set<String> keys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/nl/leerlijn/messages/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }

    @Test
    void theEnglishBundleHasExactlyTheKeysOfTheDutchOne() throws IOException {
        assertThat(keys("en")).isNotEmpty().containsExactlyInAnyOrderElementsOf(keys("nl"));
    }

    @Test
    void noKeyIsWrittenTwiceSoNoTextSilentlyReplacesAnother() throws IOException {
        for (String language : new String[] {"nl", "en"}) {
            Set<String> seen = new HashSet<>();
            Set<String> twice = new HashSet<>();
            try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/nl/leerlijn/messages/messages_" + language + ".properties")) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).trim())
                        .filter(key -> !seen.add(key)).forEach(twice::add);
            }
            assertThat(twice).as("keys written twice in messages_%s", language).isEmpty();
        }
    }

    @Test
    void everyMessageKeyATemplateNamesExists() throws IOException {
        Set<String> used = new HashSet<>();
        Pattern literal = Pattern.compile("msg\\(\"([A-Za-z0-9_.]+)\"\\s*[,)]");
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ftlh")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(keys("nl")).containsAll(used);
    }

    @Test
    void everyTextIsAValidPatternInBothLanguages() {
        for (var locale : Messages.SUPPORTED) {
            Messages messages = Messages.of(locale);
            assertThat(messages.get("layout.signedInAs", "Sanne")).contains("Sanne");
            assertThat(messages.get("function.WMO_CONSULENT")).isNotBlank();
        }
    }
}
