package nl.leerlijn.submission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.UserId;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.curriculum.ActivityKey;

/**
 * A herkansing: after an assessed version was released with the request to revise it, the participant
 * may hand in a new version until {@code openUntil}, even when the deadline has passed.
 *
 * @param assessed the version whose assessment asked for the revision
 * @param participant whose work
 * @param activity the paper milestone or praktijkopdracht
 * @param openedAt when the revision was opened (the release)
 * @param openUntil until when a new version may be handed in
 * @param openedBy the kerndocent who released the result
 */
public record Revision(SubmissionId assessed, ParticipantId participant, ActivityKey activity, Instant openedAt, Instant openUntil,
        UserId openedBy) {

    /**
     * @param now the moment to judge at
     * @param versions the participant's versions of the activity
     * @return whether a new version may be handed in at {@code now}, given the participant's versions of the activity
     */
    public boolean openAt(Instant now, List<VersionSummary> versions) {
        int assessedVersion = versions.stream().filter(v -> v.id().equals(assessed)).mapToInt(VersionSummary::version).findFirst()
                .orElse(Integer.MAX_VALUE);
        boolean revised = versions.stream().anyMatch(v -> v.handedIn() && v.version() > assessedVersion);
        return !revised && now.isBefore(openUntil);
    }

    /**
     * @param revisions the revisions of one activity
     * @param versions the participant's versions of that activity
     * @param now the moment to judge at
     * @return the revision that is open at {@code now} among {@code revisions} of one activity, if any (the latest)
     */
    public static Optional<Revision> openOf(List<Revision> revisions, List<VersionSummary> versions, Instant now) {
        return revisions.stream().filter(r -> r.openAt(now, versions)).reduce((a, b) -> b);
    }
}
