package nl.leerlijn.web.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.privacy.PersonalData;
import nl.leerlijn.retention.Artefact;
import nl.leerlijn.retention.Retention;
import nl.leerlijn.retention.RetentionPolicy;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.routing.Link;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * Privacy: a person sees what Leerlijn holds about them and downloads all of it as one archive (AVG inzage); the
 * kerndocent and the examencommissie see per cohort how long each kind of record is kept and what has been deleted.
 */
public final class PrivacyPages implements RouteGroup {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PrivacyPages.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final LeerlijnCore core;

    /** @param core the use cases */
    public PrivacyPages(LeerlijnCore core) {
        this.core = core;
    }

    /** What the person's data page shows. */
    public record OwnView(List<KindRow> kinds, int files, List<PeriodRow> periods, List<String> removed) {
    }

    /** One kind of record and how many there are. */
    public record KindRow(String name, int records) {
    }

    /** One kind of record and how long it is kept. */
    public record PeriodRow(String kind, String covers, String period) {
    }

    /** A cohort's retention. */
    public record CohortView(long cohortId, boolean ended, List<RetentionRow> rows) {
    }

    /** One kind of a cohort's records. */
    public record RetentionRow(String kind, String covers, String period, String dueOn, boolean purged, String purge) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/mijn-gegevens", this::own),
                Route.get("/mijn-gegevens/leerlijn-gegevens.zip", this::archive),
                Route.get("/results/{cohortId}/bewaartermijnen", this::cohort));
    }

    private WebResult own(WebRequest request) {
        Messages messages = request.messages();
        java.util.Map<String, Integer> counts = core.personalData().counts(request.actor());
        int files = counts.getOrDefault(nl.leerlijn.privacy.PersonalDataService.FILES, 0);
        List<KindRow> kinds = counts.entrySet().stream().filter(e -> !e.getKey().equals(nl.leerlijn.privacy.PersonalDataService.FILES))
                .filter(e -> e.getValue() > 0).map(e -> new KindRow(messages.get("privacy.table." + e.getKey()), e.getValue())).toList();
        PersonalData purges = new PersonalData(request.actor().userId(), core.clock().instant(), List.of(
                core.personalData().table(request.actor(), "participations"), core.personalData().table(request.actor(), "retention")), List.of());
        return WebResult.Page.of("privacy/own.ftlh", "privacy.title", new OwnView(kinds, files, periods(messages), removed(purges, messages)));
    }

    /** @return per cohort of theirs, each kind of record already deleted after its retention period, and when */
    private List<String> removed(PersonalData data, Messages messages) {
        java.util.Map<Object, Object> cohortNames = new java.util.HashMap<>();
        table(data, "participations").forEach(row -> cohortNames.put(row.get("cohort_id"), row.get("cohort_name")));
        DateTimeFormatter day = Dates.day(messages.locale());
        return table(data, "retention").stream().map(row -> messages.get("privacy.removed.item", cohortNames.getOrDefault(row.get("cohort_id"), ""),
                messages.get("retention.artefact." + row.get("artefact")),
                day.format(java.time.Instant.parse(String.valueOf(row.get("purged_at"))).atZone(core.zone())))).toList();
    }

    private static List<java.util.Map<String, Object>> table(PersonalData data, String name) {
        return data.tables().stream().filter(t -> t.name().equals(name)).findFirst().map(PersonalData.Table::rows).orElse(List.of());
    }

    /**
     * @param core the use cases
     * @param actor who reads the page
     * @param cohort the cohort
     * @param messages the texts in the page's language
     * @return for the examencommissie's and the kerndocent's pages of a cohort: what of it was deleted after its retention
     *     period, and when ("" when nothing was); two queries
     */
    public static String removedNotice(LeerlijnCore core, Actor actor, CohortId cohort, Messages messages) {
        DateTimeFormatter day = Dates.day(messages.locale());
        List<String> items = core.retention().of(actor, cohort).stream().filter(r -> r.purge().isPresent())
                .map(r -> messages.get("retention.cohortNotice.item", messages.get("retention.artefact." + r.artefact().name()).toLowerCase(
                        messages.locale()), day.format(r.purge().orElseThrow().purgedAt().atZone(core.zone())))).toList();
        return items.isEmpty() ? "" : messages.get("retention.cohortNotice", String.join(", ", items));
    }

    private List<PeriodRow> periods(Messages messages) {
        RetentionPolicy policy = core.retention().policy();
        List<PeriodRow> rows = new ArrayList<>();
        for (Artefact kind : Artefact.values()) {
            rows.add(new PeriodRow(messages.get("retention.artefact." + kind.name()), messages.get("retention.covers." + kind.name()),
                    period(policy.period(kind), messages)));
        }
        return rows;
    }

    private WebResult archive(WebRequest request) {
        Actor actor = request.actor();
        Messages messages = request.messages();
        PersonalData data = core.personalData().of(actor);
        String readMe = readMe(data, actor, messages);
        boolean dutch = "nl".equals(messages.locale().getLanguage());
        return new WebResult.Streamed("leerlijn-gegevens-" + LocalDate.ofInstant(data.madeAt(), core.zone()) + ".zip", "application/zip",
                out -> write(out, actor, data, readMe, dutch ? "LEESMIJ.txt" : "README.txt"));
    }

    private void write(OutputStream out, Actor actor, PersonalData data, String readMe, String readMeName) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(readMeName));
        zip.write(readMe.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        for (PersonalData.Table table : data.tables()) {
            zip.putNextEntry(new ZipEntry("gegevens/" + table.name() + ".json"));
            zip.write(JSON.writeValueAsBytes(table.rows().stream().map(PrivacyPages::readable).toList()));
            zip.closeEntry();
        }
        Set<String> used = new HashSet<>();
        for (PersonalData.StoredFile file : data.files()) {
            String path = filePath(file);
            for (int copy = 2; !used.add(path); copy++) {
                // Two files of one version with the same name: both go in, the second numbered.
                String first = filePath(file);
                int dot = first.lastIndexOf('.');
                path = dot > first.lastIndexOf('/') ? first.substring(0, dot) + " (" + copy + ")" + first.substring(dot)
                        : first + " (" + copy + ")";
            }
            InputStream in;
            try {
                in = core.personalData().open(actor, file);
            } catch (IOException e) {
                // Gone from the store meanwhile (its retention passed while the archive was made): the list still names it.
                LOG.warn("File {} of version {} could not be opened for the archive: {}", file.sha256(), file.submissionId(), e.getMessage());
                continue;
            }
            try (in) {
                zip.putNextEntry(new ZipEntry(path));
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    /** @return the row with values that hold JSON (levels per criterion, a notification's facts) as JSON, not as text */
    static java.util.Map<String, Object> readable(java.util.Map<String, Object> row) {
        java.util.Map<String, Object> shown = new java.util.LinkedHashMap<>();
        row.forEach((column, value) -> {
            Object tidy = value;
            if (value instanceof String text && (text.startsWith("{") || text.startsWith("["))) {
                try {
                    tidy = JSON.readTree(text);
                } catch (IOException notJson) {
                    tidy = text;
                }
            }
            shown.put(column, tidy);
        });
        return shown;
    }

    /** Where the meaning of a code in the archive is found, tried in this order. */
    private static final List<String> CODE_MEANINGS = List.of("privacy.code.", "status.", "relation.", "function.", "organisationType.",
            "attendance.", "progress.", "paper.state.", "result.rating.", "audit.kind.", "history.", "extension.state.",
            "notifications.delivery.", "notifications.kind.", "graduation.award.", "retention.artefact.");

    /** @return each code (such as {@code SUBMITTED}) that occurs in the data, with its meaning where Leerlijn has one */
    private static List<String> glossary(PersonalData data, Messages messages) {
        java.util.SortedSet<String> codes = new java.util.TreeSet<>();
        java.util.regex.Pattern codePattern = java.util.regex.Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
        data.tables().forEach(t -> t.rows().forEach(row -> row.values().forEach(v -> {
            if (v instanceof String text) {
                // Also codes inside a value, such as the signatories' roles on a certificate ("Ellen Brouwer|EXAM_COMMITTEE").
                codePattern.matcher(text).results().map(java.util.regex.MatchResult::group).filter(c -> c.length() > 1).forEach(codes::add);
            }
        })));
        List<String> lines = new ArrayList<>();
        for (String code : codes) {
            CODE_MEANINGS.stream().map(prefix -> prefix + code).filter(messages::has).map(messages::get).filter(m -> !m.contains("{"))
                    .findFirst().ifPresent(meaning -> lines.add(code + ": " + meaning));
        }
        return lines;
    }

    /**
     * @return where a file goes in the archive: per activity and version, its own name without any folder in it, and only
     *     letters, digits, spaces and {@code . _ - ( )} (no control or direction characters, nothing a file system reserves),
     *     at most 120 characters
     */
    static String filePath(PersonalData.StoredFile file) {
        String name = file.name().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N} ._()-]", "_")
                .replaceAll("^[ .]+|[ .]+$", "");
        if (name.length() > 120) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 120 - extension.length()) + extension;
        }
        if (name.isBlank()) {
            name = "bestand";
        }
        return "bestanden/" + safe(file.activity()) + "/versie-" + file.version() + "-" + file.submissionId() + "/" + name;
    }

    private static String safe(String part) {
        return part.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private String readMe(PersonalData data, Actor actor, Messages messages) {
        DateTimeFormatter day = Dates.dayAndTime(messages.locale());
        StringBuilder text = new StringBuilder();
        text.append(messages.get("privacy.archive.heading", actor.displayName(), day.format(data.madeAt().atZone(core.zone())))).append("\n\n");
        text.append(messages.get("privacy.archive.about")).append("\n\n");
        for (PersonalData.Table table : data.tables()) {
            text.append("gegevens/").append(table.name()).append(".json: ").append(messages.get("privacy.table." + table.name()))
                    .append(" (").append(messages.get("privacy.archive.records", table.rows().size())).append(")\n");
        }
        text.append("bestanden/: ").append(messages.get("privacy.archive.files", data.files().size())).append("\n\n");
        text.append(messages.get("privacy.archive.released")).append("\n\n");
        List<String> codes = glossary(data, messages);
        if (!codes.isEmpty()) {
            text.append(messages.get("privacy.archive.codes")).append("\n");
            codes.forEach(line -> text.append("- ").append(line).append("\n"));
            text.append("\n");
        }
        List<String> removed = removed(data, messages);
        if (!removed.isEmpty()) {
            text.append(messages.get("privacy.removed.title")).append("\n");
            removed.forEach(line -> text.append("- ").append(line).append("\n"));
            text.append("\n");
        }
        text.append(messages.get("privacy.retention.title")).append("\n");
        for (PeriodRow row : periods(messages)) {
            text.append("- ").append(row.kind()).append(": ").append(row.period()).append(". ").append(row.covers()).append("\n");
        }
        return text.toString().replace("\n", "\r\n");
    }

    private WebResult cohort(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        List<Retention> retention = core.retention().of(request.actor(), id);
        Cohort cohort = core.cohorts().cohortToExamine(request.actor(), id);
        Messages messages = request.messages();
        DateTimeFormatter day = Dates.day(messages.locale());
        LocalDate today = LocalDate.ofInstant(core.clock().instant(), core.zone());
        List<RetentionRow> rows = retention.stream().map(r -> new RetentionRow(messages.get("retention.artefact." + r.artefact().name()),
                messages.get("retention.covers." + r.artefact().name()), period(r.period(), messages),
                r.dueOn().map(day::format).orElse(""), r.purge().isPresent(),
                r.purge().map(p -> messages.get("retention.purged", day.format(p.purgedAt().atZone(core.zone())), p.records(), p.files()))
                        .orElse(""))).toList();
        boolean ended = retention.stream().anyMatch(r -> r.dueOn().isPresent())
                && retention.get(0).dueOn().map(d -> !d.minus(retention.get(0).period()).isAfter(today)).orElse(false);
        String path = "/results/" + id.value() + "/bewaartermijnen";
        return WebResult.Page.of("privacy/retention.ftlh", "retention.title", new CohortView(id.value(), ended, rows))
                .titled(messages.get("retention.cohortTitle", cohort.name()))
                .trail(Frames.then(core.access().mayExamineEveryCohort(request.actor())
                        ? List.of(new Link(messages.get("home.title"), "/"), new Link(messages.get("results.title"), "/results"))
                        : Frames.cohort(cohort, messages), new Link(messages.get("graduation.title"), "/results/" + id.value() + "/diplomering")))
                .in(Frames.cohortMenu(cohort, core.access().in(id, request.actor()), path, messages));
    }

    /** @return a period in words: whole years as years, otherwise months, otherwise days */
    static String period(Period period, Messages messages) {
        Period p = period.normalized();
        if (p.getMonths() == 0 && p.getDays() == 0) {
            return messages.get("retention.years", p.getYears());
        }
        if (p.getDays() == 0) {
            return messages.get("retention.months", p.toTotalMonths());
        }
        return messages.get("retention.days", LocalDate.of(2000, 1, 1).plus(period).toEpochDay() - LocalDate.of(2000, 1, 1).toEpochDay());
    }
}
