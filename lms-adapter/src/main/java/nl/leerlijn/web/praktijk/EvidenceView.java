package nl.leerlijn.web.praktijk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.leerlijn.praktijk.Decision;
import nl.leerlijn.praktijk.PracticeEvidence;
import nl.leerlijn.praktijk.SupervisorRequest;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Link;

/**
 * What an assessor sees beside a praktijk version: the duo, the outcomes, the member's own reflection and every answer of
 * a werkbegeleider.
 *
 * @param shown whether the version is praktijk work (else the rest is empty)
 * @param members the duo's members' names, joined; empty for work done alone
 * @param hasOutcomes whether outcomes were given
 * @param outcome the outcomes
 * @param reflection the member's own reflection
 * @param answers every answer of a werkbegeleider about this version, oldest first
 * @param waiting when no answer came yet: whether a link was sent ({@code praktijk.evidence.WAITING}) or not
 *     ({@code praktijk.evidence.NONE}); empty once answered
 * @param waitingLine to whom and when the link went, when one is waiting
 * @param participantAddress whether a link went to the address of a participant of the cohort
 * @param copies the duo partners' copies of the version, to go to (their names and paths)
 */
public record EvidenceView(boolean shown, String members, boolean hasOutcomes, PracticeView.OutcomeView outcome, String reflection,
        List<AnswerView> answers, String waiting, String waitingLine, boolean participantAddress, List<Link> copies) {
    /** Nothing to show: not praktijk work. */
    public static final EvidenceView NONE = new EvidenceView(false, "", false, new PracticeView.OutcomeView("", "", "", List.of(), ""),
            "", List.of(), "", "", false, List.of());

    /**
     * One answer of a werkbegeleider.
     *
     * @param key message key of the answer
     * @param tone the badge's tone
     * @param line who (name, function, organisation, address) and when
     * @param remark their comment or reason
     */
    public record AnswerView(String key, String tone, String line, String remark) {
    }

    /**
     * @param evidence what the praktijk feature gives
     * @param shown the version the page shows
     * @param place where a copy is shown, e.g. {@code /marking/} (the copy's id follows)
     * @param zone the zone times are shown in
     * @param messages the texts in the page's language
     * @return the evidence as the marking page shows it
     */
    public static EvidenceView of(PracticeEvidence evidence, nl.leerlijn.submission.SubmissionId shown, String place, ZoneId zone,
            Messages messages) {
        DateTimeFormatter format = Dates.dayAndTime(messages.locale());
        String members = evidence.members().size() < 2 ? "" : evidence.members().stream().map(p -> p.profile().displayName())
                .collect(Collectors.joining(" " + messages.get("praktijk.and") + " "));
        List<AnswerView> answers = evidence.answers().stream().map(a -> new AnswerView(
                "praktijk.evidence." + a.decision().orElseThrow().name(), a.decision().orElseThrow() == Decision.CONFIRMED ? "success" : "warning",
                messages.get("praktijk.evidence.line", a.supervisor().name(), a.supervisor().function(), a.supervisor().organisation(),
                        format.format(a.decidedAt().orElseThrow().atZone(zone)), a.supervisor().email()), a.remark())).toList();
        Optional<SupervisorRequest> latest = evidence.requests().stream().reduce((a, b) -> b);
        String waiting = !answers.isEmpty() ? "" : latest.isPresent() ? "praktijk.evidence.WAITING" : "praktijk.evidence.NONE";
        String waitingLine = answers.isEmpty() ? latest.map(l -> messages.get("praktijk.evidence.sent", l.supervisor().name(),
                format.format(l.createdAt().atZone(zone)), l.supervisor().email())).orElse("") : "";
        return new EvidenceView(true, members, evidence.outcomes().isPresent(),
                evidence.outcomes().map(PracticePages::outcome).orElse(NONE.outcome()), evidence.reflection(), answers, waiting,
                waitingLine, evidence.supervisorIsParticipant(), java.util.stream.IntStream.range(0, evidence.copies().size())
                        .filter(i -> !evidence.copies().get(i).equals(shown))
                        .mapToObj(i -> new Link(evidence.members().get(i).profile().displayName(), place + evidence.copies().get(i).value()))
                        .toList());
    }
}
