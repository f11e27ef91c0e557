package nl.leerlijn.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.Access;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.cohort.Cohorts;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.ActivityNotFoundException;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.Participants;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.schedule.Schedules;
import nl.leerlijn.spi.FileStore;
import nl.leerlijn.spi.FileTooLargeException;
import nl.leerlijn.spi.StoredContent;
import nl.leerlijn.submission.UploadOutcome.Refusal;
import org.jdbi.v3.core.Jdbi;

/**
 * Handing in work: a participant uploads versions (files and/or text) of a paper milestone or praktijkopdracht and hands
 * one in for assessment. Files are streamed to the {@link FileStore} and their type detected before any transaction
 * opens; an upload repeated with the same idempotency key never makes a second version. A draft is private to its
 * author until it is handed in. Every method checks the person. Thread-safe.
 */
public final class SubmissionService {
    private final Jdbi jdbi;
    private final nl.leerlijn.events.EventBus events;
    private final Clock clock;
    private final UploadPolicy policy;
    private final Access access;
    private final Participants participants;
    private final Cohorts cohorts;
    private final Schedules schedules;
    private final Submissions lookup;
    private final JdbiSubmissionRepository submissions;
    private final FileStore files;
    private final SharedWork shared;

    /**
     * Wires the service; see {@code LeerlijnCore}.
     *
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param policy how large uploads may be and which document types are accepted
     * @param access decides who may do what
     * @param participants participants by id
     * @param cohorts cohorts by id
     * @param schedules sessions and deadlines by cohort and participant
     * @param submissions handed-in work by id
     * @param shared who shares which work (a duo's members)
     * @param events where its events are published
     */
    public SubmissionService(Jdbi jdbi, Clock clock, UploadPolicy policy, Access access, Participants participants, Cohorts cohorts,
            Schedules schedules, Submissions submissions, SharedWork shared, nl.leerlijn.events.EventBus events) {
        this.shared = shared;
        this.events = events;
        this.jdbi = jdbi;
        this.clock = clock;
        this.policy = policy;
        this.access = access;
        this.participants = participants;
        this.cohorts = cohorts;
        this.schedules = schedules;
        this.lookup = submissions;
        this.submissions = submissions.repository();
        this.files = submissions.files();
    }

    /** @return how large uploads may be and which document types are accepted */
    public UploadPolicy policy() {
        return policy;
    }

    /**
     * Stores a new draft version, unless this idempotency key stored one already. Call it outside a transaction: the
     * files are streamed and checked first, and only the version's row is written in one.
     *
     * @param actor who asks
     * @param id the participant
     * @param activity the paper milestone or praktijkopdracht
     * @param key one per upload attempt (the form carries it), so a double click or a retried POST is recognised
     * @param uploads the files, streamed once each; may be empty when there is text
     * @param text the version's text, if any
     * @return the new draft, the one this key stored before, or why the files were refused
     * @throws nl.leerlijn.access.NotPermittedException for anyone but the (active) participant themself
     * @throws ActivityNotFoundException when the activity is not a paper milestone or praktijkopdracht of their programme
     */
    public UploadOutcome upload(Actor actor, ParticipantId id, ActivityKey activity, String key, List<Upload> uploads,
            Optional<String> text) {
        return upload(actor, id, activity, key, uploads, text, VersionExtra.NONE);
    }

