package nl.leerlijn.web.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipationEvent;
import nl.leerlijn.enrolment.ParticipationRecord;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Withdrawing a participant is asked first, needs a reason, and keeps that reason in the history. */
class WithdrawPagesTest {
    private TestHost host;
    private LeerlijnCore core;
    private final Actor anna = People.kerndocent("docent-anna");
    private Participant sanne;
    private String withdraw;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        core = host.leerlijn().core();
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        Cohort cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8),
                "Utrecht"));
        sanne = core.enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
        withdraw = "/cohorts/" + cohort.id().value() + "/participants/" + sanne.id().value() + "/withdraw";
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private boolean active() {
        return core.enrolment().participant(anna, sanne.id()).isActive();
    }

    @Test
    void theKerndocentIsAskedFirstAndOnlyConfirmingWithAReasonWithdraws() {
        HttpResponse<String> asked = host.get(withdraw, "X-Test-User", "docent-anna");

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Deelnemer student-sanne uitschrijven uit Leergang najaar 2026?",
                "Het werk, de presentie en de resultaten blijven bewaard.", "name=\"reason\"", "ll-button--danger", "Annuleren");
        assertThat(active()).as("asking changes nothing").isTrue();

        HttpResponse<String> done = host.post(withdraw, "docent-anna", Map.of("reason", "Langdurig ziek"));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(active()).isFalse();
        assertThat(core.enrolment().history(anna, sanne.id())).last().extracting(ParticipationRecord::event, ParticipationRecord::reason)
                .containsExactly(ParticipationEvent.WITHDRAWN, Optional.of("Langdurig ziek"));
    }

    @Test
    void withdrawingWithoutAReasonComesBackWithTheProblemAndSavesNothing() {
        HttpResponse<String> refused = host.post(withdraw, "docent-anna", Map.of("reason", "   "));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Er is iets niet goed ingevuld", "Vul dit veld in.", "aria-invalid=\"true\"",
                "Deelnemer student-sanne uitschrijven uit Leergang najaar 2026?");
        assertThat(active()).isTrue();
        assertThat(core.enrolment().history(anna, sanne.id())).extracting(ParticipationRecord::event)
                .containsExactly(ParticipationEvent.ENROLLED);
    }
}
