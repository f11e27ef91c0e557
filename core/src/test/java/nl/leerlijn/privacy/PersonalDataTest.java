package nl.leerlijn.privacy;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.PaperSteps;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class PersonalDataTest {
    /** Tables that hold no record of a participant, and why. A new table must be read by the export or named here. */
    private static final Map<String, String> FREE_OF_PERSONAL_DATA = Map.ofEntries(
            Map.entry("ll_programme_version", "programme definitions"),
            Map.entry("ll_cohort", "the cohort's name, start and place; its name is given with each participation"),
            Map.entry("ll_schedule_item", "the cohort's sessions and deadlines"),
            Map.entry("ll_schedule_change", "moves of sessions, by staff"),
            Map.entry("ll_session_code", "the code of a session, shown to everyone in the room"),
            Map.entry("ll_intervision_round", "how groups were formed; membership is read"),
            Map.entry("ll_intervision_group", "group numbers; membership is read"),
            Map.entry("ll_duo", "when a duo was formed; membership is read"),
            Map.entry("ll_secret", "Leerlijn's own signing keys"),
            Map.entry("ll_upload_orphan", "content hashes waiting to be removed"),
            Map.entry("ll_scheduled_task", "background work under way, removed when done"),
            Map.entry("ll_schema_history", "migrations"),
            Map.entry("ll_lti_platform", "platforms registered with Leerlijn (and which administrator did it)"),
            Map.entry("ll_lti_deployment", "deployments of Leerlijn on a platform"),
            Map.entry("ll_lti_key", "Leerlijn's own signing keys"),
            Map.entry("ll_lti_login", "a login's state and nonce, for ten minutes"),
            Map.entry("ll_lti_nonce", "nonces of accepted launches, for a day"),
            Map.entry("ll_lti_service", "the addresses of a course's roster and grade services"),
            Map.entry("ll_lti_line_item", "the gradebook columns Leerlijn made in a course"),
            Map.entry("ll_lti_invite", "registration links for platforms (and which administrator made them)"));

    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private final Actor docent = kerndocent("docent-anna");
    private CoreFixture fixture;
    private LeerlijnCore core;
    private Cohort cohort;
    private Participant esra;
    private Participant tom;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database, clock);
        core = fixture.core();
        cohort = fixture.cohortBy(docent);
        esra = core.enrolment().enrol(docent, cohort.id(), participant("esra")).participant();
        tom = core.enrolment().enrol(docent, cohort.id(), participant("tom")).participant();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private PersonalData.Table table(PersonalData data, String name) {
        return data.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aParticipantGetsTheirRecordsAndFilesWithReleasedResultsOnlyAndNothingOfAnotherParticipant() throws Exception {
        SubmissionId released = PaperSteps.handInConcept(core, esra);
        PaperSteps.releaseVoldoende(core, docent, released);
        PaperSteps.handInConcept(core, tom);
        ScheduleItem session = core.schedule().cohortSchedule(docent, cohort.id()).stream().filter(ScheduleItem::isSession)
                .findFirst().orElseThrow();
        core.attendance().reportAbsence(student("esra"), esra.id(), session.activity(), "Mantelzorg voor mijn moeder");
        core.assessments().saveMarking(docent, PaperSteps.handInConcept(core, esra), PaperSteps.ALL_VOLDOENDE,
                Map.of("vraagstelling", "Nog niet vrijgegeven oordeel"), "", false, 0);

        PersonalData data = core.personalData().of(student("esra"));

        assertThat(table(data, "participations").rows()).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("display_name", esra.profile().displayName()).containsEntry("email", esra.profile().email())
                    .containsEntry("cohort_name", cohort.name());
        });
        assertThat(table(data, "submissions").rows()).hasSize(2)
                .allSatisfy(row -> assertThat(row).containsEntry("participant_id", esra.id().value()));
        assertThat(table(data, "assessments").rows()).as("the released result only").singleElement()
                .satisfies(row -> assertThat(row).containsEntry("submission_id", released.value()).containsEntry("agreed_feedback", "Voldoende."));
        assertThat(data.tables()).flatMap(PersonalData.Table::rows).as("an unreleased marking stays with the assessors")
                .noneMatch(row -> row.values().stream().anyMatch(v -> String.valueOf(v).contains("Nog niet vrijgegeven")));
        assertThat(table(data, "absence_notices").rows()).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("reason", "Mantelzorg voor mijn moeder"));
        assertThat(table(data, "absence_notices").rows().get(0).get("reported_at")).asString().endsWith("Z");
        assertThat(data.files()).hasSize(2).allSatisfy(f -> assertThat(f.activity()).isEqualTo("pa-concept"));
        try (InputStream in = core.personalData().open(student("esra"), data.files().get(0))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7 concept");
        }
        PersonalData his = core.personalData().of(student("tom"));
        assertThat(his.files()).hasSize(1);
        assertThatThrownBy(() -> core.personalData().open(student("esra"), his.files().get(0))).isInstanceOf(NotPermittedException.class);
        assertThat(core.submissions().versions(docent, esra.id(), new ActivityKey("pa-concept"))).hasSize(2);
    }

    @Test
    void everyTableThatCanNameAParticipantIsReadByTheExportOrDeclaredFreeOfPersonalData() throws Exception {
        TreeSet<String> tables = new TreeSet<>();
        try (Connection c = fixture.database().dataSource().getConnection();
                ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (name.startsWith("ll_")) {
                    tables.add(name);
                }
            }
        }
        assertThat(tables).hasSizeGreaterThan(40);

        tables.removeAll(PersonalDataService.tablesRead());
        tables.removeAll(FREE_OF_PERSONAL_DATA.keySet());

        assertThat(tables).as("tables neither exported nor declared free of personal data").isEmpty();
    }
}
