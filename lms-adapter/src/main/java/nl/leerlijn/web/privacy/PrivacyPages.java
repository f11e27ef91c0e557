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
    public record OwnView(List<KindRow> kinds, int files, List<PeriodRow> periods) {
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
        PersonalData data = core.personalData().of(request.actor());
        List<KindRow> kinds = data.tables().stream().filter(t -> !t.rows().isEmpty())
                .map(t -> new KindRow(messages.get("privacy.table." + t.name()), t.rows().size())).toList();
        return WebResult.Page.of("privacy/own.ftlh", "privacy.title", new OwnView(kinds, data.files().size(), periods(messages)));
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
            zip.write(JSON.writeValueAsBytes(table.rows()));
            zip.closeEntry();
        }
        Set<String> used = new HashSet<>();
        for (PersonalData.StoredFile file : data.files()) {
            String path = filePath(file);
            if (!used.add(path)) {
                continue;
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

    /** @return where a file goes in the archive: per activity and version, its own name without any folder in it */
    static String filePath(PersonalData.StoredFile file) {
        String name = file.name().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "_");
        if (name.isBlank() || name.equals(".") || name.equals("..")) {
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
