package nl.leerlijn.intervisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guard every case text passes: identifiers in the spellings people use are refused, names are flagged, and ordinary
 * case text goes through. The recall figures are measured over generated case texts with identifiers planted in many
 * spellings (a fixed seed, so a failure can be replayed).
 */
class AnonymityGuardTest {
    private final AnonymityGuard guard = new AnonymityGuard();

    /** Ordinary case texts as professionals write them: no identifiers, no names. */
    private static final List<String> ORDINARY = List.of(
            "De klant is een alleenstaande moeder van drie kinderen. Ze heeft schulden bij de zorgverzekeraar en de "
                    + "woningcorporatie en durft haar post niet meer open te maken. In het keukentafelgesprek vertelde ze dat ze "
                    + "vooral bang is dat de kinderen uit huis worden geplaatst. Het wijkteam is al betrokken, maar de afspraken "
                    + "lopen steeds mis omdat ze de brieven niet leest.",
            "Meneer is zestig jaar, sinds twee jaar in de bijstand en wil graag weer aan het werk. Hij heeft last van zijn rug "
                    + "en kan geen zwaar werk meer doen. De Participatiewet vraagt dat hij solliciteert, maar hij zegt dat niemand "
                    + "hem nog aanneemt. Ik merk dat ik hem steeds wil overtuigen, terwijl hij vooral gehoord wil worden.",
            "Het gezin woont sinds kort in de wijk en spreekt weinig Nederlands. De oudste zoon van vijftien vertaalt bij elk "
                    + "gesprek. Op school gaat het slecht en de mentor heeft zorgen gemeld. Vanuit de Jeugdwet kunnen we "
                    + "ondersteuning bieden, maar de ouders willen geen hulp in huis. Mijn vraag aan de groep: hoe bouw ik "
                    + "vertrouwen op zonder de zoon als tolk te gebruiken?",
            "Een oudere vrouw vraagt via de Wmo een scootmobiel aan. Tijdens het huisbezoek blijkt dat ze nauwelijks nog buiten "
                    + "komt en weinig sociale contacten heeft. De huisarts heeft geen zorgen, de buren wel. Wat ik lastig vind: "
                    + "ze wil alleen de scootmobiel bespreken en verder niets. Wanneer ga je door op wat je ziet?",
            "In het team is er discussie over een jongvolwassene die zijn uitkering dreigt te verliezen omdat hij afspraken "
                    + "mist. Hij heeft een licht verstandelijke beperking, wat niet in het dossier staat. De teamleider wil een "
                    + "maatregel opleggen. Ik twijfel of dat helpt en wil weten hoe anderen met zulke dilemma's omgaan.");

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "111 222 333", "111.222.333", "1112 22 333", "11 12 22 333", "111-222-333"})
    void aBsnThatPassesTheElevenTestIsRefusedAsPeopleWriteIt(String bsn) {
        assertThat(kinds("Haar BSN is " + bsn + ", dat staat op de brief.")).containsExactly(Identifier.BSN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"06-12345678", "06 12345678", "0612345678", "06 12 34 56 78", "+31 6 12345678", "+31612345678",
            "+31 (0)6 1234 5678", "0031 6 12 34 56 78", "030-1234567", "030 123 45 67", "(030) 123 4567", "020 - 123 45 67"})
    void aPhoneNumberIsRefusedInEverySpelling(String phone) {
        assertThat(kinds("Bel haar op " + phone + " na vijven.")).containsExactly(Identifier.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NL91 ABNA 0417 1643 00", "NL91ABNA0417164300", "nl91abna0417164300", "BE68 5390 0754 7034",
            "DE89 3704 0044 0532 0130 00"})
    void anIbanThatPassesItsCheckIsRefusedWithOrWithoutSpaces(String iban) {
        assertThat(kinds("Het rekeningnummer " + iban + " staat op zijn naam.")).containsExactly(Identifier.IBAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3511 AB", "3511AB", "3511ab", "Hoofdstraat 12, 3511 AB Utrecht"})
    void aPostcodeIsRefused(String address) {
        assertThat(kinds("Ze woont op " + address + " bij haar moeder.")).contains(Identifier.POSTCODE).doesNotContain(Identifier.BSN);
    }

    @Test
    void anEmailAddressAndADateOfBirthAreRefusedButAMeetingDateIsNot() {
        assertThat(kinds("Hij mailt vanaf j.devries.1985@hotmail.com over de afspraak.")).containsExactly(Identifier.EMAIL);
        assertThat(kinds("Ze is geboren op 12-03-1985 en woont alleen.")).containsExactly(Identifier.BIRTH_DATE);
        assertThat(kinds("Geboortedatum: 3 maart 1990.")).containsExactly(Identifier.BIRTH_DATE);
        assertThat(kinds("Op 12-03-2025 hadden we het eerste gesprek.")).isEmpty();
    }

    @Test
    void noNineDigitNumberThatFailsTheElevenTestIsRefusedAsABsn() {
        Random random = new Random(11);
        int tried = 0;
        while (tried < 2_000) {
            String digits = String.format("%09d", random.nextInt(1_000_000_000));
            if (AnonymityGuard.passesElevenTest(digits) || digits.startsWith("0")) {
                continue;
            }
            tried++;
            assertThat(guard.check("Het zaaknummer " + digits + " staat in het systeem.")).as(digits).isEmpty();
        }
    }

    @Test
    void everyRefusedSpotIsMarkedWhereItStandsAndTheTextIsRefusedOnlyForThose() {
        String text = "Klant (BSN 111222333) belde vanaf 06-12345678.";

        List<Finding> findings = guard.check(text);

        assertThat(findings).extracting(f -> text.substring(f.start(), f.end())).containsExactly("111222333", "06-12345678");
        assertThat(findings).allMatch(Finding::refused);
        assertThat(guard.check(ORDINARY.get(0))).noneMatch(Finding::refused);
    }

    @Test
    void plantedIdentifiersAreFoundWithARecallOfAtLeastNinetyNinePercentPerKind() {
        Random random = new Random(2026);
        Map<Identifier, int[]> counts = new EnumMap<>(Identifier.class);
        Map<Identifier, List<Function<Random, String>>> spellings = Map.of(
                Identifier.BSN, List.of(r -> bsn(r), r -> group(bsn(r), 3, " "), r -> group(bsn(r), 3, "."), r -> spaced(bsn(r), "4 2 3")),
                Identifier.PHONE, List.of(r -> "06" + digits(r, 8), r -> "06-" + digits(r, 8), r -> "06 " + group(digits(r, 8), 2, " "),
                        r -> "+31 6 " + digits(r, 8), r -> "0031 6 " + group(digits(r, 8), 4, " "), r -> "+31 (0)6 " + digits(r, 8),
                        r -> "030-" + digits(r, 7), r -> "0" + (10 + r.nextInt(89)) + " " + group(digits(r, 7), 3, " ")),
                Identifier.EMAIL, List.of(r -> "klant" + r.nextInt(999) + "@gmail.com", r -> "j.de.vries@" + "ziggo.nl",
                        r -> "fam_" + digits(r, 3) + "@hotmail.co.uk"),
                Identifier.POSTCODE, List.of(r -> (1000 + r.nextInt(8999)) + " " + letters(r), r -> (1000 + r.nextInt(8999)) + letters(r),
                        r -> (1000 + r.nextInt(8999)) + letters(r).toLowerCase()),
                Identifier.IBAN, List.of(r -> iban(r), r -> group(iban(r), 4, " "), r -> iban(r).toLowerCase()),
                Identifier.BIRTH_DATE, List.of(r -> "geboren " + (1 + r.nextInt(28)) + "-" + (1 + r.nextInt(12)) + "-19" + (40 + r.nextInt(60)),
                        r -> "geboortedatum " + (1 + r.nextInt(28)) + " mei 19" + (40 + r.nextInt(60)),
                        r -> "geb. " + (1 + r.nextInt(28)) + "/" + (1 + r.nextInt(12)) + "/20" + (10 + r.nextInt(10))));
        for (int i = 0; i < 3_000; i++) {
            Identifier kind = List.of(Identifier.BSN, Identifier.PHONE, Identifier.EMAIL, Identifier.POSTCODE, Identifier.IBAN,
                    Identifier.BIRTH_DATE).get(i % 6);
            List<Function<Random, String>> ways = spellings.get(kind);
            String planted = ways.get(random.nextInt(ways.size())).apply(random);
            String paragraph = ORDINARY.get(random.nextInt(ORDINARY.size()));
            int cut = paragraph.indexOf(". ", random.nextInt(paragraph.length() / 2)) + 2;
            String text = paragraph.substring(0, cut) + "Voor het dossier: " + planted + ". " + paragraph.substring(cut);
            int at = text.indexOf(planted);
            boolean found = guard.check(text).stream().anyMatch(f -> f.refused() && f.start() < at + planted.length() && at < f.end());
            int[] c = counts.computeIfAbsent(kind, k -> new int[2]);
            c[0]++;
            if (found) {
                c[1]++;
            }
        }
        counts.forEach((kind, c) -> assertThat((double) c[1] / c[0]).as("recall for %s (%d of %d)", kind, c[1], c[0])
                .isGreaterThanOrEqualTo(0.99));
    }

    @Test
    void namesAreFlaggedWithARecallOfAtLeastNinetyPercentAndOrdinaryTextRarelyIs() {
        List<String> names = List.of("J. de Vries", "A.B. Jansen", "mevrouw Bakker", "meneer El Amrani", "dhr. Yilmaz", "Fatima",
                "Kees", "mw. van der Berg", "Priya", "Mohammed", "Sevda", "Gerrit Hoekstra", "Dewi", "Bas Verhoef", "Ruud",
                "Jolanda de Graaf", "Tiago", "Mirjam");
        List<String> frames = List.of("In het gesprek met %s kwam de schuld ter sprake.", "Ik heb %s gevraagd wat ze zelf wil.",
                "De zoon van %s vertaalt bij elk gesprek.", "%s komt al twee jaar niet meer buiten.",
                "Volgens de buurvrouw gaat het slecht met %s sinds de scheiding.");
        int planted = 0;
        int flagged = 0;
        for (String name : names) {
            for (String frame : frames) {
                String text = ORDINARY.get(planted % ORDINARY.size()) + " " + String.format(frame, name);
                int at = text.lastIndexOf(name);
                planted++;
                if (guard.check(text).stream().anyMatch(f -> f.identifier() == Identifier.LIKELY_NAME && f.start() < at + name.length()
                        && at < f.end())) {
                    flagged++;
                }
            }
        }
        int words = 0;
        int falseFlags = 0;
        for (String text : ORDINARY) {
            words += text.split("\\s+").length;
            falseFlags += (int) guard.check(text).stream().filter(f -> f.identifier() == Identifier.LIKELY_NAME).count();
        }

        assertThat((double) flagged / planted).as("name recall (%d of %d)", flagged, planted).isGreaterThanOrEqualTo(0.9);
        assertThat(falseFlags * 200.0 / words).as("false flags per 200 words (%d in %d words)", falseFlags, words).isLessThanOrEqualTo(1.0);
    }

    private List<Identifier> kinds(String text) {
        return guard.check(text).stream().map(Finding::identifier).toList();
    }

    private static String digits(Random random, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }

    private static String letters(Random random) {
        return "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    /** @return a nine-digit number that passes the 11-proef and does not start with 0 */
    private static String bsn(Random random) {
        while (true) {
            String first = (1 + random.nextInt(9)) + digits(random, 7);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (first.charAt(i) - '0');
            }
            int last = sum % 11;
            if (last < 10) {
                return first + last;
            }
        }
    }

    /** @return a Dutch IBAN with valid check digits */
    private static String iban(Random random) {
        String bank = List.of("ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB").get(random.nextInt(6));
        String account = digits(random, 10);
        String numeric = toDigits(bank + account + "NL00");
        int check = 98 - new BigInteger(numeric).mod(BigInteger.valueOf(97)).intValue();
        return "NL" + String.format("%02d", check) + bank + account;
    }

    private static String toDigits(String text) {
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            s.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return s.toString();
    }

    private static String group(String text, int size, String separator) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < text.length(); i += size) {
            parts.add(text.substring(i, Math.min(text.length(), i + size)));
        }
        return String.join(separator, parts);
    }

    private static String spaced(String text, String sizes) {
        StringBuilder s = new StringBuilder();
        int at = 0;
        for (String size : sizes.split(" ")) {
            int n = Integer.parseInt(size);
            s.append(s.length() == 0 ? "" : " ").append(text, at, at + n);
            at += n;
        }
        return s.toString();
    }
}
