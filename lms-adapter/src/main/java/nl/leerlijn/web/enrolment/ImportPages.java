package nl.leerlijn.web.enrolment;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Link;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * Importing participants from CSV in two steps: upload and preview (nothing saved), then confirm.
 * The preview sends the file's text back with the confirmation, so no node keeps state between
 * the steps; the confirmation checks everything again.
 */
public final class ImportPages implements RouteGroup {
    static final int MAX_BYTES = 1024 * 1024;

    private final LeerlijnCore core;

    /** @param core the use cases */
    public ImportPages(LeerlijnCore core) {
        this.core = core;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cohorts/{cohortId}/import", this::uploadForm),
                Route.post("/cohorts/{cohortId}/import", this::preview),
                Route.post("/cohorts/{cohortId}/import/confirm", this::confirm));
    }

    /** The upload form: the columns in the reader's language, and why the last file was refused. */
    public record ImportView(long cohortId, String cohortName, String columns, String error) {
    }

    private WebResult uploadForm(WebRequest request) {
        return uploadPage(request, managedCohort(request), "", 200);
    }

    private WebResult preview(WebRequest request) {
        Cohort cohort = managedCohort(request);
        Messages messages = request.messages();
        Optional<String> text = upload(request);
        if (text.isEmpty()) {
            return uploadPage(request, cohort, messages.get("import.badFile", MAX_BYTES / 1024), 400);
        }
        ImportPreviewView view = ImportPreviewView.from(cohort.id().value(), cohort.name(), read(request, cohort, text.get()),
                text.get(), messages);
        return WebResult.Page.of("enrolment/import-preview.ftlh", "import.preview.title", view)
                .status(view.fileProblem().isEmpty() ? 200 : 400).trail(trail(request, cohort));
    }

    private WebResult uploadPage(WebRequest request, Cohort cohort, String error, int status) {
        Messages messages = request.messages();
        String columns = String.join(";", java.util.Arrays.stream(ParticipantColumn.values()).map(c -> c.header(messages)).toList());
        return WebResult.Page.of("enrolment/import.ftlh", "import.title", new ImportView(cohort.id().value(), cohort.name(), columns,
                error)).status(status).trail(Frames.cohort(cohort, messages));
    }

    private java.util.List<Link> trail(WebRequest request, Cohort cohort) {
        return Frames.then(Frames.cohort(cohort, request.messages()),
                new Link(request.messages().get("import.title"), "/cohorts/" + cohort.id().value() + "/import"));
    }

    private WebResult confirm(WebRequest request) {
        Cohort cohort = managedCohort(request);
        String csv = request.raw().getParameter("csv");
        ParticipantCsv.Result result = read(request, cohort, csv == null ? "" : csv);
        List<NewParticipant> people = result.rows().stream().filter(ParticipantCsv.Row::importable)
                .map(r -> r.participant().orElseThrow()).toList();
        if (people.isEmpty()) {
            return new WebResult.Redirect("/cohorts/" + cohort.id().value());
        }
        core.enrolment().enrolAll(request.actor(), cohort.id(), people);
        return new WebResult.Redirect("/cohorts/" + cohort.id().value() + "?notice=imported");
    }

    private ParticipantCsv.Result read(WebRequest request, Cohort cohort, String text) {
        Set<UserId> inCohort = core.enrolment().participants(request.actor(), cohort.id()).stream()
                .map(Participant::userId).collect(Collectors.toSet());
        return ParticipantCsv.read(text, inCohort);
    }

    private Cohort managedCohort(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        Cohort cohort = core.cohorts().cohort(request.actor(), id);
        Permissions permissions = core.access().in(id, request.actor());
        permissions.require(permissions.mayManage(), "import participants into cohort " + id);
        return cohort;
    }

    /**
     * @return the uploaded file as text when it is at most {@link #MAX_BYTES} of text (UTF-8, or
     *     Windows-1252 as older Excel versions save it); empty for anything else
     */
    private static Optional<String> upload(WebRequest request) {
        try {
            Part part = request.raw().getPart("file");
            if (part == null || part.getSize() == 0 || part.getSize() > MAX_BYTES) {
                return Optional.empty();
            }
            byte[] bytes;
            try (InputStream in = part.getInputStream()) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES || containsNul(bytes)) {
                return Optional.empty();
            }
            return Optional.of(decode(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the uploaded file failed", e);
        } catch (ServletException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
