package nl.leerlijn.web.submission;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.submission.SubmissionState;
import nl.leerlijn.submission.SubmittedFile;
import nl.leerlijn.web.render.Dates;

/**
 * The student's paper page: each milestone with its deadline, its versions and receipts, and the
 * form for a new version.
 *
 * @param participantId whose paper
 * @param cohortId their cohort
 * @param milestones in programme order
 * @param notice a confirmation of the last action, or empty
 * @param problem why the last upload was refused, or empty
 */
public record PaperView(long participantId, long cohortId, List<MilestoneView> milestones, String notice, String problem) {

    /**
     * A milestone; {@code uploadKey} is a fresh idempotency key for its upload form; {@code revisionUntil}
     * is set while assessors' request for a revision is open.
     */
    public record MilestoneView(String key, String title, String deadline, boolean open, List<VersionView> versions,
            String uploadKey, List<ExtensionView> extensions, String revisionUntil) {
    }

    /** An extension the student asked for or was given; {@code stateKey} is a message key. */
    public record ExtensionView(String until, String stateKey) {
    }

    /**
     * A version as its receipt shows it, with its released result; {@code compareWith} is the id of the
     * previous version with a text (0 when none), {@code compareVersion} its number; {@code uploadedBy} names the duo
     * member who uploaded it (empty for work done alone).
     */
    public record VersionView(long id, int version, String created, boolean submitted, String submittedAt, boolean late,
            String text, List<FileView> files, ResultView result, long compareWith, int compareVersion, String uploadedBy) {
    }

    /**
     * The released assessment of a version; {@code released} is false (and the rest empty) until then.
     */
    public record ResultView(boolean released, String score, boolean passed, List<CriterionResult> criteria, String feedback,
            String releasedAt, boolean revisionRequested) {
        /** No result released yet. */
        public static final ResultView NONE = new ResultView(false, "", false, List.of(), "", "", false);
    }

    /** One criterion of a released result: the agreed level and the comment on it. */
    public record CriterionResult(String title, String level, String comment) {
    }

    /** A file of a version; {@code index} addresses it for download. */
    public record FileView(int index, String name, String size, String sha256, String type) {
    }

    static MilestoneView milestone(String key, String title, Instant deadline, boolean open, List<Submission> versions,
            List<ExtensionView> extensions, java.util.Optional<Instant> revisionUntil,
            java.util.function.Function<Submission, ResultView> results, ZoneId zone, Locale locale) {
        return milestone(key, title, deadline, open, versions, extensions, revisionUntil, results, v -> "", zone, locale);
    }

    /**
     * @param key the activity's key
     * @param title its title
     * @param deadline its deadline
     * @param open whether it takes a new version now
     * @param versions its versions, oldest first
     * @param extensions extensions asked for or given
     * @param revisionUntil until when a revision is open, if one is
     * @param results the released result of a version
     * @param uploader who uploaded a version, empty for work done alone
     * @param zone the zone times are shown in
     * @param locale the page's language
     * @return the work as the paper and praktijk pages list it
     */
    public static MilestoneView milestone(String key, String title, Instant deadline, boolean open, List<Submission> versions,
            List<ExtensionView> extensions, java.util.Optional<Instant> revisionUntil,
            java.util.function.Function<Submission, ResultView> results, java.util.function.Function<Submission, String> uploader,
            ZoneId zone, Locale locale) {
        DateTimeFormatter format = Dates.dayAndTime(locale);
        List<VersionView> rows = new java.util.ArrayList<>();
        Submission previousText = null;
        for (Submission v : versions) {
            Submission compare = v.text().isPresent() ? previousText : null;
            rows.add(new VersionView(v.id().value(), v.version(), format.format(v.createdAt().atZone(zone)),
                    v.state() == SubmissionState.SUBMITTED, v.submittedAt().map(t -> format.format(t.atZone(zone))).orElse(""), v.late(),
                    v.text().orElse(""), files(v.files(), locale), results.apply(v), compare == null ? 0 : compare.id().value(),
                    compare == null ? 0 : compare.version(), uploader.apply(v)));
            if (v.text().isPresent()) {
                previousText = v;
            }
        }
        return new MilestoneView(key, title, format.format(deadline.atZone(zone)), open, rows, UUID.randomUUID().toString(),
                extensions, revisionUntil.map(t -> format.format(t.atZone(zone))).orElse(""));
    }

    /**
     * @param files the version's files, in upload order
     * @param locale the page's language (for the sizes)
     * @return the files of a version as a page lists them
     */
    public static List<FileView> files(List<SubmittedFile> files, Locale locale) {
        return java.util.stream.IntStream.range(0, files.size()).mapToObj(i -> {
            SubmittedFile f = files.get(i);
            return new FileView(i, f.name(), size(f.size(), locale), f.sha256(), f.type().name());
        }).toList();
    }

    /**
     * @param bytes a size
     * @param locale the page's language
     * @return the size as people read it, e.g. {@code 2,5 MB}
     */
    public static String size(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%.1f kB", bytes / 1024.0);
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
