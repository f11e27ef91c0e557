package nl.leerlijn.web.praktijk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import nl.leerlijn.praktijk.PracticeEvidence;
import nl.leerlijn.praktijk.SupervisorRequest;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;

/**
 * What an assessor sees beside a praktijk version: the duo, the outcomes, the member's own reflection and the
 * werkbegeleider's answer.
 *
 * @param shown whether the version is praktijk work (else the rest is empty)
 * @param members the duo's members' names, joined; empty for work done alone
 * @param hasOutcomes whether outcomes were given
 * @param outcome the outcomes
 * @param reflection the member's own reflection
 * @param supervisorKey message key of the werkbegeleider's answer (or that none came yet)
 * @param supervisorTone the badge's tone
 * @param supervisorLine who answered and when
 * @param supervisorRemark their comment or reason
 */
public record EvidenceView(boolean shown, String members, boolean hasOutcomes, PracticeView.OutcomeView outcome, String reflection,
        String supervisorKey, String supervisorTone, String supervisorLine, String supervisorRemark) {
    /** Nothing to show: not praktijk work. */
    public static final EvidenceView NONE = new EvidenceView(false, "", false, new PracticeView.OutcomeView("", "", "", List.of(), ""),
            "", "", "", "", "");

    /**
     * @param evidence what the praktijk feature gives
     * @param zone the zone times are shown in
     * @param messages the texts in the page's language
     * @return the evidence as the marking page shows it
     */
    public static EvidenceView of(PracticeEvidence evidence, ZoneId zone, Messages messages) {
        DateTimeFormatter format = Dates.dayAndTime(messages.locale());
        String members = evidence.members().size() < 2 ? "" : evidence.members().stream().map(p -> p.profile().displayName())
                .collect(Collectors.joining(" " + messages.get("praktijk.and") + " "));
        java.util.Optional<SupervisorRequest> answer = evidence.answer();
        java.util.Optional<SupervisorRequest> latest = evidence.requests().stream().reduce((a, b) -> b);
        String key = answer.map(a -> "praktijk.evidence." + a.decision().orElseThrow().name())
                .orElse(latest.isPresent() ? "praktijk.evidence.WAITING" : "praktijk.evidence.NONE");
        String tone = answer.map(a -> a.decision().orElseThrow() == nl.leerlijn.praktijk.Decision.CONFIRMED ? "success" : "warning")
                .orElse("neutral");
        String line = answer.map(a -> messages.get("praktijk.evidence.line", a.supervisor().name(), a.supervisor().function(),
                a.supervisor().organisation(), format.format(a.decidedAt().orElseThrow().atZone(zone))))
                .orElse(latest.map(l -> messages.get("praktijk.evidence.sent", l.supervisor().name(), format.format(l.createdAt().atZone(zone))))
                        .orElse(""));
        return new EvidenceView(true, members, evidence.outcomes().isPresent(),
                evidence.outcomes().map(PracticePages::outcome).orElse(NONE.outcome()), evidence.reflection(), key, tone, line,
                answer.map(SupervisorRequest::remark).orElse(""));
    }
}
