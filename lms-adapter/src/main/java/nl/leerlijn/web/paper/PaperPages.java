package nl.leerlijn.web.paper;

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
import java.util.function.Function;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.assessment.Agreement;
import nl.leerlijn.assessment.ReleasedResult;
import nl.leerlijn.submission.TextComparison;
import nl.leerlijn.web.render.Results;
import java.util.stream.Collectors;
import nl.leerlijn.cohort.Extension;
import nl.leerlijn.cohort.Participant;
import nl.leerlijn.cohort.ParticipantId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.SubmissionNotFoundException;
import nl.leerlijn.submission.SubmitOutcome;
import nl.leerlijn.submission.SubmittedFile;
import nl.leerlijn.submission.Upload;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.student.StudentPages;
import nl.leerlijn.web.routing.PageNotFoundException;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;
import nl.leerlijn.web.render.Dates;

/**
 * The paper: each milestone's deadline and versions with receipts, uploading a version (files
 * and/or text), handing one in, and downloading files and receipts.
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
                Route.post("/paper/{participantId}/milestones/{milestone}", this::upload),
                Route.post("/paper/versions/{submissionId}/submit", this::submit),
                Route.get("/paper/versions/{submissionId}/files/{index}", this::file),
                Route.get("/paper/versions/{submissionId}/receipt.txt", this::receipt),
                Route.get("/paper/versions/{submissionId}/compare", this::compare));
    }

    private WebResult page(WebRequest request) {
        return paperPage(request, StudentPages.chosen(core, request), "", 200);
    }

    private WebResult paperPage(WebRequest request, Optional<Participant> participant, String problem, int status) {
        if (participant.isEmpty()) {
            return new WebResult.Page("student/not-enrolled.ftlh", "paper.title", Map.of(), 200);
        }
        Messages messages = Messages.of(request.locale());
        Participant p = participant.get();
        DateTimeFormatter until = Dates.dayAndTime(request.locale());
        Map<ActivityKey, List<PaperView.ExtensionView>> extensions = core.extensions().ofParticipant(request.actor(), p.id()).stream()
                .collect(Collectors.groupingBy(Extension::activity, Collectors.mapping(e -> new PaperView.ExtensionView(
                        until.format(e.dueAt().atZone(core.zone())), "extension.state." + e.state().name()), Collectors.toList())));
        Map<SubmissionId, ReleasedResult> results = core.assessments().releasedResults(request.actor(), p.id());
        Function<Submission, PaperView.ResultView> resultOf = s -> Optional.ofNullable(results.get(s.id()))
                .map(r -> result(r, s, messages, until)).orElse(PaperView.ResultView.NONE);
        List<PaperView.MilestoneView> milestones = core.submissions().work(request.actor(), p.id(), ActivityKind.PAPER_MILESTONE)
                .stream().map(w -> PaperView.milestone(w.activity().key().value(), w.activity().title(),
                        w.deadline().orElseThrow(), w.open() && p.isActive(), w.versions(),
                        extensions.getOrDefault(w.activity().key(), List.of()), w.revisionUntil(), resultOf, core.zone(), request.locale()))
                .toList();
        String notice = request.parameter("notice").filter(NOTICES::contains).map(n -> messages.get("paper.notice." + n)).orElse("");
        return new WebResult.Page("paper/paper.ftlh", "paper.title", Map.of("view",
                new PaperView(p.id().value(), p.cohortId().value(), milestones, notice, problem)), status);
    }

    private PaperView.ResultView result(ReleasedResult released, Submission version, Messages messages, DateTimeFormatter format) {
        Agreement agreement = released.agreement();
        List<PaperView.CriterionResult> criteria = released.rubric().criteria().stream().map(c -> {
            Integer level = agreement.levels().get(c.key());
            String label = level == null ? "" : c.levels().get(level).label() + " (" + messages.get("marking.points", c.levels().get(level).points()) + ")";
            return new PaperView.CriterionResult(c.title(), label, agreement.comments().getOrDefault(c.key(), ""));
        }).toList();
        return new PaperView.ResultView(true, Results.describe(agreement.score(), messages), agreement.score().passed(), criteria,
                agreement.feedback(), format.format(released.releasedAt().atZone(core.zone())), agreement.revisionRequested());
    }

    private WebResult upload(WebRequest request) {
        Participant participant = core.enrolment().participant(request.actor(), new ParticipantId(request.id("participantId")));
        String activity = request.pathParameters().get("milestone");
        if (!ActivityKey.isValid(activity)) {
            throw new PageNotFoundException(request.raw().getRequestURI());
        }
        String key = request.parameter("key").filter(k -> k.length() <= 100).orElse("");
        Optional<String> text = request.parameter("text").map(t -> t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t);
        UploadOutcome outcome = core.submissions().upload(request.actor(), participant.id(), new ActivityKey(activity),
                key.isEmpty() ? java.util.UUID.randomUUID().toString() : key, uploads(request), text);
        if (outcome instanceof UploadOutcome.Refused refused) {
            Messages messages = Messages.of(request.locale());
            String problem = messages.get("paper.refused." + refused.reason().name(), refused.fileName(),
                    PaperView.size(core.submissions().policy().maxBytes(), request.locale()));
            return paperPage(request, Optional.of(participant), problem, refused.reason() == UploadOutcome.Refusal.TOO_LARGE ? 413 : 400);
        }
        String notice = outcome instanceof UploadOutcome.Stored ? "stored" : "alreadyStored";
        return new WebResult.Redirect("/paper?leergang=" + participant.cohortId().value() + "&notice=" + notice + "#milestone-" + activity);
    }

    private static List<Upload> uploads(WebRequest request) {
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

    private WebResult submit(WebRequest request) {
        SubmissionId id = new SubmissionId(request.id("submissionId"));
        SubmitOutcome outcome = core.submissions().submit(request.actor(), id);
        Participant participant = core.enrolment().participant(request.actor(), outcome.submission().participant());
        String notice = outcome instanceof SubmitOutcome.Submitted ? "submitted"
                : outcome instanceof SubmitOutcome.AlreadySubmitted ? "alreadySubmitted" : "closed";
        return new WebResult.Redirect("/paper?leergang=" + participant.cohortId().value() + "&notice=" + notice);
    }

    private WebResult file(WebRequest request) {
        SubmissionId id = new SubmissionId(request.id("submissionId"));
        Submission submission = core.submissions().submission(request.actor(), id);
        int index = (int) Math.min(Integer.MAX_VALUE, request.id("index")) - 1;
        if (index < 0 || index >= submission.files().size()) {
            throw new SubmissionNotFoundException(id);
        }
        SubmittedFile file = submission.files().get(index);
        return new WebResult.FileStream(file.name(), file.type().mediaType(), file.size(),
                () -> core.submissions().open(request.actor(), id, index));
    }

    private WebResult compare(WebRequest request) {
        SubmissionId later = new SubmissionId(request.id("submissionId"));
        Submission to = core.submissions().submission(request.actor(), later);
        Optional<SubmissionId> earlier = request.parameter("met").filter(v -> v.matches("\\d{1,18}")).map(Long::parseLong)
                .map(SubmissionId::new)
                .or(() -> core.submissions().versions(request.actor(), to.participant(), to.activity()).stream()
                        .filter(v -> v.version() < to.version() && v.text().isPresent()).reduce((a, b) -> b).map(Submission::id));
        if (earlier.isEmpty()) {
            return new WebResult.Page("error.ftlh", "compare.title", Map.of("status", 400, "messageKey", "compare.notText",
                    "reference", ""), 400);
        }
        TextComparison comparison;
        try {
            comparison = core.submissions().compare(request.actor(), earlier.get(), later);
        } catch (IllegalArgumentException notComparable) {
            return new WebResult.Page("error.ftlh", "compare.title", Map.of("status", 400, "messageKey", "compare.notText",
                    "reference", ""), 400);
        }
        Participant participant = core.enrolment().participant(request.actor(), to.participant());
        boolean own = participant.userId().equals(request.actor().userId());
        String back = own ? "/paper?leergang=" + participant.cohortId().value() + "#milestone-" + to.activity().value()
                : "/marking/" + later.value();
        List<PieceView> pieces = comparison.pieces().stream().map(piece -> new PieceView(piece.change().name(), piece.text())).toList();
        return WebResult.Page.of("paper/compare.ftlh", "compare.title", new CompareView(comparison.from().version(),
                comparison.to().version(), comparison.wordsAdded(), comparison.wordsRemoved(), comparison.changed(), pieces, back));
    }

    private WebResult receipt(WebRequest request) {
        Submission s = core.submissions().submission(request.actor(), new SubmissionId(request.id("submissionId")));
        Messages messages = Messages.of(request.locale());
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", request.locale());
        StringBuilder text = new StringBuilder(messages.get("paper.receipt.heading", s.version(), s.activity().value())).append("\n\n");
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
