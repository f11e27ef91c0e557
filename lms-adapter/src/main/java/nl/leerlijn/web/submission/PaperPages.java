package nl.leerlijn.web.submission;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.assessment.Agreement;
import nl.leerlijn.assessment.ReleasedResult;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.extension.Extension;
import nl.leerlijn.submission.NotComparableException;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.SubmissionNotFoundException;
import nl.leerlijn.submission.SubmitOutcome;
import nl.leerlijn.submission.SubmittedFile;
import nl.leerlijn.submission.TextComparison;
import nl.leerlijn.submission.Upload;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.web.enrolment.Participations;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Results;
import nl.leerlijn.web.routing.ConfirmView;
import nl.leerlijn.web.routing.ErrorView;
import nl.leerlijn.web.routing.Link;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * The paper: each milestone's deadline and versions with receipts, uploading a version (files and/or text, streamed and
 * checked before any transaction opens), handing one in (asked first), and downloading files and receipts.
 */
public final class PaperPages implements RouteGroup {
    private static final Set<String> NOTICES = Set.of("stored", "alreadyStored", "submitted", "alreadySubmitted", "closed",
            "extensionRequested");
    private static final int MAX_TEXT = 200_000;

    private final LeerlijnCore core;

    /** @param core the use cases */
    public PaperPages(LeerlijnCore core) {
        this.core = core;
    }

    /** Two text versions compared: pieces of text that stayed ({@code SAME}), were {@code REMOVED} or {@code ADDED}. */
    public record CompareView(int fromVersion, int toVersion, long added, long removed, boolean changed, List<PieceView> pieces,
            String back) {
    }

