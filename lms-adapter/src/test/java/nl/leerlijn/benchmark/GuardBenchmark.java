package nl.leerlijn.benchmark;

import java.util.Arrays;
import nl.leerlijn.intervisie.AnonymityGuard;

/** How long the anonymisation guard takes for one case text of about 300 words, with identifiers and names in it. */
final class GuardBenchmark {
    private static final String CASE = """
            Vraagverheldering: mevrouw Bakker (geboren 12-03-1985) woont sinds kort met haar drie kinderen op 3511 AB 12. \
            Ze heeft schulden bij de zorgverzekeraar en de woningcorporatie en durft haar post niet meer open te maken. In \
            het keukentafelgesprek vertelde ze dat ze vooral bang is dat de kinderen uit huis worden geplaatst. Het wijkteam \
            is al betrokken, maar de afspraken lopen steeds mis omdat ze de brieven niet leest. Haar BSN 111 222 333 staat \
            op elke brief, en ze belt ons vanaf 06-12345678 of mailt vanaf klant1985@gmail.com. Alle leefgebieden: werk en \
            inkomen (bijstand, geen werk sinds de scheiding), wonen (huurachterstand van drie maanden), gezondheid (slaapt \
            slecht, huisarts weet ervan), sociale contacten (haar zus Fatima helpt soms), gezin en opvoeding (de oudste \
            zoon van vijftien vertaalt bij elk gesprek), financiën en schulden (rekening NL91 ABNA 0417 1643 00 is \
            geblokkeerd), dagbesteding (geen), zingeving (ze wil dat haar kinderen het beter krijgen). Wat is geprobeerd: \
            een budgetcursus, een aanvraag bij de voedselbank, twee gesprekken met J. de Vries van de schuldhulpverlening. \
            Mijn vraag aan de groep: hoe bouw ik vertrouwen op zonder de zoon als tolk te gebruiken, en wanneer schakel ik \
            de Jeugdwet in als de ouder zelf geen hulp in huis wil? Ik merk dat ik haar steeds wil overtuigen, terwijl ze \
            vooral gehoord wil worden. Volgende week zie ik haar weer, samen met de consulent van de Wmo.""";

    private GuardBenchmark() {
    }

    /** @return a line for the report: words per case, mean and p99 time per case in milliseconds */
    static String measure() {
        AnonymityGuard guard = new AnonymityGuard();
        for (int i = 0; i < 2_000; i++) {
            guard.check(CASE);
        }
        long[] nanos = new long[5_000];
        int findings = 0;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            findings = guard.check(CASE).size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        double p99 = nanos[(int) (nanos.length * 0.99)] / 1e6;
        int words = CASE.split("\\s+").length;
        return String.format(java.util.Locale.ROOT, "anonymisation guard: a case text of %d words with %d findings, %d checks: "
                + "mean %.2f ms, p99 %.2f ms per case", words, findings, nanos.length, mean, p99);
    }
}
