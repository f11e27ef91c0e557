package nl.leerlijn.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.leerlijn.cohort.CohortId;

/**
 * One person's daily digest.
 *
 * @param day the day it is for
 * @param notifications what happened since the last digest that they want in it (hand-ins, extension requests, …)
 * @param presence per cohort, the sessions whose presence is still to be confirmed
 * @param behind per cohort, the participants falling behind
 */
public record Digest(LocalDate day, List<Notification> notifications, List<PresenceToConfirm> presence, List<Behind> behind) {
    /**
     * Copies the lists.
     *
     * @param day the day
     * @param notifications what happened
     * @param presence sessions to confirm
     * @param behind participants falling behind
     */
    public Digest {
        notifications = List.copyOf(notifications);
        presence = List.copyOf(presence);
        behind = List.copyOf(behind);
    }

    /** @return how many lines it has; a digest without any is not sent */
    public int size() {
        return notifications.size() + presence.size() + behind.size();
    }

    /**
     * A session held whose presence list is not complete.
     *
     * @param cohort the cohort
     * @param cohortName its name
     * @param title the session
     * @param at when it was
     * @param missing how many active participants have no presence recorded
     */
    public record PresenceToConfirm(CohortId cohort, String cohortName, String title, Instant at, int missing) {
    }

    /**
     * A participant who needs attention.
     *
     * @param cohort the cohort
     * @param cohortName its name
     * @param participant the participation, for a link to its page
     * @param name the participant
     * @param reasons why, as the progress rules name them ({@code MISSING_WORK}, {@code ATTENDANCE_BELOW_MINIMUM}, …)
     */
    public record Behind(CohortId cohort, String cohortName, nl.leerlijn.enrolment.ParticipantId participant, String name,
            List<String> reasons) {
    }
}
