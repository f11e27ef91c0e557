package nl.leerlijn.web.student;

import java.util.ArrayList;
import java.util.List;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.progress.ParticipantProgress;
import nl.leerlijn.web.render.Messages;

/** Says in one sentence what a participant still needs for their award, e.g. "nog 2 bijeenkomsten en de eindversie van je paper". */
final class StillNeeded {
    private StillNeeded() {
    }

    static String sentence(ParticipantProgress progress, Messages messages) {
        String award = messages.get("award." + progress.programme().completion().award().name());
        if (progress.complete()) {
            return messages.get("words.complete", award);
        }
        List<String> parts = new ArrayList<>();
        if (progress.sessionsStillNeeded() > 0) {
            parts.add(messages.get("words.sessions", progress.sessionsStillNeeded()));
        }
        for (Activity open : progress.assessedPartsOpen()) {
            if (open.kind() == ActivityKind.PAPER_MILESTONE) {
                parts.add(messages.get("words.milestone." + open.milestone().orElseThrow().name()));
            }
        }
        long practice = progress.assessedPartsOpen().stream().filter(a -> a.kind() == ActivityKind.PRACTICE_ASSIGNMENT).count();
        if (practice > 0) {
            parts.add(messages.get("words.practice", practice));
        }
        return messages.get("words.stillNeeded", join(parts, messages), award);
    }

    private static String join(List<String> parts, Messages messages) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + messages.get("words.and") + parts.get(parts.size() - 1);
    }
}
