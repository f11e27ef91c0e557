package nl.leerlijn.praktijk;

import java.util.Map;
import nl.leerlijn.Internal;
import nl.leerlijn.cohort.Cohorts;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.Participants;
import nl.leerlijn.events.Subscription;
import nl.leerlijn.notification.NotificationKind;
import nl.leerlijn.notification.Notifications;
import nl.leerlijn.notification.Target;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.submission.Submissions;
import org.jdbi.v3.core.Jdbi;

/** Tells a duo's members (or the participant) what their werkbegeleider answered. Takes no person. Thread-safe. */
@Internal
public final class PracticeNotices {
    private final JdbiPracticeRepository store;
    private final Submissions submissions;
    private final Participants participants;
    private final Cohorts cohorts;
    private final Notifications notifications;

    /**
     * @param jdbi Leerlijn's database access
     * @param submissions versions by id
     * @param participants participants by id
     * @param cohorts cohorts by id
     * @param notifications where people are told things
     */
    public PracticeNotices(Jdbi jdbi, Submissions submissions, Participants participants, Cohorts cohorts, Notifications notifications) {
        this.store = new JdbiPracticeRepository(jdbi);
        this.submissions = submissions;
        this.participants = participants;
        this.cohorts = cohorts;
        this.notifications = notifications;
    }

    /** @return the subscriber to {@link SupervisorAnswered} */
    public Subscription<SupervisorAnswered> subscription() {
        return new Subscription<>("praktijk.supervisor-answered", SupervisorAnswered.class, this::answered);
    }

    private void answered(SupervisorAnswered event) {
        SupervisorRequest request = store.request(event.request()).orElseThrow();
        if (request.decision().isEmpty()) {
            return;
        }
        for (Submission copy : submissions.copies(request.shared())) {
            Participant member = participants.require(copy.participant());
            String title = cohorts.programme(member.cohortId()).activity(copy.activity()).map(Activity::title).orElse(copy.activity().value());
            notifications.notify(member.userId(), NotificationKind.SUPERVISOR_ANSWERED, "supervisor-" + request.id(), member.cohortId(),
                    new Target(Target.Place.PRAKTIJK, member.cohortId().value()), Map.of("title", title, "name", request.supervisor().name(),
                            "confirmed", Boolean.toString(request.decision().get() == Decision.CONFIRMED)));
        }
    }
}
