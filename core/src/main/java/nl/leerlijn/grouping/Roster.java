package nl.leerlijn.grouping;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The request's people by index: organisation and function numbers, conflicts and history as bit sets. */
final class Roster {
    final GroupingRequest request;
    final int size;
    final int[] organisation;
    final int[] function;
    final int organisations;
    final int functions;
    /** Pairs that may never share a group: exclusions and manager with staff. */
    final BitSet[] conflict;
    /** Pairs that were together before. */
    final BitSet[] met;
    /** Manager–staff pairs among the candidates, as index pairs {manager, staff}, in candidate order. */
    final List<int[]> managerPairs = new ArrayList<>();
    /** Pins and exclusions as index pairs, sorted. */
    final List<int[]> pins;
    final List<int[]> exclusions;
    private final Map<String, Integer> index = new HashMap<>();

    Roster(GroupingRequest request) {
        this.request = request;
        List<Candidate> people = request.candidates();
        size = people.size();
        organisation = new int[size];
        function = new int[size];
        Map<String, Integer> organisationIndex = new HashMap<>();
        Map<String, Integer> functionIndex = new HashMap<>();
        conflict = new BitSet[size];
        met = new BitSet[size];
        for (int i = 0; i < size; i++) {
            Candidate c = people.get(i);
            index.put(c.id(), i);
            organisation[i] = organisationIndex.computeIfAbsent(c.organisation(), k -> organisationIndex.size());
            function[i] = functionIndex.computeIfAbsent(c.function(), k -> functionIndex.size());
            conflict[i] = new BitSet(size);
            met[i] = new BitSet(size);
        }
        organisations = organisationIndex.size();
        functions = functionIndex.size();
        for (int i = 0; i < size; i++) {
            Integer manager = people.get(i).manager().map(index::get).orElse(null);
            if (manager != null) {
                managerPairs.add(new int[] {manager, i});
                mark(conflict, manager, i);
            }
        }
        pins = indexPairs(request.together().stream().map(p -> new int[] {index.get(p.a()), index.get(p.b())}).toList());
        exclusions = indexPairs(request.apart().stream().map(p -> new int[] {index.get(p.a()), index.get(p.b())}).toList());
        exclusions.forEach(p -> mark(conflict, p[0], p[1]));
        request.history().forEach((pair, times) -> {
            Integer a = index.get(pair.a());
            Integer b = index.get(pair.b());
            if (a != null && b != null && times > 0) {
                mark(met, a, b);
            }
        });
    }

    private static List<int[]> indexPairs(List<int[]> pairs) {
        List<int[]> sorted = new ArrayList<>();
        for (int[] p : pairs) {
            sorted.add(new int[] {Math.min(p[0], p[1]), Math.max(p[0], p[1])});
        }
        sorted.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        return List.copyOf(sorted);
    }

    private static void mark(BitSet[] sets, int a, int b) {
        sets[a].set(b);
        sets[b].set(a);
    }

    /** @return the index of a candidate id, or -1 */
    int indexOf(String id) {
        return index.getOrDefault(id, -1);
    }

    String id(int person) {
        return request.candidates().get(person).id();
    }

    List<String> ids(List<Integer> people) {
        return people.stream().map(this::id).toList();
    }
}
