package nl.leerlijn.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiFunction;
import nl.leerlijn.grouping.Candidate;
import nl.leerlijn.grouping.GroupFormer;
import nl.leerlijn.grouping.Grouping;
import nl.leerlijn.grouping.GroupingRequest;
import nl.leerlijn.grouping.Pair;
import nl.leerlijn.grouping.Score;
import nl.leerlijn.grouping.SizeRange;

/**
 * The group formation engine against what learning platforms do, on the same cohorts and rounds: random groups (an
 * LMS's auto-grouping) and a greedy fill (sort by organisation and function, deal the people round robin over the
 * groups, as the best-known group plugin does). Every method forms its rounds against its own history; every grouping
 * is scored by {@link GroupFormer#evaluate}, so the same rules and bounds apply to all. Run alone with {@code main} or
 * {@code GroupingBenchmarkTest}.
 */
final class GroupingBenchmark {
    private static final GroupFormer FORMER = new GroupFormer();

    private GroupingBenchmark() {
    }

    /** One method on one case, over all its rounds. */
    record Row(String cohort, String method, int violations, int repeats, long repeatBound, int organisations,
            int organisationsBound, int functions, int functionsBound, double meanMillis, double maxMillis) {
        double diversityShare() {
            return Math.min((double) organisations / organisationsBound, (double) functions / functionsBound);
        }
    }

    public static void main(String[] args) {
        System.out.println(measure());
    }

    /** @return a Markdown table, one line per case and method */
    static String measure() {
        return table(rows());
    }

    static String table(List<Row> rows) {
        StringBuilder table = new StringBuilder("""
                | cohort | method | hard-rule violations | repeat pairs (lower bound) | weakest group: organisations / bound | \
                weakest group: functions / bound | time per formation (mean / max) |
                |---|---|---|---|---|---|---|
                """);
        for (Row row : rows) {
            table.append(String.format(Locale.ROOT, "| %s | %s | %d | %d (%d) | %d / %d | %d / %d | %.1f / %.1f ms |%n", row.cohort(),
                    row.method(), row.violations(), row.repeats(), row.repeatBound(), row.organisations(), row.organisationsBound(),
                    row.functions(), row.functionsBound(), row.meanMillis(), row.maxMillis()));
        }
        return table.toString();
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        Case small = Case.generate("60 people, 12 organisations, 6 functions, groups of 5-6, 4 rounds", 60, 12, 6, 4, 4, 3, 4, 1);
        Case large = Case.generate("500 people, 40 organisations, 8 functions, 10 rounds", 500, 40, 8, 10, 20, 10, 10, 2);
        run(small, "Leerlijn", GroupingBenchmark::leerlijn, 1);
        for (Case c : List.of(small, large)) {
            rows.add(run(c, "Leerlijn", GroupingBenchmark::leerlijn, 0));
            rows.add(run(c, "random (LMS auto-grouping)", GroupingBenchmark::random, 0));
            rows.add(run(c, "greedy fill (sort, round robin)", GroupingBenchmark::greedy, 0));
        }
        return rows;
    }

    private static Row run(Case c, String method, BiFunction<GroupingRequest, Integer, List<List<String>>> former, int seedOffset) {
        GroupingRequest.Builder builder = c.builder();
        int violations = 0;
        int repeats = 0;
        int organisations = Integer.MAX_VALUE;
        int organisationsBound = 0;
        int functions = Integer.MAX_VALUE;
        int functionsBound = 0;
        long total = 0;
        long max = 0;
        int groups = 0;
        for (int round = 0; round < c.rounds(); round++) {
            GroupingRequest request = builder.seed(round + 1000L * seedOffset).build();
            long start = System.nanoTime();
            List<List<String>> formed = former.apply(request, groups);
            long nanos = System.nanoTime() - start;
            total += nanos;
            max = Math.max(max, nanos);
            groups = formed.size();
            Grouping scored = FORMER.evaluate(request, formed);
            Score s = scored.overall();
            violations += scored.violations().size();
            repeats += s.repeatPairs();
            if (organisations == Integer.MAX_VALUE || worse(s.organisations(), s.organisationsBound(), organisations, organisationsBound)) {
                organisations = s.organisations();
                organisationsBound = s.organisationsBound();
            }
            if (functions == Integer.MAX_VALUE || worse(s.functions(), s.functionsBound(), functions, functionsBound)) {
                functions = s.functions();
                functionsBound = s.functionsBound();
            }
            builder.addHistory(formed);
        }
        return new Row(c.name(), method, violations, repeats, c.repeatBound(groups), organisations, organisationsBound, functions,
                functionsBound, total / 1e6 / c.rounds(), max / 1e6);
    }

