package nl.leerlijn.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerlijn.web.RouteAccessTest.Case;
import nl.leerlijn.web.RouteAccessTest.Who;

/**
 * Walks one route with {@link Junk} in its path, its query and its form, as every kind of person. Half of the people ask
 * in Dutch and half in English, the halves swapping from route to route, so every refusal is seen in both languages.
 */
final class Walk {
    static final String UPLOAD = "/paper/{participantId}/milestones/{milestone}";
    static final String PRACTICE_UPLOAD = "/praktijk/{participantId}/{practice}/versions";
    static final String IMPORT = "/cohorts/{cohortId}/import";
    static final byte[] PDF = "%PDF-1.7 concept".getBytes(StandardCharsets.UTF_8);
    static final byte[] CSV = ("gebruikersnaam;naam;e-mailadres;organisatie;soort organisatie;functie\n"
            + "student-y;Y;y@example.org;Lister;zorgorganisatie;wijkcoach\n").getBytes(StandardCharsets.UTF_8);
    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Case route;
    private final int number;
    private final Map<String, String> ids;
    private final WalkClient client;

    /**
     * @param route the route to walk
     * @param number its place in the table, which decides who asks in which language
     */
    Walk(TestHost host, Map<String, String> ids, Case route, int number) {
        this.route = route;
        this.number = number;
        this.ids = ids;
        this.client = new WalkClient(host);
    }

    WalkClient client() {
        return client;
    }

    Locale languageOf(Who who) {
        return (number + who.ordinal()) % 2 == 0 ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    }

    /** Each path parameter in turn gets each of its junk values, the others their right ones. */
    void junkInThePath() {
        for (String parameter : parameters(route.pattern())) {
            for (String value : Junk.pathValues(parameter, ids)) {
                String path = RouteAccessTest.fill(route.pattern().replace("{" + parameter + "}", value), ids);
                for (Who who : Who.values()) {
                    send(path, who, form(Map.of()));
                }
            }
        }
    }

    void junkInTheQuery() {
        if (route.method().equals("GET")) {
            String path = RouteAccessTest.fill(route.pattern(), ids);
            for (String query : Junk.queries(ids)) {
                for (Who who : Who.values()) {
                    client.get(path + "?" + query, who, languageOf(who));
                }
            }
        }
    }

    /** Each field of the route's form (and those its handler reads besides) in turn gets each junk value, then 5 MB. */
    void junkInTheForm() {
        if (!route.method().equals("POST")) {
            return;
        }
        String path = RouteAccessTest.fill(route.pattern(), ids);
        Set<String> fields = new LinkedHashSet<>(route.form().keySet());
        fields.addAll(Junk.extraFields(route.pattern()));
        Set<Who> askers = EnumSet.noneOf(Who.class);
        askers.addAll(route.allowed());
        askers.add(Who.OTHER_STUDENT);
        for (String field : fields) {
            for (String value : Junk.VALUES) {
                askers.forEach(who -> send(path, who, form(Map.of(field, value))));
            }
            send(path, firstAllowed(route), form(Map.of(field, Junk.FIVE_MEGABYTES)));
        }
    }

    /** @return someone the route lets in; for a page only a launch's session opens, a kerndocent (who is not let in) */
    static Who firstAllowed(RouteAccessTest.Case route) {
        return route.allowed().isEmpty() ? Who.KERNDOCENT : route.allowed().iterator().next();
    }

    /** The upload routes get files that are empty, nameless, badly named, of the wrong kind, or no file at all. */
    void junkFiles() {
        String path = RouteAccessTest.fill(route.pattern(), ids);
        List<Map.Entry<String, byte[]>> files = isUpload(route.pattern()) ? UploadJunk.papers() : route.pattern().equals(IMPORT)
                ? UploadJunk.participantLists() : List.of();
        String field = isUpload(route.pattern()) ? "files" : "file";
        for (Map.Entry<String, byte[]> file : files) {
            for (Who who : Who.values()) {
                client.multipart(path, who, languageOf(who), form(Map.of()), field, file.getKey(), file.getValue());
            }
        }
        if (!files.isEmpty()) {
            for (Who who : Who.values()) {
                client.post(path, who, languageOf(who), form(Map.of()));
            }
        }
    }

    private Map<String, String> form(Map<String, String> junk) {
        Map<String, String> form = new LinkedHashMap<>();
        route.form().forEach((name, value) -> form.put(RouteAccessTest.fill(name, ids), value));
        if (isUpload(route.pattern())) {
            form.put("key", "walk-" + System.nanoTime());
        }
        junk.forEach((name, value) -> form.put(RouteAccessTest.fill(name, ids), value));
        return form;
    }

    private void send(String path, Who who, Map<String, String> form) {
        Locale language = languageOf(who);
        if (route.method().equals("GET")) {
            client.get(path, who, language);
        } else if (isUpload(route.pattern())) {
            client.multipart(path, who, language, form, "files", "concept.pdf", PDF);
        } else if (route.pattern().equals(IMPORT)) {
            client.multipart(path, who, language, form, "file", "deelnemers.csv", CSV);
        } else {
            client.post(path, who, language, form);
        }
    }

    /** @return whether the route takes a version of work as a streamed multipart upload */
    static boolean isUpload(String pattern) {
        return pattern.equals(UPLOAD) || pattern.equals(PRACTICE_UPLOAD);
    }

    static List<String> parameters(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher m = PARAMETER.matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
