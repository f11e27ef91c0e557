package nl.leerlijn.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.cohort.CohortService;
import nl.leerlijn.cohort.EnrolmentService;
import nl.leerlijn.cohort.Participant;
import nl.leerlijn.cohort.ParticipantId;
import nl.leerlijn.cohort.ScheduleItem;
import nl.leerlijn.cohort.ScheduleService;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.ActivityNotFoundException;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.curriculum.ProgrammeVersions;
import nl.leerlijn.spi.FileStore;
import nl.leerlijn.spi.FileTooLargeException;
import nl.leerlijn.spi.StoredContent;
import nl.leerlijn.submission.UploadOutcome.Refusal;
import org.jdbi.v3.core.Jdbi;

/**
 * Handing in work: a participant uploads versions (files and/or text) of a paper milestone or
 * praktijkopdracht and hands one in for assessment. Files are streamed to the {@link FileStore}
 * before the version's row commits; an upload repeated with the same idempotency key never makes
 * a second version; content that never became part of a version is cleaned up later by
 * {@link #removeOrphans}. Thread-safe.
 */
public final class SubmissionService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final FileStore files;
    private final UploadPolicy policy;
    private final CohortService cohorts;
    private final EnrolmentService enrolment;
    private final ScheduleService schedule;
    private final ProgrammeVersions programmes;
    private final JdbiSubmissionRepository submissions;

    /** Wires the service; see {@code LeerlijnCore}. */
    public SubmissionService(Jdbi jdbi, Clock clock, FileStore files, UploadPolicy policy, CohortService cohorts,
            EnrolmentService enrolment, ScheduleService schedule, ProgrammeVersions programmes) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.files = files;
        this.policy = policy;
        this.cohorts = cohorts;
        this.enrolment = enrolment;
        this.schedule = schedule;
        this.programmes = programmes;
        this.submissions = new JdbiSubmissionRepository(jdbi);
    }

    /** @return how large uploads may be and which document types are accepted */
    public UploadPolicy policy() {
        return policy;
    }

    /**
     * Stores a new draft version, unless this idempotency key stored one already.
     *
     * @param key one per upload attempt (the form carries it), so a double click or a retried POST is recognised
     * @throws NotPermittedException for anyone but the (active) participant themself
     * @throws ActivityNotFoundException when the activity is not a paper milestone or praktijkopdracht of their programme
     */
    public UploadOutcome upload(Actor actor, ParticipantId id, ActivityKey activity, String key, List<Upload> uploads,
            Optional<String> text) {
        Participant participant = ownActiveParticipation(actor, id);
        requireSubmittable(participant, activity);
        Optional<String> body = text.map(String::strip).filter(t -> !t.isEmpty());
        if (uploads.isEmpty() && body.isEmpty()) {
            return new UploadOutcome.Refused(Refusal.EMPTY, "");
        }
        List<String> stored = new ArrayList<>();
        List<SubmittedFile> received = new ArrayList<>();
        for (Upload upload : uploads) {
            Optional<UploadOutcome.Refused> refused = receive(upload, stored, received);
            if (refused.isPresent()) {
                submissions.recordOrphans(stored, clock.instant());
                return refused.get();
            }
        }
        try {
            UploadOutcome outcome = jdbi.inTransaction(h -> saveVersion(participant, activity, key, body, received));
            if (!(outcome instanceof UploadOutcome.Stored)) {
                submissions.recordOrphans(stored, clock.instant());
            }
            return outcome;
        } catch (RuntimeException failed) {
            submissions.recordOrphans(stored, clock.instant());
            throw failed;
        }
    }

    private UploadOutcome saveVersion(Participant participant, ActivityKey activity, String key, Optional<String> text,
            List<SubmittedFile> received) {
        submissions.lockParticipant(participant.id());
        Optional<Submission> repeated = submissions.byIdempotencyKey(participant.id(), key);
        if (repeated.isPresent()) {
            return new UploadOutcome.AlreadyStored(repeated.get());
        }
        List<Submission> versions = submissions.versions(participant.id(), activity);
        if (closed(participant, activity, versions)) {
            return new UploadOutcome.Refused(Refusal.CLOSED, "");
        }
        SubmissionId id = submissions.insert(participant.id(), activity, versions.size() + 1, text, key, clock.instant(), received);
        return new UploadOutcome.Stored(submissions.find(id).orElseThrow());
    }

    private Optional<UploadOutcome.Refused> receive(Upload upload, List<String> stored, List<SubmittedFile> received) {
        try {
            StoredContent content = files.put(upload.content(), policy.maxBytes());
            stored.add(content.sha256());
            Optional<DocumentType> type;
            try (InputStream in = files.open(content.sha256())) {
                type = DocumentType.detect(in);
            }
            if (type.isEmpty() || !policy.accepted().contains(type.get())) {
                return Optional.of(new UploadOutcome.Refused(Refusal.TYPE_NOT_ACCEPTED, upload.name()));
            }
            received.add(new SubmittedFile(upload.name(), content.sha256(), content.size(), type.get()));
            return Optional.empty();
        } catch (FileTooLargeException e) {
            return Optional.of(new UploadOutcome.Refused(Refusal.TOO_LARGE, upload.name()));
        } catch (IOException e) {
            throw new UncheckedIOException("Storing upload " + upload.name() + " failed", e);
        }
    }

    /**
     * Hands a draft in for assessment; it is frozen from then on and marked late when after the deadline.
     *
     * @throws NotPermittedException for anyone but the (active) participant themself
     */
    public SubmitOutcome submit(Actor actor, SubmissionId id) {
        return jdbi.inTransaction(h -> {
            Submission draft = submissions.find(id).orElseThrow(() -> new SubmissionNotFoundException(id));
            Participant participant = ownActiveParticipation(actor, draft.participant());
            submissions.lockParticipant(participant.id());
            Submission current = submissions.find(id).orElseThrow();
            if (current.state() == SubmissionState.SUBMITTED) {
                return new SubmitOutcome.AlreadySubmitted(current);
            }
            List<Submission> versions = submissions.versions(participant.id(), current.activity());
            boolean revising = openRevision(participant, current.activity(), versions).isPresent();
            Optional<Instant> deadline = deadline(participant, current.activity());
            if (!revising && closed(versions, deadline)) {
                return new SubmitOutcome.Closed(current);
            }
            Instant now = clock.instant();
            boolean late = !revising && deadline.filter(now::isAfter).isPresent();
            submissions.markSubmitted(id, now, late);
            return new SubmitOutcome.Submitted(submissions.find(id).orElseThrow());
        });
    }

    /** @return every version of the participant's work for the activity, oldest first; for themself and the cohort's staff */
    public List<Submission> versions(Actor actor, ParticipantId id, ActivityKey activity) {
        return jdbi.inTransaction(h -> {
            enrolment.participant(actor, id);
            return submissions.versions(id, activity);
        });
    }

    /**
     * @return the participant's work of this kind (e.g. {@link ActivityKind#PAPER_MILESTONE}) in programme
     *     order, with deadlines, versions and whether each takes a new version; for themself and the
     *     cohort's staff; a fixed number of queries
     */
    public List<WorkItem> work(Actor actor, ParticipantId id, ActivityKind kind) {
        return jdbi.inTransaction(h -> {
            Participant participant = enrolment.participant(actor, id);
            Programme programme = programmes.load(cohorts.cohortOf(participant).programmeVersion()).programme();
            List<ScheduleItem> items = schedule.itemsFor(participant);
            List<Submission> all = submissions.allOf(id);
            List<Revision> allRevisions = submissions.revisionsOf(id);
            return programme.activities().stream().filter(a -> a.kind() == kind).map(a -> {
                List<Submission> versions = all.stream().filter(s -> s.activity().equals(a.key())).toList();
                List<Revision> revisions = allRevisions.stream().filter(r -> r.activity().equals(a.key())).toList();
                Optional<Instant> deadline = items.stream().filter(i -> i.activity().equals(a.key())).map(ScheduleItem::at).findFirst();
                Optional<Revision> open = openRevision(revisions, versions);
                return new WorkItem(a, deadline, versions, open.isPresent() || !closed(versions, deadline),
                        open.map(Revision::openUntil), revisions);
            }).toList();
        });
    }

    /**
     * @return the version, for its participant and the cohort's staff
     * @throws SubmissionNotFoundException when there is none
     */
    public Submission submission(Actor actor, SubmissionId id) {
        return jdbi.inTransaction(h -> {
            Submission submission = submissions.find(id).orElseThrow(() -> new SubmissionNotFoundException(id));
            enrolment.participant(actor, submission.participant());
            return submission;
        });
    }

    /**
     * Compares the texts of two versions of the same work, word by word.
     *
     * @return the changes from {@code from} to {@code to}; for the participant and the cohort's staff
     * @throws IllegalArgumentException when the versions are not of the same participant and activity, or one has no text
     */
    public TextComparison compare(Actor actor, SubmissionId from, SubmissionId to) {
        Submission earlier = submission(actor, from);
        Submission later = submission(actor, to);
        if (!earlier.participant().equals(later.participant()) || !earlier.activity().equals(later.activity())) {
            throw new IllegalArgumentException("Versions " + from + " and " + to + " are not of the same work");
        }
        if (earlier.text().isEmpty() || later.text().isEmpty()) {
            throw new IllegalArgumentException("Only versions with a text can be compared: " + from + ", " + to);
        }
        return TextComparison.of(earlier, later);
    }

    /**
     * Opens one file of a version, for its participant and the cohort's staff.
     *
     * @param index 0-based, in upload order
     * @return the stream, to be closed by the caller
     */
    public InputStream open(Actor actor, SubmissionId id, int index) throws IOException {
        Submission submission = submission(actor, id);
        if (index < 0 || index >= submission.files().size()) {
            throw new SubmissionNotFoundException(id);
        }
        return files.open(submission.files().get(index).sha256());
    }

    /**
     * Removes stored content that never became part of a version, once it has waited {@code grace}
     * and nothing refers to it (an upload of the same content may have taken it up meanwhile).
     *
     * @return how many files were removed from the store
     */
    public int removeOrphans(Duration grace) {
        int removed = 0;
        for (String sha : submissions.orphansRecordedBefore(clock.instant().minus(grace))) {
            boolean referenced = jdbi.inTransaction(h -> {
                boolean inUse = submissions.isReferenced(sha);
                submissions.forgetOrphan(sha);
                return inUse;
            });
            if (!referenced) {
                try {
                    files.delete(sha);
                    removed++;
                } catch (IOException e) {
                    throw new UncheckedIOException("Removing orphan " + sha + " failed", e);
                }
            }
        }
        return removed;
    }

    /**
     * Opens a revision (herkansing) of handed-in work: its participant may hand in a new version until
     * {@code until}, also after the deadline. Called when an assessed result asking for a revision is
     * released; the assessment decides whether the herkansing policy allows it.
     *
     * @return the revision; the same one when it was opened before for this version
     * @throws NotPermittedException for anyone but the cohort's kerndocenten and administrators
     */
    public Revision openRevision(Actor actor, SubmissionId assessed, Instant until) {
        return jdbi.inTransaction(h -> {
            Submission submission = submissions.find(assessed).orElseThrow(() -> new SubmissionNotFoundException(assessed));
            Participant participant = enrolment.participant(actor, submission.participant());
            if (!cohorts.mayManage(actor, participant.cohortId())) {
                throw new NotPermittedException(actor.userId(), "open a revision of submission " + assessed);
            }
            submissions.lockParticipant(participant.id());
            if (!submissions.hasRevision(assessed)) {
                submissions.insertRevision(new Revision(assessed, participant.id(), submission.activity(), clock.instant(), until,
                        actor.userId()));
            }
            return submissions.revisionsOf(participant.id()).stream().filter(r -> r.assessed().equals(assessed)).findFirst()
                    .orElseThrow();
        });
    }

    /** @return every revision opened for the participant's work on the activity, oldest first; for themself and the cohort's staff */
    public List<Revision> revisions(Actor actor, ParticipantId id, ActivityKey activity) {
        return jdbi.inTransaction(h -> {
            enrolment.participant(actor, id);
            return submissions.revisionsOf(id).stream().filter(r -> r.activity().equals(activity)).toList();
        });
    }

    /**
     * A milestone is closed once a version is handed in and its deadline has passed, unless a
     * revision is open.
     */
    private boolean closed(Participant participant, ActivityKey activity, List<Submission> versions) {
        return openRevision(participant, activity, versions).isEmpty() && closed(versions, deadline(participant, activity));
    }

    private Optional<Revision> openRevision(Participant participant, ActivityKey activity, List<Submission> versions) {
        return openRevision(submissions.revisionsOf(participant.id()).stream().filter(r -> r.activity().equals(activity)).toList(),
                versions);
    }

    private Optional<Revision> openRevision(List<Revision> revisions, List<Submission> versions) {
        Instant now = clock.instant();
        return revisions.stream().filter(r -> r.openAt(now, versions)).reduce((a, b) -> b);
    }

    private boolean closed(List<Submission> versions, Optional<Instant> deadline) {
        boolean handedIn = versions.stream().anyMatch(v -> v.state() == SubmissionState.SUBMITTED);
        return handedIn && deadline.filter(clock.instant()::isAfter).isPresent();
    }

    private Optional<Instant> deadline(Participant participant, ActivityKey activity) {
        return schedule.itemsFor(participant).stream().filter(i -> i.activity().equals(activity))
                .map(ScheduleItem::at).findFirst();
    }

    private Participant ownActiveParticipation(Actor actor, ParticipantId id) {
        Participant participant = enrolment.participant(actor, id);
        if (!participant.userId().equals(actor.userId()) || !participant.isActive()) {
            throw new NotPermittedException(actor.userId(), "hand in work for participant " + id);
        }
        return participant;
    }

    private void requireSubmittable(Participant participant, ActivityKey activity) {
        Programme programme = programmes.load(cohorts.cohortOf(participant).programmeVersion()).programme();
        programme.activity(activity)
                .filter(a -> a.kind() == ActivityKind.PAPER_MILESTONE || a.kind() == ActivityKind.PRACTICE_ASSIGNMENT)
                .orElseThrow(() -> new ActivityNotFoundException(programme.id(), activity));
    }
}