    /** A run of text with one kind of change. */
    public record PieceView(String change, String text) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/paper", this::page),
                Route.streamingPost("/paper/{participantId}/milestones/{milestone}", this::upload),
                Route.get("/paper/versions/{submissionId}/submit", this::confirmSubmit),
                Route.post("/paper/versions/{submissionId}/submit", this::submit),
                Route.get("/paper/versions/{submissionId}/files/{index}", this::file),
                Route.get("/paper/versions/{submissionId}/receipt.txt", this::receipt),
                Route.get("/paper/versions/{submissionId}/compare", this::compare));
    }

    private WebResult page(WebRequest request) {
        return paperPage(request, Participations.chosen(core, request), "", 200);
    }

    private WebResult paperPage(WebRequest request, Optional<Participant> participant, String problem, int status) {
        Messages messages = request.messages();
        if (participant.isEmpty()) {
            return WebResult.Page.of("error.ftlh", "paper.title", new ErrorView(200, "home.noCohorts", "")).trail(Frames.home(messages));
        }
        Participant p = participant.get();
        DateTimeFormatter until = Dates.dayAndTime(request.locale());
        Map<ActivityKey, List<PaperView.ExtensionView>> extensions = core.extensions().ofParticipant(request.actor(), p.id()).stream()
                .collect(Collectors.groupingBy(Extension::activity, Collectors.mapping(e -> new PaperView.ExtensionView(
                        until.format(e.dueAt().atZone(core.zone())), "extension.state." + e.state().name()), Collectors.toList())));
        Map<SubmissionId, ReleasedResult> results = core.assessments().releasedResults(request.actor(), p.id());
        Function<Submission, PaperView.ResultView> resultOf = s -> Optional.ofNullable(results.get(s.id()))
                .map(r -> result(r, messages, until, core.zone())).orElse(PaperView.ResultView.NONE);
        List<PaperView.MilestoneView> milestones = core.submissions().work(request.actor(), p.id(), ActivityKind.PAPER_MILESTONE)
                .stream().map(w -> PaperView.milestone(w.activity().key().value(), w.activity().title(),
                        w.deadline().orElseThrow(), w.open() && p.isActive(), w.versions(),
                        extensions.getOrDefault(w.activity().key(), List.of()), w.revisionUntil(), resultOf, core.zone(), request.locale()))
                .toList();
        return WebResult.Page.of("submission/paper.ftlh", "paper.title", new PaperView(p.id().value(), p.cohortId().value(), milestones,
                request.notice("paper.notice.", NOTICES), problem)).status(status).trail(Frames.home(messages));
    }

    /**
     * @param released a released result
     * @param messages the texts in the page's language
     * @param format how times are shown
     * @param zone the zone times are shown in
     * @return the result as the student's pages show it under its version
     */
    public static PaperView.ResultView result(ReleasedResult released, Messages messages, DateTimeFormatter format, java.time.ZoneId zone) {
        Agreement agreement = released.agreement();
        List<PaperView.CriterionResult> criteria = released.rubric().criteria().stream().map(c -> {
            Integer level = agreement.levels().get(c.key());
            String label = level == null ? "" : c.levels().get(level).label() + " (" + messages.get("marking.points",
                    c.levels().get(level).points()) + ")";
            return new PaperView.CriterionResult(c.title(), label, agreement.comments().getOrDefault(c.key(), ""));
        }).toList();
        return new PaperView.ResultView(true, Results.describe(agreement.score(), messages), agreement.score().passed(), criteria,
                agreement.feedback(), format.format(released.releasedAt().atZone(zone)), agreement.revisionRequested());
    }

    private WebResult upload(WebRequest request) {
        ParticipantId id = new ParticipantId(request.id("participantId"));
        ActivityKey activity = request.activity("milestone");
        String key = request.parameter("key").filter(k -> k.length() <= 100).orElse(UUID.randomUUID().toString());
        Optional<String> text = request.parameter("text").map(t -> t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t);
        UploadOutcome outcome = core.submissions().upload(request.actor(), id, activity, key, uploads(request), text);
        Participant participant = core.enrolment().participant(request.actor(), id);
        if (outcome instanceof UploadOutcome.Refused refused) {
            String problem = request.messages().get("paper.refused." + refused.reason().name(), refused.fileName(),
                    PaperView.size(core.submissions().policy().maxBytes(), request.locale()));
            return paperPage(request, Optional.of(participant), problem, refused.reason() == UploadOutcome.Refusal.TOO_LARGE ? 413 : 400);
        }
        String notice = outcome instanceof UploadOutcome.Stored ? "stored" : "alreadyStored";
        return new WebResult.Redirect("/paper?leergang=" + participant.cohortId().value() + "&notice=" + notice + "#milestone-"
                + activity.value());
    }

    /**
     * @param request a multipart upload
     * @return the files of its {@code files} field, each streamed once when read; none when the body holds no parts
     */
    public static List<Upload> uploads(WebRequest request) {
        try {
            List<Upload> uploads = new ArrayList<>();
            for (Part part : request.raw().getParts()) {
                if (part.getName().equals("files") && part.getSubmittedFileName() != null && part.getSize() > 0) {
                    uploads.add(new Upload(part.getSubmittedFileName(), part.getInputStream()));
                }
            }
            return uploads;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload failed", e);
        } catch (ServletException | IllegalStateException e) {
            return List.of();
        }
    }

    private WebResult confirmSubmit(WebRequest request) {
        Submission version = core.submissions().ownVersion(request.actor(), new SubmissionId(request.id("submissionId")));
        Participant participant = core.enrolment().participant(request.actor(), version.participant());
        Messages messages = request.messages();
        String title = core.submissions().work(request.actor(), participant.id(), ActivityKind.PAPER_MILESTONE).stream()
                .filter(w -> w.activity().key().equals(version.activity())).findFirst().map(w -> w.activity().title())
                .orElse(version.activity().value());
        String back = "/paper?leergang=" + participant.cohortId().value() + "#milestone-" + version.activity().value();
        ConfirmView view = ConfirmView.of(messages.get("submit.question", version.version(), title),
                List.of(messages.get("submit.frozen"), messages.get("submit.assessors")), "/paper/versions/" + version.id().value() + "/submit",
                messages.get("paper.submit", version.version()), back);
        return WebResult.Page.of("confirm.ftlh", "submit.title", view)
                .trail(Frames.then(Frames.home(messages), new Link(messages.get("paper.title"), "/paper?leergang=" + participant.cohortId().value())));
    }

    private WebResult submit(WebRequest request) {
        SubmitOutcome outcome = core.submissions().submit(request.actor(), new SubmissionId(request.id("submissionId")));
        Participant participant = core.enrolment().participant(request.actor(), outcome.submission().participant());
        String notice = outcome instanceof SubmitOutcome.Submitted ? "submitted"
                : outcome instanceof SubmitOutcome.AlreadySubmitted ? "alreadySubmitted" : "closed";
        return new WebResult.Redirect("/paper?leergang=" + participant.cohortId().value() + "&notice=" + notice + "#milestone-"
                + outcome.submission().activity().value());
    }

    private WebResult file(WebRequest request) {
        SubmissionId id = new SubmissionId(request.id("submissionId"));
        Submission submission = core.submissions().submission(request.actor(), id);
        int index = (int) Math.min(Integer.MAX_VALUE, request.id("index")) - 1;
        if (index < 0 || index >= submission.files().size()) {
            throw new SubmissionNotFoundException(id);
        }
        SubmittedFile file = submission.files().get(index);
        return new WebResult.FileStream(file.type().fileName(file.name()), file.type().mediaType(), file.size(),
                () -> core.submissions().open(request.actor(), id, index));
    }

    private WebResult compare(WebRequest request) {
        SubmissionId later = new SubmissionId(request.id("submissionId"));
        Submission to = core.submissions().submission(request.actor(), later);
        Optional<SubmissionId> earlier = request.queryId("met").map(SubmissionId::new)
                .or(() -> core.submissions().versions(request.actor(), to.participant(), to.activity()).stream()
                        .filter(v -> v.version() < to.version() && v.text().isPresent()).reduce((a, b) -> b).map(Submission::id));
        TextComparison comparison = core.submissions().compare(request.actor(),
                earlier.orElseThrow(() -> new NotComparableException(later, later)), later);
        Participant participant = core.enrolment().participant(request.actor(), to.participant());
        boolean own = core.access().in(participant.cohortId(), request.actor()).isOwn(participant.id());
        boolean praktijk = isPractice(request, participant, to.activity());
        String back = !own ? "/marking/" + later.value() : praktijk
                ? "/praktijk?leergang=" + participant.cohortId().value() + "#work-" + to.activity().value()
                : "/paper?leergang=" + participant.cohortId().value() + "#milestone-" + to.activity().value();
        List<PieceView> pieces = comparison.pieces().stream().map(piece -> new PieceView(piece.change().name(), piece.text())).toList();
        return WebResult.Page.of("submission/compare.ftlh", "compare.title", new CompareView(comparison.from().version(),
                comparison.to().version(), comparison.wordsAdded(), comparison.wordsRemoved(), comparison.changed(), pieces, back))
                .trail(Frames.home(request.messages()));
    }

    /** @return whether the activity is one of the participant's praktijkopdrachten (their versions live on /praktijk) */
    private boolean isPractice(WebRequest request, Participant participant, ActivityKey activity) {
        return core.submissions().work(request.actor(), participant.id(), ActivityKind.PRACTICE_ASSIGNMENT).stream()
                .anyMatch(w -> w.activity().key().equals(activity));
    }

    private WebResult receipt(WebRequest request) {
        Submission s = core.submissions().submission(request.actor(), new SubmissionId(request.id("submissionId")));
        Messages messages = request.messages();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", request.locale());
        String title = java.util.stream.Stream.of(ActivityKind.PAPER_MILESTONE, ActivityKind.PRACTICE_ASSIGNMENT)
                .flatMap(kind -> core.submissions().work(request.actor(), s.participant(), kind).stream())
                .filter(w -> w.activity().key().equals(s.activity())).findFirst().map(w -> w.activity().title()).orElse(s.activity().value());
        StringBuilder text = new StringBuilder(messages.get("paper.receipt.heading", s.version(), title)).append("\n\n");
        text.append(messages.get("paper.receipt.stored", format.format(s.createdAt().atZone(core.zone())))).append('\n');
        s.submittedAt().ifPresent(t -> text.append(messages.get("paper.receipt.submitted", format.format(t.atZone(core.zone())),
                s.late() ? messages.get("paper.late") : "")).append('\n'));
        for (SubmittedFile f : s.files()) {
            text.append("\n").append(f.name()).append("\n  ").append(f.size()).append(" bytes, ").append(f.type().name())
                    .append("\n  SHA-256 ").append(f.sha256()).append('\n');
        }
        s.text().ifPresent(t -> text.append('\n').append(messages.get("paper.receipt.text", t.length())).append('\n'));
        return new WebResult.Download("ontvangstbewijs-versie-" + s.version() + ".txt", "text/plain;charset=UTF-8",
                text.toString().getBytes(StandardCharsets.UTF_8), true);
    }
}
