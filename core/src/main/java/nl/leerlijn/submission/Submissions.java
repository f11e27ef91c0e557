package nl.leerlijn.submission;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import nl.leerlijn.Internal;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.spi.FileStore;
import org.jdbi.v3.core.Jdbi;

/** Versions of participants' work by id, for other features. Takes no person, checks nothing. Thread-safe. */
@Internal
public final class Submissions {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Submissions.class);
    private final Jdbi jdbi;
    private final Clock clock;
    private final FileStore files;
    private final JdbiSubmissionRepository submissions;

    /**
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param files where the versions' files are kept
     */
    public Submissions(Jdbi jdbi, Clock clock, FileStore files) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.files = files;
        this.submissions = new JdbiSubmissionRepository(jdbi);
    }

    /**
     * @param id the version
     * @return the version with its text and files
     * @throws SubmissionNotFoundException when there is none
     */
    public Submission require(SubmissionId id) {
        return submissions.find(id).orElseThrow(() -> new SubmissionNotFoundException(id));
    }

    /**
     * @param shared the key the copies of one upload share (see {@link Submission#sharedKey()})
     * @return the copies, one per member (the one version for work done alone); one query
     */
    public List<Submission> copies(String shared) {
        if (shared.startsWith("version-")) {
            return submissions.find(new SubmissionId(Long.parseLong(shared.substring("version-".length())))).stream().toList();
        }
        return submissions.copies(shared);
    }

    /**
     * Takes the row locks of a duo's copies of one version, in id order, until the transaction ends.
     *
     * @param shared the key the copies share
     */
    public void lockCopies(String shared) {
        submissions.lockCopies(shared);
    }

    /**
     * @param participant the participant
     * @return the participant's versions with text and files, per activity in version order; one query
     */
    public List<Submission> versionsOf(ParticipantId participant) {
        return submissions.allOf(participant);
    }

    /**
     * @param cohort the cohort
     * @return every version in the cohort with text and files, per participant; one query
     */
    public List<Submission> versionsInCohort(CohortId cohort) {
        return submissions.allInCohort(cohort);
    }

    /**
     * @param cohort the cohort
     * @return every version in the cohort without text and files; one query
     */
    public List<VersionSummary> summariesInCohort(CohortId cohort) {
        return submissions.summariesInCohort(cohort);
    }

    /**
     * @param participant the participant
     * @return the participant's versions without text and files; one query
     */
    public List<VersionSummary> summariesOf(ParticipantId participant) {
        return submissions.summariesOf(participant);
    }

    /**
     * @param cohort the cohort
     * @return every revision (herkansing) opened in the cohort, oldest first; one query
     */
    public List<Revision> revisionsInCohort(CohortId cohort) {
        return submissions.revisionsInCohort(cohort);
    }

    /**
     * @param participant the participant
     * @return the participant's revisions, oldest first; one query
     */
    public List<Revision> revisionsOf(ParticipantId participant) {
        return submissions.revisionsOf(participant);
    }

    /**
     * Opens a revision (herkansing) of each handed-in version: its participant may hand in a new version until
     * {@code until}, also after the deadline. Opening it again for the same version changes nothing. One statement,
     * however many versions.
     *
     * @param assessed the handed-in versions whose result asks for a revision
     * @param until the end of the herkansing period
     * @param by who released the results
     */
    public void openRevisions(List<SubmissionId> assessed, Instant until, UserId by) {
        submissions.openRevisions(assessed, clock.instant(), until, by);
    }

    /**
     * Removes stored content that never became part of a version, once it has waited {@code grace} and nothing refers to
     * it (an upload of the same content may have taken it up meanwhile).
     *
     * @param grace how old unused content must be before it goes (an upload may still be under way)
     * @return how many files were removed from the store
     */
    public int removeOrphans(Duration grace) {
        return remove(submissions.orphansRecordedBefore(clock.instant().minus(grace)));
    }

    /**
     * Lets go of files whose versions no longer hold them (their content was deleted after its retention period): each is
     * recorded as an orphan in the caller's transaction; the orphan sweep removes it from the store after its grace
     * period, unless a version holds the same content by then.
     *
     * @param shas the files' content hashes
     */
    public void recordOrphans(Collection<String> shas) {
        submissions.recordOrphans(List.copyOf(shas), clock.instant());
    }

    private int remove(Collection<String> shas) {
        int removed = 0;
        for (String sha : shas) {
            boolean referenced = jdbi.inTransaction(h -> {
                boolean inUse = submissions.isReferenced(sha);
                if (inUse) {
                    submissions.forgetOrphan(sha);
                }
                return inUse;
            });
            if (referenced) {
                continue;
            }
            try {
                files.delete(sha);
                submissions.forgetOrphan(sha);
                removed++;
            } catch (IOException e) {
                // The orphan stays on record: the next sweep tries again; the other files go on.
                LOG.warn("Removing orphan {} from the file store failed: {}", sha, e.getMessage());
            }
        }
        return removed;
    }

    JdbiSubmissionRepository repository() {
        return submissions;
    }

    FileStore files() {
        return files;
    }
}