    /**
     * Stores a new draft version as {@link #upload(Actor, ParticipantId, ActivityKey, String, List, Optional)} does, and
     * something that belongs to it in the same transaction. For a duo's work every active member gets the version (each
     * keeps an individual result on it); they share one key, which {@code extra} receives.
     *
     * @param actor who asks
     * @param id the participant
     * @param activity the paper milestone or praktijkopdracht
     * @param key one per upload attempt
     * @param uploads the files, streamed once each; may be empty when there is text
     * @param text the version's text, if any
     * @param extra stored with the new version, not when the key stored one before
     * @return the new draft (the uploader's copy), the one this key stored before, or why the files were refused
     * @throws WorkNotSharedYetException when the work is a duo's and the participant's duo is not confirmed yet
     */
    public UploadOutcome upload(Actor actor, ParticipantId id, ActivityKey activity, String key, List<Upload> uploads,
            Optional<String> text, VersionExtra extra) {
        Participant participant = ownActiveParticipation(actor, id, "hand in work for participant " + id);
        requireSubmittable(participant, activity);
        List<Participant> sharers = jdbi.inTransaction(h -> shared.sharers(participant, cohorts.programme(participant.cohortId()),
                activity));
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
            UploadOutcome outcome = jdbi.inTransaction(h -> saveVersion(participant, sharers, activity, key, body, received, extra));
            if (!(outcome instanceof UploadOutcome.Stored)) {
                submissions.recordOrphans(stored, clock.instant());
            }
            return outcome;
        } catch (RuntimeException failed) {
            submissions.recordOrphans(stored, clock.instant());
            throw failed;
        }
    }

    private UploadOutcome saveVersion(Participant participant, List<Participant> sharers, ActivityKey activity, String key,
            Optional<String> text, List<SubmittedFile> received, VersionExtra extra) {
        sharers.stream().map(Participant::id).sorted(java.util.Comparator.comparingLong(ParticipantId::value))
                .forEach(submissions::lockParticipant);
        Optional<Submission> repeated = submissions.byIdempotencyKey(participant.id(), key);
        if (repeated.isPresent()) {
            return new UploadOutcome.AlreadyStored(repeated.get());
        }
        List<VersionSummary> versions = versionsOfActivity(participant, activity);
        if (!takesNewVersion(participant, activity, versions)) {
            return new UploadOutcome.Refused(Refusal.CLOSED, "");
        }
        boolean together = sharers.size() > 1;
        String sharedKey = java.util.UUID.randomUUID().toString();
        Optional<String> sharedBy = together ? Optional.of(sharedKey) : Optional.empty();
        Optional<ParticipantId> uploader = together ? Optional.of(participant.id()) : Optional.empty();
        Instant now = clock.instant();
        SubmissionId id = submissions.insert(participant.id(), activity, versions.size() + 1, text, key, now, received, sharedBy,
                uploader);
        for (Participant partner : sharers.subList(1, sharers.size())) {
            List<VersionSummary> theirs = versionsOfActivity(partner, activity);
            if (takesNewVersion(partner, activity, theirs)) {
                submissions.insert(partner.id(), activity, theirs.size() + 1, text, key, now, received, sharedBy, uploader);
            }
        }
        extra.store(together ? sharedKey : "version-" + id.value());
        return new UploadOutcome.Stored(submissions.find(id).orElseThrow());
    }

    private Optional<UploadOutcome.Refused> receive(Upload upload, List<String> stored, List<SubmittedFile> received) {
        try {
            StoredContent content = files.put(upload.content(), policy.maxBytes());
            stored.add(content.sha256());
            Optional<DocumentType> type;
            try (InputStream in = files.open(content.sha256())) {
                type = DocumentType.detect(in);
            } catch (UnpacksTooLargeException bomb) {
                return Optional.of(new UploadOutcome.Refused(Refusal.UNPACKS_TOO_LARGE, upload.name()));
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
     * @param actor who asks
     * @param id the version
     * @return the handed-in version, or that it was handed in before or no longer can be
     * @throws nl.leerlijn.access.NotPermittedException for anyone but the (active) participant themself
     */
    public SubmitOutcome submit(Actor actor, SubmissionId id) {
        return jdbi.inTransaction(h -> {
            Submission draft = lookup.require(id);
            Participant participant = ownActiveParticipation(actor, draft.participant(), "hand in version " + id);
            submissions.lockParticipant(participant.id());
            Submission current = submissions.find(id).orElseThrow();
            if (current.handedIn()) {
                return new SubmitOutcome.AlreadySubmitted(current);
            }
            List<VersionSummary> versions = versionsOfActivity(participant, current.activity());
            boolean revising = openRevision(participant, current.activity(), versions).isPresent();
            Optional<Instant> deadline = schedules.deadlineOf(participant, current.activity());
            if (!revising && closed(versions, deadline)) {
                return new SubmitOutcome.Closed(current);
            }
            Instant now = clock.instant();
            boolean late = !revising && deadline.filter(now::isAfter).isPresent();
            submissions.markSubmitted(id, now, late);
            for (Submission copy : current.shared().map(submissions::copies).orElse(List.of())) {
                if (!copy.handedIn()) {
                    Participant partner = participants.require(copy.participant());
                    boolean partnerRevising = openRevision(partner, copy.activity(), versionsOfActivity(partner, copy.activity())).isPresent();
                    boolean partnerLate = !partnerRevising && schedules.deadlineOf(partner, copy.activity()).filter(now::isAfter).isPresent();
                    submissions.markSubmitted(copy.id(), now, partnerLate);
                }
            }
            events.publish(new VersionHandedIn(id, now));
            return new SubmitOutcome.Submitted(submissions.find(id).orElseThrow());
        });
    }

    /**
     * @param actor who asks
     * @param id the participant
     * @param activity the activity
     * @return the versions of the participant's work for the activity that the actor may read, oldest first: all of
     *     them for the participant, the handed-in ones for the cohort's staff and the examencommissie
     */
    public List<Submission> versions(Actor actor, ParticipantId id, ActivityKey activity) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = viewer(actor, participants.require(id));
            return submissions.versions(id, activity).stream().filter(v -> permissions.mayViewWork(id, v.handedIn())).toList();
        });
    }

    /**
     * @param actor who asks
     * @param id the participant
     * @param kind the kind of activity
     * @return the participant's work of this kind (e.g. {@link ActivityKind#PAPER_MILESTONE}) in programme order, with
     *     deadlines, the versions the actor may read, and whether each takes a new version; a fixed number of queries
     */
    public List<WorkItem> work(Actor actor, ParticipantId id, ActivityKind kind) {
        return jdbi.inTransaction(h -> {
            Participant participant = participants.require(id);
            Permissions permissions = viewer(actor, participant);
            Programme programme = cohorts.programme(participant.cohortId());
            List<ScheduleItem> items = schedules.itemsFor(participant);
            List<Submission> all = submissions.allOf(id).stream().filter(v -> permissions.mayViewWork(id, v.handedIn())).toList();
            List<Revision> allRevisions = submissions.revisionsOf(id);
            Instant now = clock.instant();
            return programme.activities().stream().filter(a -> a.kind() == kind).map(a -> {
                List<Submission> versions = all.stream().filter(s -> s.activity().equals(a.key())).toList();
                List<VersionSummary> summaries = versions.stream().map(Submission::summary).toList();
                List<Revision> revisions = allRevisions.stream().filter(r -> r.activity().equals(a.key())).toList();
                Optional<Instant> deadline = items.stream().filter(i -> i.activity().equals(a.key())).map(ScheduleItem::at).findFirst();
                Optional<Revision> open = Revision.openOf(revisions, summaries, now);
                return new WorkItem(a, deadline, versions, open.isPresent() || !closed(summaries, deadline),
                        open.map(Revision::openUntil), revisions);
            }).toList();
        });
    }

    /**
     * @param actor who asks
     * @param id the version
     * @return the version, for its author; once handed in also for the cohort's staff and the examencommissie
     * @throws SubmissionNotFoundException when there is none
     */
    public Submission submission(Actor actor, SubmissionId id) {
        return jdbi.inTransaction(h -> {
            Submission submission = lookup.require(id);
            Permissions permissions = access.in(participants.require(submission.participant()).cohortId(), actor);
            permissions.require(permissions.mayViewWork(submission.participant(), submission.handedIn()), "read version " + id);
            return submission;
        });
    }

    /**
     * @param actor who asks
     * @param id the version
     * @return the version, for its author while they may still act (to hand it in)
     * @throws nl.leerlijn.access.NotPermittedException for anyone else, or a withdrawn participant
     */
    public Submission ownVersion(Actor actor, SubmissionId id) {
        return jdbi.inTransaction(h -> {
            Submission submission = lookup.require(id);
            ownActiveParticipation(actor, submission.participant(), "hand in version " + id);
            return submission;
        });
    }

    /**
     * Compares the texts of two versions of the same work, word by word.
     *
     * @param actor who asks
     * @param from the older version
     * @param to the newer version
     * @return the changes from {@code from} to {@code to}; for whoever may read both
     * @throws NotComparableException when the versions are not of the same participant and activity, or one has no text
     */
    public TextComparison compare(Actor actor, SubmissionId from, SubmissionId to) {
        return jdbi.inTransaction(h -> {
            Submission earlier = submission(actor, from);
            Submission later = submission(actor, to);
            if (!earlier.participant().equals(later.participant()) || !earlier.activity().equals(later.activity())
                    || earlier.text().isEmpty() || later.text().isEmpty()) {
                throw new NotComparableException(from, to);
            }
            return TextComparison.of(earlier, later);
        });
    }

    /**
     * Opens one file of a version, for whoever may read the version.
     *
     * @param actor who asks
     * @param id the version
     * @param index 0-based, in upload order
     * @return the stream, to be closed by the caller
     * @throws SubmissionNotFoundException when the version has no file with this index
     * @throws IOException when the file store cannot open the file
     */
    public InputStream open(Actor actor, SubmissionId id, int index) throws IOException {
        Submission submission = submission(actor, id);
        if (index < 0 || index >= submission.files().size()) {
            throw new SubmissionNotFoundException(id);
        }
        return files.open(submission.files().get(index).sha256());
    }

    /**
     * @param actor who asks
     * @param id the participant
     * @param activity the activity
     * @return every revision opened for the participant's work on the activity, oldest first; for whoever may see the participant
     */
    public List<Revision> revisions(Actor actor, ParticipantId id, ActivityKey activity) {
        return jdbi.inTransaction(h -> {
            viewer(actor, participants.require(id));
            return submissions.revisionsOf(id).stream().filter(r -> r.activity().equals(activity)).toList();
        });
    }

    /** A milestone takes a new version while a revision is open, or until a version is handed in and the deadline has passed. */
    private boolean takesNewVersion(Participant participant, ActivityKey activity, List<VersionSummary> versions) {
        return openRevision(participant, activity, versions).isPresent()
                || !closed(versions, schedules.deadlineOf(participant, activity));
    }

    private Optional<Revision> openRevision(Participant participant, ActivityKey activity, List<VersionSummary> versions) {
        return Revision.openOf(submissions.revisionsOf(participant.id()).stream().filter(r -> r.activity().equals(activity)).toList(),
                versions, clock.instant());
    }

    private boolean closed(List<VersionSummary> versions, Optional<Instant> deadline) {
        boolean handedIn = versions.stream().anyMatch(VersionSummary::handedIn);
        return handedIn && deadline.filter(clock.instant()::isAfter).isPresent();
    }

    private List<VersionSummary> versionsOfActivity(Participant participant, ActivityKey activity) {
        return submissions.summariesOf(participant.id()).stream().filter(v -> v.activity().equals(activity)).toList();
    }

    private Permissions viewer(Actor actor, Participant participant) {
        Permissions permissions = access.in(participant.cohortId(), actor);
        permissions.require(permissions.mayViewParticipant(participant.id()), "see the work of participant " + participant.id());
        return permissions;
    }

    private Participant ownActiveParticipation(Actor actor, ParticipantId id, String what) {
        Participant participant = participants.require(id);
        Permissions permissions = access.in(participant.cohortId(), actor);
        permissions.require(permissions.mayActFor(id), what);
        return participant;
    }

    private void requireSubmittable(Participant participant, ActivityKey activity) {
        Programme programme = cohorts.programme(participant.cohortId());
        programme.activity(activity)
                .filter(a -> a.kind() == ActivityKind.PAPER_MILESTONE || a.kind() == ActivityKind.PRACTICE_ASSIGNMENT)
                .orElseThrow(() -> new ActivityNotFoundException(programme.id(), activity));
    }
}
