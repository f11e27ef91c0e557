package nl.leerlijn.intervisie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks at a case text before anything stores it. What identifies a client outright (a BSN that passes the 11-proef, a
 * phone number, an e-mail address, a postcode, an IBAN that passes its check, a date of birth) is refused; what looks like
 * a name is flagged for the author to confirm or change. The guard keeps no text and logs none. Thread-safe.
 */
public final class AnonymityGuard {
    private static final String DIGIT_SEPARATOR = "[ .\\-]?";
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:(?:\\+|00)\\s?31[\\s\\-]{0,3}(?:\\(0\\)[\\s\\-]{0,3})?|\\(?0)\\d(?:[\\s./\\-()]{0,3}\\d){8}(?!\\d)");
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<![\\d.,\\-])\\d(?:" + DIGIT_SEPARATOR + "\\d){8}(?![\\d])");
    private static final Pattern IBAN = Pattern.compile("(?i)(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])");
    private static final Pattern POSTCODE = Pattern.compile("(?<![\\dA-Za-z])[1-9]\\d{3}(?: ?[A-Z]{2}|[a-z]{2})(?![A-Za-z])");
    private static final String MONTH = "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
            + "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?";
    private static final Pattern BIRTH_DATE = Pattern.compile("(?i)(?:geboren|geb\\.|geboortedatum|geb\\.\\s?datum|gebdat|verjaardag)"
            + "[^.\\n\\d]{0,25}?(\\d{1,2}[\\-/.]\\d{1,2}[\\-/.](?:19|20)\\d{2}|\\d{1,2}\\s+" + MONTH + "\\s+(?:19|20)\\d{2})");
    private static final String PARTICLE = "(?:(?:van der|van den|van de|van 't|van|de|den|der|ter|ten|te|op de|in 't)\\s)?";
    private static final String SURNAME = "[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ]+)?";
    private static final Pattern INITIALS_NAME = Pattern.compile("(?<![A-Za-z])(?:[A-Z]\\.\\s?){1,3}" + PARTICLE + SURNAME);
    private static final Pattern TITLE_NAME = Pattern.compile(
            "(?<![A-Za-z])(?i:mevrouw|meneer|mijnheer|mevr\\.|mw\\.|dhr\\.|de heer|mr\\.|mevr|mw|dhr)\\s+" + PARTICLE + SURNAME);
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\d'’\\-])[A-Z][a-zà-ÿ]+(?:-[A-Z]?[a-zà-ÿ]+)?(?![\\p{L}\\d])");
    /** Capitalised inside a sentence in ordinary case texts without being anyone's name. */
    private static final Set<String> NOT_NAMES = Set.of("Wmo", "Jeugdwet", "Participatiewet", "Nederland", "Nederlands", "Nederlandse",
            "Sociaal", "Domein", "Wijkteam", "Gemeente", "Voedselbank", "Schuldhulpverlening", "Ik", "God", "Islam", "Koran", "Bijbel",
            "Turks", "Turkse", "Marokkaans", "Marokkaanse", "Pools", "Poolse", "Arabisch", "Engels", "Syrisch", "Syrische",
            "Eritrees", "Eritrese", "Oekraïens", "Oekraïense", "Antilliaans", "Surinaams", "Surinaamse", "Kerst", "Ramadan",
            "Suikerfeest", "Pasen", "Sinterklaas", "Teams", "WhatsApp", "Zoom", "DigiD", "Kamer", "Belastingdienst", "Toeslagen",
            "Centrum", "Jeugd", "Gezin", "Veilig", "Thuis", "Leger", "Heils", "Vluchtelingenwerk", "Humanitas", "Stichting");
    /** Common first names, flagged also at the start of a sentence. */
    private static final Set<String> FIRST_NAMES = Set.of("Mohammed", "Mohamed", "Ahmed", "Fatima", "Sanne", "Lotte", "Emma", "Julia",
            "Sophie", "Anna", "Eva", "Noor", "Lisa", "Fleur", "Sara", "Yasmina", "Aisha", "Ayse", "Ayşe", "Mustafa", "Ali", "Omar",
            "Youssef", "Jan", "Piet", "Kees", "Henk", "Peter", "Bram", "Daan", "Thomas", "Luuk", "Sem", "Lucas", "Milan", "Jesse",
            "Marieke", "Ingrid", "Wilma", "Anja", "Petra", "Monique", "Sandra", "Linda", "Kevin", "Dennis", "Marco", "Priya",
            "Esra", "Merel", "Joris", "Martijn", "Wouter", "Bilal", "Karim", "Nadia", "Samira", "Rachid", "Hamza", "Olga", "Anton");

    /** Creates a guard; it holds no state, so one serves every request. */
    public AnonymityGuard() {
        // Nothing to set up: the patterns are shared constants.
    }

    /**
     * Looks for identifiers and likely names.
     *
     * @param text a case text as the author wrote it
     * @return every finding, in the order of the text; refused ones win where a name flag overlaps them
     */
    public List<Finding> check(String text) {
        List<Finding> refused = new ArrayList<>();
        find(EMAIL, text, Identifier.EMAIL, refused);
        ibans(text, refused);
        find(PHONE, text, Identifier.PHONE, refused);
        Matcher nine = NINE_DIGITS.matcher(text);
        while (nine.find()) {
            if (passesElevenTest(nine.group().replaceAll("\\D", ""))) {
                add(refused, new Finding(Identifier.BSN, nine.start(), nine.end()));
            }
        }
        find(POSTCODE, text, Identifier.POSTCODE, refused);
        Matcher birth = BIRTH_DATE.matcher(text);
        while (birth.find()) {
            add(refused, new Finding(Identifier.BIRTH_DATE, birth.start(1), birth.end(1)));
        }
        List<Finding> all = new ArrayList<>(refused);
        List<Finding> names = new ArrayList<>();
        find(INITIALS_NAME, text, Identifier.LIKELY_NAME, names);
        find(TITLE_NAME, text, Identifier.LIKELY_NAME, names);
        Matcher word = CAPITALISED.matcher(text);
        while (word.find()) {
            String found = word.group();
            boolean known = FIRST_NAMES.contains(found);
            boolean inSentence = !startsSentence(text, word.start());
            if (known || (!NOT_NAMES.contains(found) && (inSentence || followedByCapitalised(text, word.end())))) {
                add(names, new Finding(Identifier.LIKELY_NAME, word.start(), word.end()));
            }
        }
        names.stream().filter(n -> refused.stream().noneMatch(r -> overlaps(r, n))).forEach(all::add);
        all.sort(Comparator.comparingInt(Finding::start));
        return List.copyOf(all);
    }

    /** @return whether the nine digits pass the 11-proef of a burgerservicenummer (and are not all zero) */
    static boolean passesElevenTest(String nineDigits) {
        if (nineDigits.length() != 9 || nineDigits.chars().allMatch(c -> c == '0')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /** @return whether the IBAN (letters and digits only, upper case) passes its mod-97 check */
    static boolean passesIbanCheck(String iban) {
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (char c : rearranged.toCharArray()) {
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value > 9 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
        }
        return remainder == 1;
    }

    private static void ibans(String text, List<Finding> into) {
        Matcher candidate = IBAN.matcher(text);
        while (candidate.find()) {
            String span = candidate.group();
            // The pattern may take a following word or number group; the longest prefix that checks out is the IBAN.
            for (int end = span.length(); end >= 15; end--) {
                String compact = span.substring(0, end).replace(" ", "").toUpperCase(Locale.ROOT);
                if (!Character.isLetterOrDigit(span.charAt(end - 1))) {
                    continue;
                }
                if (passesIbanCheck(compact)) {
                    add(into, new Finding(Identifier.IBAN, candidate.start(), candidate.start() + end));
                    break;
                }
            }
        }
    }

    /** @return whether a capitalised word that is no known non-name follows (a first name and a surname at a sentence's start) */
    private static boolean followedByCapitalised(String text, int end) {
        Matcher next = CAPITALISED.matcher(text);
        int at = end;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at > end && next.find(at) && next.start() == at && !NOT_NAMES.contains(next.group());
    }

    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\'' || text.charAt(i) == '(' 
                || text.charAt(i) == '“' || text.charAt(i) == '‘' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || ".!?:\n\r-•*".indexOf(text.charAt(i)) >= 0;
    }

    private static void find(Pattern pattern, String text, Identifier kind, List<Finding> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            add(into, new Finding(kind, m.start(), m.end()));
        }
    }

    private static void add(List<Finding> into, Finding finding) {
        if (into.stream().noneMatch(f -> overlaps(f, finding))) {
            into.add(finding);
        }
    }

    private static boolean overlaps(Finding a, Finding b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
