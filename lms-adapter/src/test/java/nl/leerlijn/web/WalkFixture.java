package nl.leerlijn.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.Upload;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.testing.People;

/**
 * {@link RouteAccessTest}'s fixture (Anna's cohort with Sanne, Carla's with Ahmed) plus what belongs to the other cohort:
 * Ahmed's handed-in version, his draft and his extension request, a session of Carla's cohort, and a deadline of Anna's
 * (where a session is expected). The ids are keyed as the route patterns name them, the foreign ones with {@code foreign}.
 */
final class WalkFixture {
    private WalkFixture() {
    }

    static Map<String, String> build(TestHost host) {
        Map<String, String> ids = new HashMap<>(RouteAccessTest.setUp(host));
        LeerlijnCore core = host.leerlijn().core();
        Actor ahmed = People.student("student-ahmed");
        Participant his = core.enrolment().participationsOf(ahmed).get(0);
        ActivityKey concept = new ActivityKey("pa-concept");
        SubmissionId handedIn = text(core, ahmed, his, "ahmed-1", "Mijn concept.");
        core.submissions().submit(ahmed, handedIn);
        SubmissionId draft = text(core, ahmed, his, "ahmed-2", "Nog een concept.");
        List<ScheduleItem> carlas = core.schedule().cohortSchedule(People.kerndocent("docent-carla"), his.cohortId());
        ScheduleItem deadline = carlas.stream().filter(i -> i.activity().equals(concept)).findFirst().orElseThrow();
        ids.put("foreignCohortId", Long.toString(his.cohortId().value()));
        ids.put("foreignParticipantId", Long.toString(his.id().value()));
        ids.put("foreignSubmissionId", Long.toString(handedIn.value()));
        ids.put("foreignDraftId", Long.toString(draft.value()));
        ids.put("foreignExtensionId", Long.toString(core.extensions().request(ahmed, his.id(), concept,
                deadline.at().plusSeconds(7 * 24 * 3600), "Ziek").id().value()));
        ScheduleItem carlasSession = carlas.stream().filter(ScheduleItem::isSession).findFirst().orElseThrow();
        ids.put("foreignItemId", Long.toString(carlasSession.id().value()));
        // Ahmed missed Carla's first session: his replacement assignment is one no one in Anna's cohort may reach.
        core.attendance().record(People.kerndocent("docent-carla"), his.cohortId(), carlasSession.id(),
                Map.of(his.id(), nl.leerlijn.attendance.Presence.ABSENT));
        ids.put("foreignReplacementId", Long.toString(core.attendance().replacements(People.kerndocent("docent-carla"), his.cohortId())
                .get(0).id().value()));
        ids.put("deadlineItemId", Long.toString(core.schedule().cohortSchedule(People.kerndocent("docent-anna"),
                new nl.leerlijn.cohort.CohortId(Long.parseLong(ids.get("cohortId")))).stream().filter(i -> !i.isSession())
                .findFirst().orElseThrow().id().value()));
        return ids;
    }

    private static SubmissionId text(LeerlijnCore core, Actor student, Participant participant, String key, String text) {
        UploadOutcome outcome = core.submissions().upload(student, participant.id(), new ActivityKey("pa-concept"), key,
                List.of(new Upload("bijlage.pdf", new ByteArrayInputStream("%PDF-1.7 x".getBytes(StandardCharsets.UTF_8)))),
                Optional.of(text));
        return ((UploadOutcome.Stored) outcome).submission().id();
    }
}
