package nl.leerlijn.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The BOM has no parent (a host must not inherit the build's test libraries), so it names the build's versions itself. */
class BomTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    @Test
    void everyLibraryVersionTheBomNamesIsTheOneTheBuildUses() throws Exception {
        Map<String, String> bom = properties(ROOT.resolve("bom/pom.xml"));
        Map<String, String> build = properties(ROOT.resolve("pom.xml"));

        assertThat(bom).isNotEmpty();
        bom.forEach((name, version) -> assertThat(build.get(name)).as("%s in the root pom", name).isEqualTo(version));
    }

    @Test
    void theBomAlignsLeerlijnAndWhatItNeedsButNoTestLibrary() throws Exception {
        String bom = java.nio.file.Files.readString(ROOT.resolve("bom/pom.xml"));

        assertThat(bom).contains("<artifactId>leerlijn-lms-adapter</artifactId>", "<artifactId>jackson-bom</artifactId>",
                "<artifactId>flyway-core</artifactId>").doesNotContain("<groupId>org.junit", "<groupId>org.eclipse.jetty", "<artifactId>playwright", "<parent>");
    }

    private static Map<String, String> properties(Path pom) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        Map<String, String> properties = new HashMap<>();
        NodeList blocks = document.getDocumentElement().getChildNodes();
        for (int i = 0; i < blocks.getLength(); i++) {
            if (blocks.item(i) instanceof Element block && block.getTagName().equals("properties")) {
                NodeList entries = block.getChildNodes();
                for (int j = 0; j < entries.getLength(); j++) {
                    Node entry = entries.item(j);
                    if (entry instanceof Element e && e.getTagName().endsWith(".version")) {
                        properties.put(e.getTagName(), e.getTextContent().trim());
                    }
                }
            }
        }
        return properties;
    }
}
