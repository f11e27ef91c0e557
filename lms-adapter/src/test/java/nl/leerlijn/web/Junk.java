package nl.leerlijn.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the walk puts where a page expects something sensible: ids of another cohort's things, of things that do not
 * exist or cannot, of a draft where a handed-in version belongs and the other way round; query values no page offers; form
 * values that are no level, no date, no choice, or far too long.
 */
final class Junk {
    static final String THIRTY_DIGITS = "123456789012345678901234567890";
    /** Far more than any field takes, and than a container reads as a form by default. */
    static final String FIVE_MEGABYTES = "a".repeat(5 * 1024 * 1024);
    /** Form values: no level, no date, no choice, a number too large, markup, too long, a NUL. */
    static final List<String> VALUES = List.of("", "99", "-1", "x", "31-02-2026", "yesterday", "NOPE", "OTHER", "2026-02-31",
            "+999999999-12-31", "0000-01-01", "25:61", THIRTY_DIGITS, WalkClient.MARKUP.get(0), "a".repeat(2001), "nul\u0000nul");

    private static final List<String> NUMBERS = List.of("999999", "0", "-1", "abc", THIRTY_DIGITS, "9223372036854775807", "1e3", "+1");

    private Junk() {
    }

    /** @return values for the path parameter {@code {name}} that name nothing the route may show */
    static List<String> pathValues(String name, Map<String, String> ids) {
        return switch (name) {
            case "cohortId" -> numbers(ids.get("foreignCohortId"));
            case "participantId" -> numbers(ids.get("foreignParticipantId"));
            case "itemId" -> numbers(ids.get("foreignItemId"), ids.get("deadlineItemId"));
            case "submissionId" -> numbers(ids.get("foreignSubmissionId"), ids.get("draftId"), ids.get("foreignDraftId"));
            case "draftId" -> numbers(ids.get("submissionId"), ids.get("foreignDraftId"), ids.get("foreignSubmissionId"));
            case "extensionId" -> numbers(ids.get("foreignExtensionId"));
            case "index" -> List.of("0", "-1", "2", "3", "99", "abc", THIRTY_DIGITS);
            case "activity" -> List.of("pa-concept", "m1-trainingsdag", "m1-reflectie", "X", "nope-nope", "-1", THIRTY_DIGITS,
                    "a".repeat(300));
            case "milestone" -> List.of("m1-e-learning", "m1-trainingsdag", "m1-reflectie", "po-vaktraining", "X", "nope", "-1",
                    THIRTY_DIGITS, "a".repeat(300));
            case "decision" -> List.of("maybe", "APPROVE", "0", "-1");
            case "meetingId", "groupId", "swapId", "notificationId" -> numbers();
            case "answer" -> List.of("maybe", "ACCEPT", "yes", "0", "-1");
            case "file" -> List.of("abc.ics", "abc", ".ics", THIRTY_DIGITS + ".ics", ids.get("file").replace(".ics", ""),
                    ids.get("file") + ".ics", ids.get("file").replace(".ics", ".ICS"));
            case "practice" -> List.of("pa-concept", "m1-trainingsdag", "po-vaktraining", "X", "nope-nope", "-1", THIRTY_DIGITS,
                    "a".repeat(300));
            case "duoWork" -> List.of("po-klantgesprekken", "po-vaktraining-plan", "pa-concept", "X", "-1", THIRTY_DIGITS, "a".repeat(300));
            case "practiceDraftId" -> numbers(ids.get("foreignSubmissionId"), ids.get("submissionId"), ids.get("foreignDraftId"));
            case "token" -> forgedLinks(ids.get("token"));
            case "sessionKey" -> List.of("pa-concept", "m1-e-learning", "X", "nope-nope", "-1", THIRTY_DIGITS, "a".repeat(300));
            case "replacementId" -> numbers(ids.get("foreignReplacementId"));
            case "code" -> List.of("LL-AAAA-AAAA-AAAA", "LL-", "abc", "-1", THIRTY_DIGITS, "a".repeat(300), ids.get("code") + "X");
            case "platformId" -> numbers();
            case "language" -> List.of("de", "NL", "x", "-1", THIRTY_DIGITS, "a".repeat(300));
            default -> throw new AssertionError("The walk has no junk for {" + name + "}: add some");
        };
    }

    /** @return query strings no page offers, one at a time and all at once */
    static List<String> queries(Map<String, String> ids) {
        List<String> one = List.of("onderdeel=X", "status=NOPE", "status=mine", "organisatie=" + encode(WalkClient.MARKUP.get(0)),
                "met=abc", "met=999999", "met=0", "met=-1", "met=" + THIRTY_DIGITS, "met=" + ids.get("foreignSubmissionId"),
                "met=" + ids.get("draftId"), "met=" + ids.get("submissionId"), "leergang=999", "leergang=" + ids.get("foreignCohortId"),
                "leergang=abc", "leergang=" + THIRTY_DIGITS, "notice=" + encode(WalkClient.MARKUP.get(1)), "notice=created",
                "taal=" + encode("xx-<script>"), "taal=", "onderdeel=&status=&met=&leergang=");
        List<String> all = new ArrayList<>(one);
        all.add(String.join("&", one));
        return all;
    }

    /** @return the form fields beyond the route's own form that its handler reads */
    static List<String> extraFields(String pattern) {
        return switch (pattern) {
            case "/marking/{submissionId}" -> List.of("level-vraagstelling", "level-nope", "comment-vraagstelling", "feedback", "action",
                    "basedOn");
            case "/marking/{submissionId}/agreement" -> List.of("agreed-level-vraagstelling", "agreed-level-nope",
                    "agreed-comment-vraagstelling", "agreed-feedback", "revision", "reason", "agreementBasedOn");
            case "/cohorts/{cohortId}/schedule/{itemId}" -> List.of("seen");
            case "/cohorts/{cohortId}/schedule/{itemId}/attendance" -> List.of("p-{foreignParticipantId}", "p-999999", "p-0",
                    "p-" + THIRTY_DIGITS);
            case "/cohorts/{cohortId}/participants", "/profile/{participantId}" -> List.of("otherFunction", "registerplein", "skj");
            case "/programme/{participantId}/activities/{activity}" -> List.of("done");
            case "/cohorts/{cohortId}/import/confirm" -> List.of("csv");
            case Walk.UPLOAD -> List.of("key", "text");
            case Walk.PRACTICE_UPLOAD -> List.of("key", "text", "targetGroup", "sessions", "reached", "measureName1", "measureValue1",
                    "clientVoices");
            default -> List.of();
        };
    }

    /** @return the werkbegeleider's link changed in each of its parts, cut short, lengthened, or made up */
    private static List<String> forgedLinks(String token) {
        String[] parts = token.split("\\.");
        return List.of(parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 1) + "." + parts[3],
                parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2] + "." + parts[3],
                java.util.UUID.randomUUID() + "." + parts[1] + "." + parts[2] + "." + parts[3],
                parts[0] + "." + parts[1] + "." + parts[2], token + "x", token.substring(0, token.length() - 1), "abc", THIRTY_DIGITS,
                "a".repeat(300));
    }

    private static List<String> numbers(String... foreign) {
        List<String> values = new ArrayList<>(List.of(foreign));
        values.addAll(NUMBERS);
        return values;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
