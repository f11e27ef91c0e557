package nl.leerlijn.grouping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A generated cohort with rules that are satisfiable by construction: a hidden grouping is planted first (as many groups
 * as the former will choose, balanced), pins only inside its groups, exclusions and managers only across them.
 */
final class Scenario {
    private Scenario() {
    }

    static GroupingRequest generate(int n, boolean skewedOrganisations, boolean skewedFunctions, int rounds, long seed) {
        Random random = new Random(seed);
        SizeRange sizes = SizeRange.INTERVISIE;
        int organisations = 1 + random.nextInt(Math.max(1, n / 2));
        int functions = 1 + random.nextInt(6);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        int groups = GroupCount.choices(n, 0, sizes).get(0);
        int[] planted = new int[n];
        for (int i = 0; i < n; i++) {
            planted[order.get(i)] = i % groups;
        }
        List<Candidate> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Candidate c = Candidate.of("c" + i, "org" + pick(random, organisations, skewedOrganisations),
                    "fn" + pick(random, functions, skewedFunctions));
            int other = random.nextInt(n);
            if (groups > 1 && planted[other] != planted[i] && random.nextInt(6) == 0) {
                c = c.withManager("c" + other);
            }
            people.add(c);
        }
        GroupingRequest.Builder builder = GroupingRequest.builder(people).sizes(sizes).seed(seed);
        for (int k = 0; k < n / 4; k++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b && planted[a] == planted[b] && random.nextInt(3) == 0) {
                builder.together("c" + a, "c" + b);
            } else if (a != b && planted[a] != planted[b] && random.nextInt(2) == 0) {
                builder.apart("c" + a, "c" + b);
            }
        }
        for (int r = 0; r < rounds; r++) {
            List<List<String>> earlier = new ArrayList<>();
            Collections.shuffle(order, random);
            for (int i = 0; i < n; i += 5) {
                earlier.add(order.subList(i, Math.min(n, i + 5)).stream().map(p -> "c" + p).toList());
            }
            builder.addHistory(earlier);
        }
        return builder.build();
    }

    /** @return a value below {@code count}: uniform, or skewed so the first values are far more common */
    private static int pick(Random random, int count, boolean skewed) {
        if (!skewed) {
            return random.nextInt(count);
        }
        double u = random.nextDouble();
        return Math.min(count - 1, (int) (count * u * u * u));
    }
}
