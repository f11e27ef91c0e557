package nl.leerlijn.web.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.Upload;
import nl.leerlijn.submission.UploadOutcome;

/**
 * The busy cohort's plans van aanpak on their way: one released as goed with long feedback, one marked by both with a
 * difference, one agreed but not released, one released with a herkansing; and a concept draft not handed in yet.
 */
final class PaperTrail {
    private final LeerlijnCore core;
    private final Actor anna;
    private final Actor bob;
    private final Function<String, ParticipantId> participant;

    PaperTrail(LeerlijnCore core, Actor anna, Actor bob, Function<String, ParticipantId> participant) {
        this.core = core;
        this.anna = anna;
        this.bob = bob;
        this.participant = participant;
    }

    void markAndRelease(Map<String, Long> versions) {
        SubmissionId released = handIn(BusyCohort.WILHELMINA, BusyCohort.PLAN, "Mijn plan: " + BusyCohort.LONG_URL);
        markBoth(released, Map.of("vraag", 1, "planning", 1), Map.of("vraag", 1, "planning", 1));
        core.assessments().agree(anna, released, Map.of("vraag", 1, "planning", 1), Map.of("vraag", BusyCohort.LONG_COMMENT, "planning", BusyCohort.LONG_COMMENT),
                "Een sterk plan. Lees ook " + BusyCohort.LONG_URL + " voor de achtergrond.", false, "");
        core.assessments().release(anna, released);
        versions.put("released", released.value());
        handIn("student-sanne", BusyCohort.PLAN, "Sanne's plan van aanpak: de klant centraal.");
        SubmissionId compared = handIn("student-sanne", BusyCohort.PLAN, "Sanne's plan van aanpak: de klant aan het stuur, met haar netwerk.");
        markBoth(compared, Map.of("vraag", 1, "planning", 1), Map.of("vraag", 1, "planning", 0));
        versions.put("compared", compared.value());
        SubmissionId agreed = handIn("student-noor", BusyCohort.PLAN, "Noor's plan van aanpak over jeugdhulp in de wijk.");
        markBoth(agreed, Map.of("vraag", 1, "planning", 1), Map.of("vraag", 1, "planning", 1));
        core.assessments().agree(anna, agreed, Map.of("vraag", 1, "planning", 1), Map.of(), "Goed plan.", false, "");
        versions.put("agreed", agreed.value());
        SubmissionId revision = handIn("student-ahmed", BusyCohort.PLAN, "Ahmed's plan.");
        markBoth(revision, Map.of("vraag", 0, "planning", 0), Map.of("vraag", 0, "planning", 1));
        core.assessments().agree(anna, revision, Map.of("vraag", 0, "planning", 0), Map.of("vraag", "Nog geen vraag."),
                "Werk de vraag uit en lever opnieuw in.", true, "");
        core.assessments().release(anna, revision);
        versions.put("revision", revision.value());
        versions.put("draft", draft(BusyCohort.WILHELMINA, BusyCohort.CONCEPT, "Eerste opzet van mijn concept.").value());
    }

    private void markBoth(SubmissionId id, Map<String, Integer> first, Map<String, Integer> second) {
        core.assessments().saveMarking(anna, id, first, Map.of("vraag", BusyCohort.LONG_COMMENT), "Feedback van de kerndocent.", true, 0);
        core.assessments().saveMarking(bob, id, second, Map.of(), "Feedback van de tweede beoordelaar.", true, 0);
    }

    private SubmissionId handIn(String student, ActivityKey activity, String text) {
        SubmissionId id = draft(student, activity, text);
        core.submissions().submit(actor(student, Role.STUDENT), id);
        return id;
    }

    private SubmissionId draft(String student, ActivityKey activity, String text) {
        return ((UploadOutcome.Stored) core.submissions().upload(actor(student, Role.STUDENT), id(student), activity, "k-" + text.hashCode(),
                List.of(new Upload("plan.pdf", new ByteArrayInputStream("%PDF-1.7 plan".getBytes(StandardCharsets.UTF_8)))),
                Optional.of(text))).submission().id();
    }

    private ParticipantId id(String student) {
        return participant.apply(student);
    }

    private static Actor actor(String user, Role role) {
        return new Actor(new UserId(user), user, Set.of(role));
    }
}
