package nl.leerlijn.testing;

import static nl.leerlijn.testing.People.student;

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

/** The paper's steps as tests take them: a participant hands in a concept, a kerndocent who marks alone releases it. */
public final class PaperSteps {
    /** Every criterion of the sample's paper rubric at voldoende. */
    public static final Map<String, Integer> ALL_VOLDOENDE = Map.of("vraagstelling", 1, "onderbouwing", 1, "verbetervoorstel", 1,
            "reflectie", 1);

    private PaperSteps() {
    }

    /** @return the handed-in version: a PDF of the participant's concept */
    public static SubmissionId handInConcept(LeerlijnCore core, Participant p) {
        Actor self = student(p.userId().value());
        UploadOutcome stored = core.submissions().upload(self, p.id(), new ActivityKey("pa-concept"), UUID.randomUUID().toString(),
                List.of(new Upload("concept.pdf", new ByteArrayInputStream("%PDF-1.7 concept".getBytes(StandardCharsets.UTF_8)))),
                Optional.empty());
        SubmissionId id = ((UploadOutcome.Stored) stored).submission().id();
        core.submissions().submit(self, id);
        return id;
    }

    /** The kerndocent, the cohort's only assessor, marks the version voldoende, agrees and releases the result. */
    public static void releaseVoldoende(LeerlijnCore core, Actor kerndocent, SubmissionId id) {
        core.assessments().saveMarking(kerndocent, id, ALL_VOLDOENDE, Map.of(), "", true, 0);
        core.assessments().agree(kerndocent, id, ALL_VOLDOENDE, Map.of(), "Voldoende.", false, null);
        core.assessments().release(kerndocent, id);
    }
}
