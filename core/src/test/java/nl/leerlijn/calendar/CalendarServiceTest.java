package nl.leerlijn.calendar;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.schedule.CalendarEntry;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.schedule.ScheduleChange;
import nl.leerlijn.schedule.ScheduleItem;
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
class CalendarServiceTest {
    @Parameter
    TestDatabase database;

    private CoreFixture fixture;
    private CalendarService calendar;
    private final Actor docent = kerndocent("docent-anna");
    private final Actor sanneActor = student("student-sanne");
    private Cohort cohort;
    private Participant sanne;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database);
        calendar = fixture.core().calendar();
        cohort = fixture.cohortBy(docent);
        sanne = fixture.core().enrolment().enrol(docent, cohort.id(), participant("student-sanne")).participant();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aPersonKeepsTheSameFeedTokenUntilTheyRenewIt() {
        String first = calendar.tokenFor(sanneActor);

        assertThat(calendar.tokenFor(sanneActor)).isEqualTo(first).hasSize(43);
        String renewed = calendar.renew(sanneActor);
        assertThat(renewed).isNotEqualTo(first);
        assertThat(calendar.feed(first)).isEmpty();
        assertThat(calendar.feed(renewed)).isPresent();
    }

    @Test
    void theFeedShowsTheCohortsItemsAndFollowsAMovedSession() {
        ScheduleItem day = fixture.core().schedule().cohortSchedule(docent, cohort.id()).stream()
                .filter(i -> i.activity().value().equals("m1-trainingsdag")).findFirst().orElseThrow();
        fixture.core().schedule().reschedule(docent, cohort.id(),
                new ScheduleChange(day.id(), day.at().plus(Duration.ofDays(2)), Optional.empty()));

        List<CalendarEntry> feed = calendar.feed(calendar.tokenFor(sanneActor)).orElseThrow();

        assertThat(feed).hasSize(fixture.core().schedule().cohortSchedule(docent, cohort.id()).size());
        assertThat(feed).filteredOn(e -> e.item().id().equals(day.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.item().at()).isEqualTo(day.at().plus(Duration.ofDays(2)));
                    assertThat(e.cohortName()).isEqualTo("Leergang najaar 2026");
                });
    }

    @Test
    void aKerndocentsFeedHasTheirCohortsAndAWithdrawnParticipantsFeedIsEmpty() {
        assertThat(calendar.feed(calendar.tokenFor(docent)).orElseThrow()).isNotEmpty();

        fixture.core().enrolment().withdraw(docent, sanne.id(), Optional.empty());

        assertThat(calendar.feed(calendar.tokenFor(sanneActor)).orElseThrow()).isEmpty();
    }

    @Test
    void aMadeUpTokenOpensNothing() {
        calendar.tokenFor(sanneActor);

        assertThat(calendar.feed("x".repeat(43))).isEmpty();
        assertThat(calendar.feed("'; DROP TABLE ll_cohort; --")).isEmpty();
        assertThat(calendar.feed(null)).isEmpty();
    }
}
