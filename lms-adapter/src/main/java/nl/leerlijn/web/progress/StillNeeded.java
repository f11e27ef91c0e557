package nl.leerlijn.web.progress;

import java.util.ArrayList;
import java.util.List;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.progress.ParticipantProgress;
import nl.leerlijn.web.render.Messages;

/**
 * Says in one sentence what a participant still needs for their award, e.g. "nog 2 bijeenkomsten en de eindversie van
 * je paper", and what waits for a result. Work released as sufficient is klaar and no longer named.
 */
final class StillNeeded {
    private StillNeeded() {
    }

    static String sentence(ParticipantProgress progress, Messages messages) {
        String award = messages.get("award." + progress.programme().completion().award().name());
        if (progress.complete()) {
            return messages.get("words.complete", award);
        }
        List<String> parts = new ArrayList<>();
        if (progress.attendance().stillNeeded() > 0) {
            parts.add(messages.get("words.sessions", progress.attendance().stillNeeded()));
        }
        parts.addAll(names(progress.assessedPartsOpen(), messages));
        if (parts.isEmpty()) {
            return messages.get("words.onlyWaiting", award);
        }
        return messages.get("words.stillNeeded", join(parts, messages), award);
    }

    /** @return e.g. "Wacht op de beoordeling: het plan van aanpak van je paper.", or empty */
    static String waiting(ParticipantProgress progress, Messages messages) {
        List<String> waiting = names(progress.waitingForResult(), messages);
        return waiting.isEmpty() ? "" : messages.get("words.waiting", join(waiting, messages));
    }

    private static List<String> names(List<Activity> activities, Messages messages) {
        List<String> names = new ArrayList<>();
        for (Activity open : activities) {
            if (open.kind() == ActivityKind.PAPER_MILESTONE) {
                names.add(messages.get("words.milestone." + open.milestone().orElseThrow().name()));
            }
        }
        long plans = activities.stream().filter(a -> a.kind() == ActivityKind.PRACTICE_ASSIGNMENT && a.planOf().isPresent()).count();
        long practice = activities.stream().filter(a -> a.kind() == ActivityKind.PRACTICE_ASSIGNMENT && a.planOf().isEmpty()).count();
        if (plans > 0) {
            names.add(messages.get("words.practicePlan", plans));
        }
        if (practice > 0) {
            names.add(messages.get("words.practice", practice));
        }
        return names;
    }

    private static String join(List<String> parts, Messages messages) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + messages.get("words.and") + parts.get(parts.size() - 1);
    }
}
