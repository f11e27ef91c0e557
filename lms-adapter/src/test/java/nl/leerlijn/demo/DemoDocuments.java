package nl.leerlijn.demo;

/** The texts and the one small PDF the demo's students hand in. */
final class DemoDocuments {
    static final String PLAN = """
            Vraag: hoe kunnen klantmanagers van %s het keukentafelgesprek zo voeren dat de klant zelf de eerste \
            stap naar werk of meedoen zet?

            Aanpak: vijf interviews met collega's, observatie van drie gesprekken, literatuur over motiverende \
            gespreksvoering. Planning: interviews in week 10 tot 12, analyse in week 13 en 14.""";

    /** A duo's plan for their vaktraining, written along the thinking steps. */
    static final String PRAKTIJK_PLAN = """
            Doelgroep: bijstandsgerechtigden die langer dan een jaar zonder werk zijn en zelf zeggen dat ze willen werken, \
            maar vastlopen op sollicitaties.

            Doel: na vier bijeenkomsten heeft iedere deelnemer een eigen plan voor de eerste stap en weet bij wie hij \
            terecht kan. We meten na drie maanden hoeveel deelnemers werk of een opleiding hebben.

            Aanpak: vier bijeenkomsten van twee uur in het wijkcentrum, met oefeningen uit de activerende gespreksvoering, \
            een ervaringsdeskundige en een bezoek aan een werkgever.

            Samenwerking: de een brengt de kennis van werk en inkomen in, de ander die van de wijk en het netwerk van de \
            deelnemers. We bereiden samen voor en leiden om de beurt.

            Wat we nodig hebben: een ruimte, koffie, toestemming van beide teamleiders en tijd om deelnemers te werven.""";

    /** Noor's duo's report on their training for parents. */
    static final String PRAKTIJK_VERSLAG = """
            We gaven vijf bijeenkomsten "Samen opvoeden" aan negen ouders die het wijkteam naar ons verwees. Elke \
            bijeenkomst begon met een vraag van een ouder; de andere ouders dachten mee. Zeven ouders kwamen elke keer.

            Wat werkte: ouders namen meer aan van elkaar dan van ons. Wat minder werkte: de avonden waren lastig voor \
            ouders met jonge kinderen; een volgende keer bieden we oppas aan.""";

    /** Sanne and Thomas's report on their training for people on benefits. */
    static final String PRAKTIJK_VERSLAG_WERK = """
            We gaven vier bijeenkomsten "Voor Arbeid en Kansen" aan elf bijstandsgerechtigden. In de eerste \
            bijeenkomst schreef iedereen op wat hij goed kan; in de laatste presenteerde iedereen een eigen eerste stap.

            Na drie maanden hebben zeven van de elf deelnemers werk of een opleiding. Twee deelnemers vielen na de eerste \
            bijeenkomst af; met hen hebben we een apart gesprek gevoerd.""";

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

    /** Merel's replacement assignment for the second training day. */
    static final String REPLACEMENT_MEREL = """
            Vervangende opdracht trainingsdag 2: oplossingsgericht werken

            Ik voerde op 12 november een gesprek met een klant (man, 50, al drie jaar in de bijstand) over zijn wens om weer \
            te werken. Ik opende met een schaalvraag: "Op een schaal van 0 tot 10, hoe dichtbij voelt werk nu?" Hij zei 3. \
            Op de vraag wat maakt dat het geen 2 is, vertelde hij over zijn vrijwilligerswerk bij de voedselbank.

            Die uitzondering werd het begin: hij wil vragen of hij daar een dag per week de logistiek mag doen. Volgende keer \
            vraag ik eerder naar wat al werkt; ik merkte dat ik nog te snel zelf met oplossingen kwam.
            """;

    /** Kees's replacement assignment for the first intervisie meeting. */
    static final String REPLACEMENT_KEES = """
            Vervangende opdracht intervisie 1

            Ik besprak met een collega van het wijkteam een casus volgens de vijfstappenmethode: een gezin met schulden \
            waar de vader geen hulp wil. Mijn vraag was hoe ik contact houd zonder te duwen. De collega stelde vooral \
            vragen over wat de vader zelf belangrijk vindt; daardoor zag ik dat ik zijn trots had gemist. Ik ga hem vragen \
            wat hij zijn kinderen wil meegeven.
            """;
}