    /** @return whether a / b is less than c / d: the round whose weakest group is furthest from its bound counts */
    private static boolean worse(int a, int b, int c, int d) {
        return (long) a * d < (long) c * b;
    }

    private static List<List<String>> leerlijn(GroupingRequest request, int groups) {
        return FORMER.form(request).members();
    }

    private static List<List<String>> random(GroupingRequest request, int groups) {
        List<String> ids = new ArrayList<>(request.candidates().stream().map(Candidate::id).toList());
        Collections.shuffle(ids, new Random(request.seed()));
        return deal(ids, count(request, groups));
    }

    private static List<List<String>> greedy(GroupingRequest request, int groups) {
        List<Candidate> sorted = new ArrayList<>(request.candidates());
        sorted.sort(Comparator.comparing(Candidate::organisation).thenComparing(Candidate::function).thenComparing(Candidate::id));
        return deal(sorted.stream().map(Candidate::id).toList(), count(request, groups));
    }

    /** The same number of groups as the engine chose, so every method fills the same sizes. */
    private static int count(GroupingRequest request, int groups) {
        return groups > 0 ? groups : (int) Math.round(request.candidates().size() / 5.5);
    }

    private static List<List<String>> deal(List<String> ids, int groups) {
        List<List<String>> dealt = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            dealt.add(new ArrayList<>());
        }
        for (int i = 0; i < ids.size(); i++) {
            dealt.get(i % groups).add(ids.get(i));
        }
        return dealt;
    }

    /** A generated cohort with managers, pins and exclusions, and the number of rounds to form. */
    record Case(String name, List<Candidate> people, List<Pair> pins, List<Pair> exclusions, int rounds) {
        static Case generate(String name, int n, int organisations, int functions, int rounds, int managers, int pins, int exclusions,
                long seed) {
            Random random = new Random(seed);
            List<Candidate> people = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int organisation = (int) (organisations * Math.pow(random.nextDouble(), 1.5));
                int function = (int) (functions * Math.pow(random.nextDouble(), 1.3));
                people.add(Candidate.of("p" + i, "org" + organisation, "fn" + function));
            }
            for (int m = 0; m < managers; m++) {
                String manager = people.get(m).id();
                for (int s = 0; s < 2 + random.nextInt(2); s++) {
                    int staff = managers + random.nextInt(n - managers);
                    people.set(staff, people.get(staff).withManager(manager));
                }
            }
            List<Pair> pinned = new ArrayList<>();
            for (int k = 0; k < pins; k++) {
                pinned.add(Pair.of("p" + (n - 1 - 2 * k), "p" + (n - 2 - 2 * k)));
            }
            List<Pair> apart = new ArrayList<>();
            for (int k = 0; k < exclusions; k++) {
                apart.add(Pair.of("p" + (managers + 3 * k), "p" + (managers + 3 * k + 1)));
            }
            return new Case(name, people, pinned, apart, rounds);
        }

        GroupingRequest.Builder builder() {
            GroupingRequest.Builder builder = GroupingRequest.builder(people).sizes(SizeRange.INTERVISIE);
            pins.forEach(p -> builder.together(p.a(), p.b()));
            exclusions.forEach(p -> builder.apart(p.a(), p.b()));
            return builder;
        }

        /**
         * Over R rounds of balanced groups: every pinned pair repeats in each round after the first, and the other
         * pairs, R·(P − pins) of them, can be new only C(N,2) − pins times.
         */
        long repeatBound(int groups) {
            int n = people.size();
            long q = n / groups;
            long r = n % groups;
            long pairs = r * (q + 1) * q / 2 + (groups - r) * q * (q - 1) / 2;
            long all = (long) n * (n - 1) / 2;
            return (long) (rounds - 1) * pins.size() + Math.max(0, rounds * (pairs - pins.size()) - (all - pins.size()));
        }
    }
}
