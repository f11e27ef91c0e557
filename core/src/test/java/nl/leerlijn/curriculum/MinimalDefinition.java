package nl.leerlijn.curriculum;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** The smallest valid definition, which tests extend with the part they are about. */
final class MinimalDefinition {
    static final String YAML = """
            id: kort
            title: Korte leergang
            durationWeeks: 4
            completion:
              minimumAttendancePercent: 80
              award: CERTIFICAAT
            modules:
              - code: M1
                title: Gespreksvoering
                activities:
                  - key: m1-lezen
                    kind: ONLINE_WORK
                    title: Lezen
            """;

    private MinimalDefinition() {
    }

    /** @return the definition read from {@code text} as file {@code kort.yaml} */
    static ProgrammeDefinition read(String text) {
        return new ProgrammeDefinitionReader().read("kort.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
