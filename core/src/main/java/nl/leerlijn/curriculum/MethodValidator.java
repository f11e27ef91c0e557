package nl.leerlijn.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.leerlijn.curriculum.ProgrammeDocument.MethodDocument;
import nl.leerlijn.curriculum.ProgrammeDocument.PhaseDocument;

/** Turns the intervisie methods of a definition into {@link IntervisionMethod}s, recording what is wrong on the way. */
final class MethodValidator {
    private static final int MAX_PHASE_MINUTES = 240;

    private final Problems problems;

    MethodValidator(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param docs the methods as written; may be {@code null}
     * @param path where the list sits, e.g. {@code intervisionMethods}
     * @param taken keys that exist already (the built-in methods); a method may not use one
     * @return the valid methods, in file order
     */
    List<IntervisionMethod> methods(List<MethodDocument> docs, String path, Set<String> taken) {
        List<IntervisionMethod> methods = new ArrayList<>();
        Set<String> keys = new TreeSet<>(taken);
        for (int i = 0; docs != null && i < docs.size(); i++) {
            String at = path + "[" + i + "]";
            if (docs.get(i) == null) {
                problems.add(at, "is empty");
                continue;
            }
            method(docs.get(i), at, taken, keys).ifPresent(methods::add);
        }
        return methods;
    }

    private Optional<IntervisionMethod> method(MethodDocument doc, String path, Set<String> taken, Set<String> keys) {
        Optional<String> key = problems.text(doc.key(), path + ".key")
                .filter(k -> validKey(k, path + ".key") && freeKey(k, path + ".key", taken, keys));
        Optional<String> title = problems.text(doc.title(), path + ".title");
        Optional<String> summary = problems.text(doc.summary(), path + ".summary");
        List<MethodPhase> phases = phases(doc.phases(), path + ".phases");
        if (key.isEmpty() || title.isEmpty() || summary.isEmpty() || phases.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IntervisionMethod(key.get(), title.get(), summary.get(), phases));
    }

    private boolean validKey(String key, String path) {
        if (!IntervisionMethod.isValidKey(key)) {
            problems.add(path, "must be lower-case words joined by hyphens, such as \"oplossingsgerichte-intervisie\", but is \""
                    + key + "\"");
            return false;
        }
        return true;
    }

    private boolean freeKey(String key, String path, Set<String> taken, Set<String> keys) {
        if (taken.contains(key)) {
            problems.add(path, "\"" + key + "\" is the key of a built-in method; give the programme's own method another key");
            return false;
        }
        if (!keys.add(key)) {
            problems.add(path, "\"" + key + "\" is used by another method too");
            return false;
        }
        return true;
    }

    /** @return every phase, or an empty list when the list is missing, empty or any phase is wrong */
    private List<MethodPhase> phases(List<PhaseDocument> docs, String path) {
        if (docs == null || docs.isEmpty()) {
            problems.add(path, "must list at least one phase");
            return List.of();
        }
        List<MethodPhase> phases = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            String at = path + "[" + i + "]";
            if (docs.get(i) == null) {
                problems.add(at, "is empty");
                continue;
            }
            phase(docs.get(i), at).ifPresent(phases::add);
        }
        return phases.size() == docs.size() ? phases : List.of();
    }

    private Optional<MethodPhase> phase(PhaseDocument doc, String path) {
        Optional<String> title = problems.text(doc.title(), path + ".title");
        Optional<Integer> minutes = problems.inRange(doc.minutes(), 1, MAX_PHASE_MINUTES, path + ".minutes");
        Optional<PhaseSpeaker> speaker = problems.present(doc.speaker(), path + ".speaker");
        Optional<List<String>> prompts = doc.prompts() == null ? Optional.of(List.of()) : problems.texts(doc.prompts(), path + ".prompts");
        if (title.isEmpty() || minutes.isEmpty() || speaker.isEmpty() || prompts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MethodPhase(title.get(), minutes.get(), speaker.get(), prompts.get()));
    }
}
