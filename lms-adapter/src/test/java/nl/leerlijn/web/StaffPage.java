package nl.leerlijn.web;

import java.util.function.Function;

/** The pages of a cohort's staff whose content grows with the cohort, as its kerndocent (or tweede beoordelaar) asks them. */
enum StaffPage {
    HOME(c -> "/"),
    OVERVIEW(BusyCohort::path),
    SCHEDULE(c -> c.path() + "/schedule"),
    SCHEDULE_ITEM(c -> c.path() + "/schedule/" + c.session().id().value()),
    ATTENDANCE(c -> c.path() + "/schedule/" + c.session().id().value() + "/attendance"),
    MARKING_QUEUE(c -> c.path() + "/marking"),
    MARKING_QUEUE_OF_THE_SECOND_ASSESSOR(c -> c.path() + "/marking"),
    RELEASE_ALL_QUESTION(c -> c.path() + "/marking/release"),
    MARKING_PAGE(c -> "/marking/" + c.work().get(2).value()),
    MARKING_PAGE_OF_THE_SECOND_ASSESSOR(c -> "/marking/" + c.work().get(2).value()),
    COHORT_RESULTS(c -> "/results/" + c.cohort().id().value()),
    RESULT_RECORD(c -> "/results/versions/" + c.work().get(4).value()),
    PARTICIPANT(c -> c.path() + "/participants/" + c.participants().get(4).id().value()),
    EXTENSIONS(c -> c.path() + "/extensions"),
    TEAM(c -> c.path() + "/staff"),
    PARTICIPANTS_CSV(c -> c.path() + "/participants.csv"),
    AUDIT_CSV(c -> c.path() + "/results/audit.csv"),
    INTERVISION_GROUPS(c -> c.path() + "/intervisie"),
    INTERVISION_MEETING(c -> "/intervisie/meetings/" + c.meeting()),
    DUOS(c -> c.path() + "/duos"),
    PRAKTIJK_OUTCOMES_CSV(c -> c.path() + "/praktijk/uitkomsten.csv"),
    PRESENCE_LIST_PDF(c -> c.path() + "/schedule/" + c.session().id().value() + "/attendance.pdf"),
    PRESENCE_LIST_CSV(c -> c.path() + "/schedule/" + c.session().id().value() + "/attendance.csv"),
    REPLACEMENTS(c -> c.path() + "/vervangende-opdrachten"),
    GRADUATION(c -> "/results/" + c.cohort().id().value() + "/diplomering"),
    REGISTERPLEIN_CSV(c -> c.path() + "/registerplein.csv"),
    SKJ_CSV(c -> c.path() + "/skj.csv"),
    RETENTION(c -> "/results/" + c.cohort().id().value() + "/bewaartermijnen"),
    GRADUATION_DOSSIER(c -> "/results/" + c.cohort().id().value() + "/diplomering/" + c.participants().get(4).id().value()),
    LTI_COURSES(c -> c.path() + "/lti");

    private final Function<BusyCohort, String> path;

    StaffPage(Function<BusyCohort, String> path) {
        this.path = path;
    }

    String path(BusyCohort cohort) {
        return path.apply(cohort);
    }

    String user(BusyCohort cohort) {
        return name().endsWith("SECOND_ASSESSOR") ? QueryCountTest.SECOND : cohort.kerndocent().userId().value();
    }
}
