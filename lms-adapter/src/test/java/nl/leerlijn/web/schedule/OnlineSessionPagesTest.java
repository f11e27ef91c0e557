package nl.leerlijn.web.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An online session's place is its meeting link: the edit form asks for an https address, never the building. */
class OnlineSessionPagesTest {
    private static final String LINK = "https://teams.microsoft.com/l/meetup-join/werkatelier";

    private TestHost host;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private ScheduleItem werkatelier;
    private String edit;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        cohort = host.leerlijn().core().cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026",
                LocalDate.of(2026, 9, 8), "Utrecht, Jaarbeurs"));
        werkatelier = current();
        edit = "/cohorts/" + cohort.id().value() + "/schedule/" + werkatelier.id().value();
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private ScheduleItem current() {
        return host.leerlijn().core().schedule().cohortSchedule(anna, cohort.id()).stream()
                .filter(i -> i.activity().value().equals("m3-werkatelier")).findFirst().orElseThrow();
    }

    @Test
    void theEditFormAsksForTheMeetingLinkNotTheBuilding() {
        String form = host.get(edit, "X-Test-User", "docent-anna").body();

        assertThat(form).contains("Link naar de online bijeenkomst", "type=\"url\"", "Online, link volgt")
                .doesNotContain("Utrecht, Jaarbeurs");
    }

    @Test
    void aLinkThatIsNotAnHttpsAddressComesBackWithWhatWasTypedAndSavesNothing() {
        for (String typed : new String[] {"Utrecht, Jaarbeurs", "http://meet.example.nl/werkatelier", "javascript:alert(1)"}) {
            HttpResponse<String> refused = host.post(edit, "docent-anna", Map.of("date", "2026-11-17", "time", "13:00", "location", typed));

            assertThat(refused.statusCode()).as(typed).isEqualTo(400);
            assertThat(refused.body()).contains("Vul een webadres in dat begint met https://", "value=\"" + typed.replace("'", "&#39;") + "\"");
        }
        assertThat(current().location()).isEmpty();
    }

    @Test
    void aSavedLinkShowsTheSessionAsOnlineWithItsLink() {
        HttpResponse<String> saved = host.post(edit, "docent-anna", Map.of("date", "2026-11-17", "time", "13:00", "location", LINK));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(current().location()).contains(LINK);
        assertThat(current().isOnline()).isTrue();
        assertThat(host.get("/cohorts/" + cohort.id().value() + "/schedule", "X-Test-User", "docent-anna").body())
                .contains("<a href=\"" + LINK + "\" target=\"_blank\" rel=\"noopener\">Online (link)");
    }
}
