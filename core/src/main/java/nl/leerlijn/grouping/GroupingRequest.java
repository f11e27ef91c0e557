package nl.leerlijn.grouping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.leerlijn.InvalidInputException;

/**
 * What to group and under which rules. Build one with {@link #fresh} or {@link #builder}.
 *
 * @param candidates the people, each id once
 * @param sizes the group sizes
 * @param together pins: each pair in one group; pins chain (a+b and b+c put a, b and c together)
 * @param apart exclusions: never in one group
 * @param history how often a pair was together in earlier rounds; pairs naming someone who is no candidate are ignored
 * @param current the groups as they are now, for locks; may be empty; each id a candidate, at most once
 * @param lockedGroups indexes into {@code current} of groups nobody enters or leaves
 * @param lockedPeople ids in {@code current} who stay in their current group (others may join it)
 * @param seed the same request with the same seed gives the same grouping
 */
public record GroupingRequest(List<Candidate> candidates, SizeRange sizes, Set<Pair> together, Set<Pair> apart,
        Map<Pair, Integer> history, List<List<String>> current, Set<Integer> lockedGroups, Set<String> lockedPeople,
        long seed) {

    /**
     * Copies and checks everything.
     *
     * @param candidates the people, each id once
     * @param sizes the group sizes
     * @param together pins: each pair in one group; pins chain (a+b and b+c put a, b and c together)
     * @param apart exclusions: never in one group
     * @param history how often a pair was together in earlier rounds; pairs naming someone who is no candidate are ignored
     * @param current the groups as they are now, for locks; may be empty; each id a candidate, at most once
     * @param lockedGroups indexes into {@code current} of groups nobody enters or leaves
     * @param lockedPeople ids in {@code current} who stay in their current group (others may join it)
     * @param seed the same request with the same seed gives the same grouping
     * @throws InvalidInputException when an id is repeated or unknown, or a lock points at nothing
     */
    public GroupingRequest {
        candidates = List.copyOf(candidates);
        together = Set.copyOf(together);
        apart = Set.copyOf(apart);
        history = Map.copyOf(history);
        current = current.stream().map(List::copyOf).toList();
        lockedGroups = Set.copyOf(lockedGroups);
        lockedPeople = Set.copyOf(lockedPeople);
        if (sizes == null) {
            throw new InvalidInputException("A grouping request needs group sizes");
        }
        Set<String> ids = new HashSet<>();
        candidates.forEach(c -> require(ids.add(c.id()), "Candidate " + c.id() + " is listed twice"));
        Consumer<Pair> known = p -> require(ids.contains(p.a()) && ids.contains(p.b()), "Pair " + p + " names someone who is no candidate");
        together.forEach(known);
        apart.forEach(known);
        Set<String> placed = new HashSet<>();
        current.forEach(group -> group.forEach(id -> require(ids.contains(id) && placed.add(id),
                "Current groups name " + id + " twice or as no candidate")));
        int groups = current.size();
        lockedGroups.forEach(i -> require(i >= 0 && i < groups, "Locked group " + i + " is not a current group"));
        lockedPeople.forEach(id -> require(placed.contains(id), "Locked person " + id + " is in no current group"));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidInputException(message);
        }
    }

    /**
     * @param candidates the people
     * @param sizes the group sizes
     * @param seed the seed
     * @return a request without pins, exclusions, history or locks
     */
    public static GroupingRequest fresh(List<Candidate> candidates, SizeRange sizes, long seed) {
        return builder(candidates).sizes(sizes).seed(seed).build();
    }

    /**
     * @param candidates the people
     * @return a builder with intervisie sizes and seed 0
     */
    public static Builder builder(List<Candidate> candidates) {
        return new Builder(candidates);
    }

    /**
     * @param groups the groups as they are now
     * @param groupsLocked indexes of groups to lock whole
     * @param peopleLocked ids to keep in their current group
     * @return this request for a re-run with these groups and locks
     */
    public GroupingRequest withCurrent(List<List<String>> groups, Set<Integer> groupsLocked, Set<String> peopleLocked) {
        return new GroupingRequest(candidates, sizes, together, apart, history, groups, groupsLocked, peopleLocked, seed);
    }

    /**
     * @param otherSeed another seed
     * @return this request with that seed
     */
    public GroupingRequest withSeed(long otherSeed) {
        return new GroupingRequest(candidates, sizes, together, apart, history, current, lockedGroups, lockedPeople, otherSeed);
    }

    /** Collects a request step by step; not thread-safe. */
    public static final class Builder {
        private final List<Candidate> candidates;
        private SizeRange sizes = SizeRange.INTERVISIE;
        private final Set<Pair> together = new LinkedHashSet<>();
        private final Set<Pair> apart = new LinkedHashSet<>();
        private final Map<Pair, Integer> history = new LinkedHashMap<>();
        private List<List<String>> current = List.of();
        private final Set<Integer> lockedGroups = new LinkedHashSet<>();
        private final Set<String> lockedPeople = new LinkedHashSet<>();
        private long seed;

        private Builder(List<Candidate> candidates) {
            this.candidates = new ArrayList<>(candidates);
        }

        /**
         * @param range group sizes
         * @return this builder
         */
        public Builder sizes(SizeRange range) {
            this.sizes = range;
            return this;
        }

        /**
         * @param a one id
         * @param b another id
         * @return this builder, with the two pinned together
         */
        public Builder together(String a, String b) {
            together.add(Pair.of(a, b));
            return this;
        }

        /**
         * @param a one id
         * @param b another id
         * @return this builder, with the two kept apart
         */
        public Builder apart(String a, String b) {
            apart.add(Pair.of(a, b));
            return this;
        }

        /**
         * @param times how often pairs were together before
         * @return this builder, with those counts added
         */
        public Builder history(Map<Pair, Integer> times) {
            times.forEach((pair, n) -> history.merge(pair, n, Integer::sum));
            return this;
        }

        /**
         * @param earlierGroups the groups of an earlier round
         * @return this builder, with every pair in them counted once
         */
        public Builder addHistory(List<List<String>> earlierGroups) {
            for (List<String> group : earlierGroups) {
                for (int i = 0; i < group.size(); i++) {
                    for (int j = i + 1; j < group.size(); j++) {
                        history.merge(Pair.of(group.get(i), group.get(j)), 1, Integer::sum);
                    }
                }
            }
            return this;
        }

        /**
         * @param groups the groups as they are now
         * @return this builder
         */
        public Builder current(List<List<String>> groups) {
            this.current = groups;
            return this;
        }

        /**
         * @param index a current group to lock whole
         * @return this builder
         */
        public Builder lockGroup(int index) {
            lockedGroups.add(index);
            return this;
        }

        /**
         * @param id a person to keep in their current group
         * @return this builder
         */
        public Builder lockPerson(String id) {
            lockedPeople.add(id);
            return this;
        }

        /**
         * @param value the seed
         * @return this builder
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * @return the request
         * @throws InvalidInputException as the request's constructor
         */
        public GroupingRequest build() {
            return new GroupingRequest(candidates, sizes, together, apart, history, current, lockedGroups, lockedPeople, seed);
        }
    }
}
