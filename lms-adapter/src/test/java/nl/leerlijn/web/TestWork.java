package nl.leerlijn.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.Upload;
import nl.leerlijn.submission.UploadOutcome;
import nl.leerlijn.testing.People;

/** Puts work in place through the core use cases (stored, handed in, assessed, released), for pages that show it. */
public final class TestWork {
    /** The plan van aanpak's rubric, every criterion "Akkoord": goed. */
    public static final Map<String, Integer> PLAN_GOED = Map.of("vraag", 1, "planning", 1);
    /** The plan van aanpak's rubric with the required criterion "Nog niet": onvoldoende. */
    public static final Map<String, Integer> PLAN_ONVOLDOENDE = Map.of("vraag", 0, "planning", 1);

    private final LeerlijnCore core;

    public TestWork(LeerlijnCore core) {
        this.core = core;
    }

    /** @return a stored version of the participant's work that is not handed in */
    public SubmissionId store(Participant participant, String activity) {
        UploadOutcome stored = core.submissions().upload(author(participant), participant.id(), new ActivityKey(activity),
                UUID.randomUUID().toString(), List.of(new Upload(activity + ".pdf",
                        new ByteArrayInputStream(("%PDF-1.7 " + activity).getBytes(StandardCharsets.UTF_8)))), Optional.empty());
        return ((UploadOutcome.Stored) stored).submission().id();
    }

    /** @return a version of the participant's work, handed in */
    public SubmissionId handIn(Participant participant, String activity) {
        SubmissionId id = store(participant, activity);
        core.submissions().submit(author(participant), id);
        return id;
    }

    /** The kerndocent (the cohort's only assessor) marks the version and records the same levels as the agreed result. */
    public void agree(Actor kerndocent, SubmissionId id, Map<String, Integer> levels, boolean revision) {
        core.assessments().saveMarking(kerndocent, id, levels, Map.of(), "Duidelijk", true, 0);
        core.assessments().agree(kerndocent, id, levels, Map.of(), "Feedback voor de student", revision, null);
    }

    /** As {@link #agree}, and released to the student. */
    public void release(Actor kerndocent, SubmissionId id, Map<String, Integer> levels, boolean revision) {
        agree(kerndocent, id, levels, revision);
        core.assessments().release(kerndocent, id);
    }

    private static Actor author(Participant participant) {
        return People.student(participant.userId().value());
    }
}
