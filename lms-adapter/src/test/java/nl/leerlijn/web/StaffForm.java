package nl.leerlijn.web;

import java.util.HashMap;
import java.util.Map;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.enrolment.Participant;

/**
 * The forms of a cohort's staff whose work could grow with the cohort, filled in for participant {@code offset + n} of a
 * {@link BusyCohort} (whose number says where the work stands).
 */
enum StaffForm {
    /** The kerndocent's first save of work nobody marked yet. */
    FIRST_SAVE {
        @Override
        Filled of(BusyCohort c, int offset, LeerlijnCore core) {
            return marking(c, offset, Map.of("level-vraagstelling", "1", "level-onderbouwing", "2", "comment-reflectie", "Helder",
                    "action", "save", "basedOn", "0"));
        }
    },
    /** The kerndocent's first save of work nobody marked yet, done at once (in a cohort without a tweede beoordelaar: marked). */
    FIRST_SAVE_DONE {
        @Override
        Filled of(BusyCohort c, int offset, LeerlijnCore core) {
            return marking(c, offset, complete("done", "0"));
        }
    },
    /** The kerndocent finishes a marking the tweede beoordelaar finished already: the work is marked. */
    FINISHING_SAVE {
        @Override
        Filled of(BusyCohort c, int offset, LeerlijnCore core) {
            return marking(c, offset + 1, complete("done", "1"));
        }
    },
    /** The kerndocent saves a marking again, still not done. */
    LATER_SAVE {
        @Override
        Filled of(BusyCohort c, int offset, LeerlijnCore core) {
            return marking(c, offset + 6, Map.of("level-vraagstelling", "2", "feedback", "Later meer", "action", "save", "basedOn", "1"));
        }
    },
    /** The tweede beoordelaar marks work nobody marked yet, done at once. */
    SECOND_ASSESSOR_SAVE {
        @Override
        Filled of(BusyCohort c, int offset, LeerlijnCore core) {
            return new Filled("/marking/" + c.work().get(offset + 5).value(), QueryCountTest.SECOND, complete("done", "0"));
        }
    },
    /** The kerndocent records the agreed result of marked work. */
    AGREEMENT {
        @Override
        Filled of(BusyCohort c, int offset, LeerlijnCore core) {
            var work = c.work().get(offset + 7);
            Map<String, String> fields = new HashMap<>(Map.of("agreed-feedback", "Samen besproken", "agreementBasedOn",
                    String.valueOf(core.assessments().marking(c.kerndocent(), work).version())));
            BusyCohort.CRITERIA.forEach(criterion -> fields.put("agreed-level-" + criterion, "2"));
            return new Filled("/marking/" + work.value() + "/agreement", kerndocent(c), fields);
        }
    },
    /** The kerndocent saves the presence list of a session, everyone present. */
    ATTENDANCE {
        @Override
        Filled of(BusyCohort c, int offset, LeerlijnCore core) {
            Map<String, String> fields = new HashMap<>();
            c.participants().stream().map(Participant::id).forEach(p -> fields.put("p-" + p.value(), "PRESENT"));
            return new Filled(c.path() + "/schedule/" + c.session().id().value() + "/attendance", kerndocent(c), fields);
        }
    },
    /** "Iedereen aanwezig" for a session where half the cohort is recorded. */
    ALL_PRESENT {
        @Override
        Filled of(BusyCohort c, int offset, LeerlijnCore core) {
            return new Filled(c.path() + "/schedule/" + c.halfRecorded().id().value() + "/attendance/all-present", kerndocent(c),
                    Map.of());
        }
    },
    /** The kerndocent releases every agreed result of the cohort. */
    RELEASE_ALL {
        @Override
        Filled of(BusyCohort c, int offset, LeerlijnCore core) {
            return new Filled(c.path() + "/marking/release", kerndocent(c), Map.of());
        }
    };

    /** Where a form goes, who sends it, and what it holds. */
    record Filled(String path, String user, Map<String, String> fields) {
    }

    abstract Filled of(BusyCohort cohort, int offset, LeerlijnCore core);

    private static Filled marking(BusyCohort c, int participant, Map<String, String> fields) {
        return new Filled("/marking/" + c.work().get(participant).value(), kerndocent(c), fields);
    }

    private static Map<String, String> complete(String action, String basedOn) {
        Map<String, String> fields = new HashMap<>(Map.of("action", action, "basedOn", basedOn, "feedback", "Sterk stuk"));
        BusyCohort.CRITERIA.forEach(criterion -> fields.put("level-" + criterion, "2"));
        return fields;
    }

    private static String kerndocent(BusyCohort c) {
        return c.kerndocent().userId().value();
    }
}
