package nl.leerlijn;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.leerlijn.access.Actor;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class UnitOfWorkTest {
    @Parameter
    TestDatabase database;

    private CoreFixture fixture;
    private final Actor docent = kerndocent("docent-anna");
    private Cohort cohort;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database);
        cohort = fixture.cohortBy(docent);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void whatAUnitOfWorkChangedIsUndoneWhenItFailsPartWay() {
        assertThatThrownBy(() -> fixture.core().inUnitOfWork(() -> {
            fixture.core().enrolment().enrol(docent, cohort.id(), participant("student-1"));
            throw new IllegalStateException("something failed after the enrolment");
        })).hasMessage("something failed after the enrolment");

        assertThat(fixture.core().enrolment().participants(docent, cohort.id())).isEmpty();
    }

    @Test
    void whatAUnitOfWorkChangedIsSavedWhenItSucceeds() {
        fixture.core().inUnitOfWork(() -> {
            fixture.core().enrolment().enrol(docent, cohort.id(), participant("student-1"));
            return fixture.core().enrolment().enrol(docent, cohort.id(), participant("student-2"));
        });

        assertThat(fixture.core().enrolment().participants(docent, cohort.id())).hasSize(2);
    }
}
