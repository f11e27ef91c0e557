package nl.leerlijn.intervisie;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerlijn.Internal;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.schedule.Schedules;
import org.jdbi.v3.core.Jdbi;

/** The published groups' meetings of a cohort with their members and roles, for reminders. */
@Internal
public final class MeetingsAhead {
    private final JdbiIntervisionRepository store;
    private final Schedules schedules;

    /**
     * A meeting of a published group.
     *
     * @param meeting its id
     * @param title the intervisie activity's title
     * @param startsAt when it starts (the group's own time when it set one)
     * @param members the group's members
     * @param roles who has which role
     */
    public record Upcoming(MeetingId meeting, String title, Instant startsAt, List<ParticipantId> members, MeetingRoles roles) {
    }

    /**
     * @param jdbi Leerlijn's database
     * @param schedules the cohorts' schedules
     */
    public MeetingsAhead(Jdbi jdbi, Schedules schedules) {
        this.store = new JdbiIntervisionRepository(jdbi);
        this.schedules = schedules;
    }

    /**
     * @param cohort the cohort
     * @param from the earliest start
     * @param until the latest start
     * @return the meetings of its published groups that start in the window
     */
    public List<Upcoming> between(CohortId cohort, Instant from, Instant until) {
        Map<ActivityKey, ScheduleItem> items = schedules.itemsOf(cohort).stream()
                .collect(Collectors.toMap(ScheduleItem::activity, Function.identity()));
        return store.rounds(cohort).stream().filter(GroupRound::published).flatMap(round -> {
            Map<GroupId, List<ParticipantId>> members = round.groups().stream().collect(Collectors.toMap(IntervisionGroup::id,
                    g -> g.members().stream().map(GroupMember::participant).toList()));
            return store.meetingsOfRound(round.id()).stream().filter(m -> items.containsKey(m.activity())).map(m -> {
                Meeting meeting = m.on(cohort, items.get(m.activity()));
                return new Upcoming(meeting.id(), meeting.title(), meeting.startsAt(), members.getOrDefault(meeting.group(), List.of()),
                        meeting.roles());
            });
        }).filter(u -> !u.startsAt().isBefore(from) && !u.startsAt().isAfter(until)).toList();
    }
}
