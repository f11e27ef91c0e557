package nl.leerlijn.web.assessment;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.assessment.Agreement;
import nl.leerlijn.assessment.AssessmentState;
import nl.leerlijn.assessment.AssessorRole;
import nl.leerlijn.assessment.Marking;
import nl.leerlijn.assessment.MarkingView;
import nl.leerlijn.curriculum.Rubric;
import nl.leerlijn.web.submission.PaperView;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Results;

/**
 * The marking page: the version (files, inline text) beside the rubric; once both markings are done,
 * the two side by side and the agreement form; then release.
 *
 * @param reason the reason for a change typed in a refused agreement form
 * @param compareWith the earlier handed-in version with a text to compare with (0 when none), {@code compareVersion} its number
 * @param agreementBasedOn the assessment's version the agreement form started from
 * @param practice what a praktijk version brings beside the work (outcomes, reflection, werkbegeleider)
 * @param shared whether the version is a duo's: its shared criteria are marked for both members at once
 */
public record MarkingPage(long submissionId, long cohortId, String participant, String activity, int version, String submittedAt,
        boolean late, List<PaperView.FileView> files, String text, String roleKey, String otherRoleKey, String stateKey, String stateTone,
        boolean markingOpen, int basedOn, boolean ownDone, String feedback, String ownScore, List<CriterionView> criteria,
        boolean compared, String otherScore, String otherFeedback, boolean canAgree, boolean agreed, String agreedScore,
        String agreedFeedback, boolean revisionRequested, boolean revisionOffered, boolean canRelease,
        boolean released, boolean secondRequired, String reason, String notice, Map<String, String> errors, long compareWith,
        int compareVersion, int agreementBasedOn, nl.leerlijn.web.praktijk.EvidenceView practice, boolean shared) {

    /** One level of a criterion, as a radio button. */
    public record LevelView(int index, String label, int points, String descriptor) {
    }

    /**
     * One criterion with the viewer's choice, the other assessor's (once visible) and the agreed one.
     * Indexes are -1 when nothing is chosen.
     */
    public record CriterionView(String key, String title, String minimum, List<LevelView> levels, int chosen, String comment,
            String ownLabel, String otherLabel, String otherComment, boolean differs, int agreedChosen, String agreedComment,
            String agreedLabel, boolean individual) {
    }

    /** What a refused form carried. */
    record Typed(Map<String, Integer> levels, Map<String, String> comments, String feedback, boolean revision, String reason) {
    }

    static MarkingPage of(MarkingView view, Optional<Typed> typed, Optional<Typed> agreementTyped, String notice,
            Map<String, String> errors, ZoneId zone, Messages messages, nl.leerlijn.web.praktijk.EvidenceView practice) {
        Locale locale = messages.locale();
        DateTimeFormatter format = Dates.dayAndTime(locale);
        Optional<Marking> own = view.own();
        Optional<Marking> other = view.other();
        Optional<Agreement> agreement = view.agreed();
        Map<String, Integer> levels = typed.map(Typed::levels).orElseGet(() -> own.map(Marking::levels).orElse(Map.of()));
        Map<String, String> comments = typed.map(Typed::comments).orElseGet(() -> own.map(Marking::comments).orElse(Map.of()));
        Map<String, Integer> agreedLevels = agreementTyped.map(Typed::levels)
                .orElseGet(() -> agreement.map(Agreement::levels).orElseGet(() -> own.map(Marking::levels).orElse(Map.of())));
        Map<String, String> agreedComments = agreementTyped.map(Typed::comments)
                .orElseGet(() -> agreement.map(Agreement::comments).orElseGet(() -> own.map(Marking::comments).orElse(Map.of())));
        List<CriterionView> criteria = view.rubric().criteria().stream().map(c -> {
            List<LevelView> levelViews = new java.util.ArrayList<>();
            for (int i = 0; i < c.levels().size(); i++) {
                Rubric.Level level = c.levels().get(i);
                levelViews.add(new LevelView(i, level.label(), level.points(), level.descriptor()));
            }
            Integer mine = own.map(m -> m.levels().get(c.key())).orElse(null);
            Integer theirs = other.map(m -> m.levels().get(c.key())).orElse(null);
            Integer agreed = agreement.map(a -> a.levels().get(c.key())).orElse(null);
            return new CriterionView(c.key(), c.title(),
                    c.minimumPoints().map(min -> messages.get("marking.minimum", min)).orElse(""), levelViews,
                    levels.getOrDefault(c.key(), -1), comments.getOrDefault(c.key(), ""), label(c, mine), label(c, theirs),
                    other.map(m -> m.comments().getOrDefault(c.key(), "")).orElse(""), other.isPresent() && !java.util.Objects.equals(mine, theirs),
                    agreedLevels.getOrDefault(c.key(), -1), agreedComments.getOrDefault(c.key(), ""), label(c, agreed),
                    c.individual() && view.submission().shared().isPresent());
        }).toList();
        boolean first = view.role() == AssessorRole.FIRST;
        AssessmentState state = view.state();
        boolean markingOpen = state == AssessmentState.NOT_STARTED || state == AssessmentState.IN_MARKING;
        boolean revisionRequested = agreementTyped.map(Typed::revision).orElseGet(() -> agreement.map(Agreement::revisionRequested).orElse(false));
        return new MarkingPage(view.submission().id().value(), view.cohort().value(), view.participantName(), view.activity().title(),
                view.submission().version(),
                view.submission().submittedAt().map(t -> format.format(t.atZone(zone))).orElse(""), view.submission().late(),
                PaperView.files(view.submission().files(), locale), view.submission().text().orElse(""),
                "marking.role." + view.role().name(), "marking.role." + (first ? AssessorRole.SECOND : AssessorRole.FIRST).name(),
                "marking.state." + state.name(), Results.tone(state), markingOpen, own.map(Marking::version).orElse(0),
                own.map(Marking::done).orElse(false), typed.map(Typed::feedback).orElseGet(() -> own.map(Marking::feedback).orElse("")),
                score(view.rubric(), own, messages), criteria, other.isPresent(), score(view.rubric(), other, messages),
                other.map(Marking::feedback).orElse(""), first && view.allMarked(), agreement.isPresent(),
                agreement.map(a -> Results.describe(a.score(), messages)).orElse(""),
                agreementTyped.map(Typed::feedback).orElseGet(() -> agreement.map(Agreement::feedback).orElseGet(() -> own.map(Marking::feedback).orElse(""))),
                revisionRequested, agreement.map(Agreement::revisionRequested).orElse(false) || view.revisionsLeft() > 0,
                first && state == AssessmentState.AGREED, state == AssessmentState.RELEASED,
                view.required().contains(AssessorRole.SECOND), agreementTyped.map(Typed::reason).orElse(""), notice, errors,
                view.previousText().map(v -> v.id().value()).orElse(0L), view.previousText().map(v -> v.version()).orElse(0), view.version(),
                practice, view.submission().shared().isPresent());
    }

    private static String label(Rubric.Criterion criterion, Integer level) {
        return level == null || level < 0 || level >= criterion.levels().size() ? "" : criterion.levels().get(level).label()
                + " (" + criterion.levels().get(level).points() + ")";
    }

    private static String score(Rubric rubric, Optional<Marking> marking, Messages messages) {
        return marking.filter(Marking::done).map(m -> Results.describe(rubric.score(m.levels()), messages)).orElse("");
    }
}
