package nl.leerlijn.curriculum;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.curriculum.ProgrammeDocument.CriterionDocument;
import nl.leerlijn.curriculum.ProgrammeDocument.LevelDocument;
import nl.leerlijn.curriculum.ProgrammeDocument.RubricDocument;

/** Turns the rubrics of a definition into {@link Rubric}s, recording what is wrong on the way. */
final class RubricValidator {
    private final Problems problems;

    RubricValidator(Problems problems) {
        this.problems = problems;
    }

    List<Rubric> rubrics(List<RubricDocument> docs) {
        List<Rubric> rubrics = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; docs != null && i < docs.size(); i++) {
            String path = "rubrics[" + i + "]";
            RubricDocument doc = docs.get(i);
            Optional<String> id = problems.text(doc.id(), path + ".id");
            id.filter(r -> !ids.add(r)).ifPresent(r -> problems.add(path + ".id", "\"" + r + "\" is used by another rubric too"));
            Optional<String> title = problems.text(doc.title(), path + ".title");
            Optional<Rubric.ResultScale> scale = problems.present(doc.scale(), path + ".scale");
            int voldoende = doc.voldoendePercent() == null ? 55 : problems.inRange(doc.voldoendePercent(), 1, 100, path + ".voldoendePercent").orElse(55);
            int goed = doc.goedPercent() == null ? 75 : problems.inRange(doc.goedPercent(), 1, 100, path + ".goedPercent").orElse(75);
            if (goed < voldoende) {
                problems.add(path + ".goedPercent", "must be at least voldoendePercent (" + voldoende + ")");
            }
            List<Rubric.Criterion> criteria = criteria(doc.criteria(), path);
            if (id.isPresent() && title.isPresent() && scale.isPresent() && !criteria.isEmpty()) {
                rubrics.add(new Rubric(id.get(), title.get(), scale.get(), voldoende, goed, criteria));
            }
        }
        return rubrics;
    }

    private List<Rubric.Criterion> criteria(List<CriterionDocument> docs, String path) {
        if (docs == null || docs.isEmpty()) {
            problems.add(path + ".criteria", "must list at least one criterion");
            return List.of();
        }
        List<Rubric.Criterion> criteria = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            String at = path + ".criteria[" + i + "]";
            CriterionDocument doc = docs.get(i);
            Optional<String> key = problems.text(doc.key(), at + ".key");
            key.filter(k -> !keys.add(k)).ifPresent(k -> problems.add(at + ".key", "\"" + k + "\" is used by another criterion too"));
            Optional<String> title = problems.text(doc.title(), at + ".title");
            List<Rubric.Level> levels = levels(doc.levels(), at);
            if (doc.minimumPoints() != null && levels.stream().noneMatch(l -> l.points() >= doc.minimumPoints())) {
                problems.add(at + ".minimumPoints", "no level reaches " + doc.minimumPoints() + " points");
            }
            if (key.isPresent() && title.isPresent() && levels.size() >= 2) {
                criteria.add(new Rubric.Criterion(key.get(), title.get(), levels, Optional.ofNullable(doc.minimumPoints()),
                        Boolean.TRUE.equals(doc.individual())));
            }
        }
        return criteria;
    }

    private List<Rubric.Level> levels(List<LevelDocument> docs, String path) {
        if (docs == null || docs.size() < 2) {
            problems.add(path + ".levels", "must list at least two levels, lowest first");
            return List.of();
        }
        List<Rubric.Level> levels = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < docs.size(); i++) {
            String at = path + ".levels[" + i + "]";
            Optional<String> label = problems.text(docs.get(i).label(), at + ".label");
            Optional<Integer> points = problems.inRange(docs.get(i).points(), 0, 100, at + ".points");
            if (points.isPresent() && points.get() <= previous) {
                problems.add(at + ".points", "must be more than the level before (" + previous + "): levels go from lowest to highest");
            }
            String descriptor = docs.get(i).descriptor() == null ? "" : docs.get(i).descriptor().strip();
            points.ifPresent(p -> levels.add(new Rubric.Level(label.orElse(""), p, descriptor)));
            previous = points.orElse(previous);
        }
        return levels;
    }
}
