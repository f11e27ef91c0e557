package nl.leerlijn.web.praktijk;

import java.util.List;
import java.util.Map;
import nl.leerlijn.web.routing.Option;
import nl.leerlijn.web.submission.PaperView;

/**
 * The participant's praktijkopdrachten page.
 *
 * @param participantId whose work
 * @param cohortId their cohort
 * @param active whether they still take part (a withdrawn participant reads, but changes nothing)
 * @param assignments in programme order
 * @param notice a confirmation of the last action, or empty
 * @param problem why the last form was refused, or empty
 * @param problemField the id of the field the problem is in, or empty
 */
public record PracticeView(long participantId, long cohortId, boolean active, List<AssignmentView> assignments, String notice,
        String problem, String problemField) {

    /**
     * One praktijkopdracht.
     *
     * @param key its activity key
     * @param title its title
     * @param description what it asks
     * @param goals what it should reach
     * @param duo whether a duo does it
     * @param duoStateKey message key of where the duo stands ({@code praktijk.duo.NONE|PROPOSED|CONFIRMED}), empty for work alone
     * @param partners the partners' names, joined
     * @param candidates whom the participant may propose as partner
     * @param canUpload whether versions can be uploaded now (a duo's work needs a confirmed duo)
     * @param plan the plan, when the definition has one ({@code hasPlan})
     * @param hasPlan whether there is a plan
     * @param steps the thinking steps that guide the plan
     * @param report the report (the praktijkopdracht itself)
     * @param outcomes the outcomes per version id (as text, for the template)
     * @param reflection the participant's own reflection
     * @param canReflect whether the reflection can still change (nothing handed in yet, or a revision open)
     * @param supervisor the werkbegeleider named, empty values when none
     * @param requests what was asked of werkbegeleiders, newest first
     * @param confirmable the id of the newest handed-in report version that can be sent to the werkbegeleider, 0 when none
     * @param confirmed whether the werkbegeleider confirmed that newest version (nothing to send then)
     * @param typed what a refused upload carried, to fill the form again
     */
    public record AssignmentView(String key, String title, String description, List<String> goals, boolean duo, String duoStateKey,
            String partners, List<Option> candidates, boolean canUpload, PaperView.MilestoneView plan, boolean hasPlan,
            List<String> steps, PaperView.MilestoneView report, Map<String, OutcomeView> outcomes, String reflection,
            boolean canReflect, SupervisorForm supervisor, List<RequestView> requests, long confirmable, boolean confirmed, Map<String, String> typed) {
    }

    /** The outcomes of a report version, as shown under it and on the marking page. */
    public record OutcomeView(String targetGroup, String sessions, String reached, List<MeasureView> measures, String clientVoices) {
    }

    /** One outcome measure. */
    public record MeasureView(String name, String value) {
    }

    /** The werkbegeleider as named; {@code named} is false before the participant named one. */
    public record SupervisorForm(boolean named, String name, String email, String organisation, String function) {
    }

    /**
     * A request to a werkbegeleider.
     *
     * @param version the version asked about
     * @param to the werkbegeleider's name and address
     * @param sent when it was sent
     * @param stateKey message key of where it stands
     * @param tone the badge's tone
     * @param until until when the link works (open ones)
     * @param remark the werkbegeleider's comment or reason
     * @param answered when the werkbegeleider answered, empty before
     */
    public record RequestView(int version, String to, String sent, String stateKey, String tone, String until, String remark,
            String answered) {
    }
}
