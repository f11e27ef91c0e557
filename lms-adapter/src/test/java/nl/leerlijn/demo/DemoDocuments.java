package nl.leerlijn.demo;

/** The texts and the one small PDF the demo's students hand in. */
final class DemoDocuments {
    static final String PLAN = """
            Vraag: hoe kunnen klantmanagers van %s het keukentafelgesprek zo voeren dat de klant zelf de eerste \
            stap naar werk of meedoen zet?

            Aanpak: vijf interviews met collega's, observatie van drie gesprekken, literatuur over motiverende \
            gespreksvoering. Planning: interviews in week 10 tot 12, analyse in week 13 en 14.""";

    /** A one-page PDF that says what it is; ISO-8859-1 so the byte offsets of its cross-reference table hold. */
    static final String PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
            4 0 obj << /Length 68 >> stream
            BT /F1 18 Tf 72 760 Td (Plan van aanpak - demo van Leerlijn) Tj ET
            endstream endobj
            5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
            trailer << /Root 1 0 R /Size 6 >>
            %%EOF
            """;

    private DemoDocuments() {
    }
}
