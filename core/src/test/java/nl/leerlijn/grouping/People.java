package nl.leerlijn.grouping;

import java.util.ArrayList;
import java.util.List;

/** Cohorts for the tests: ids p0, p1, … */
final class People {
    private People() {
    }

    /** @return n people, person i of organisation i mod organisations and function i mod functions */
    static List<Candidate> cohort(int n, int organisations, int functions) {
        List<Candidate> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(Candidate.of("p" + i, "org" + (i % organisations), "fn" + (i % functions)));
        }
        return people;
    }

    static boolean together(Grouping grouping, String a, String b) {
        return grouping.members().stream().anyMatch(g -> g.contains(a) && g.contains(b));
    }

    static List<String> groupOf(Grouping grouping, String id) {
        return grouping.members().stream().filter(g -> g.contains(id)).findFirst().orElseThrow();
    }
}
