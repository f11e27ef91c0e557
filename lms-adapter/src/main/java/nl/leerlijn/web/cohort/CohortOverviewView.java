package nl.leerlijn.web.cohort;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.StaffMember;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.progress.CohortProgress;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Profiles;

/**
 * The cohort overview a kerndocent works from: who teaches, who takes part, progress per module and who is behind.
 *
 * @param id the cohort id
 * @param programme the programme's title
 * @param startDate the start, written out
 * @param location default place of on-site sessions
 * @param staff kerndocenten and tweede beoordelaars
 * @param participants the participants shown (after the organisation filter)
 * @param organisations every organisation in the cohort, for the filter
 * @param organisationFilter the chosen organisation, or empty for all
 * @param active how many participants take part
 * @param withdrawn how many withdrew
 * @param canManage whether the viewer may change the cohort
 * @param matrix progress per participant and module
 * @param behind who needs attention, most urgent first
 * @param notice a confirmation of the last change, or empty
 */
public record CohortOverviewView(
        long id, String programme, String startDate, String location, List<StaffRow> staff, List<ParticipantRow> participants,
        List<String> organisations, String organisationFilter, int active, int withdrawn, boolean canManage,
        ProgressMatrixView matrix, List<BehindRow> behind, String notice) {

    /** A staff member; {@code roleKey} is a message key. */
    public record StaffRow(String name, String roleKey) {
    }

    /** A participant row; labels are translated. */
    public record ParticipantRow(long id, String name, String email, String organisation, String organisationType,
            String function, boolean active) {
    }

    /** Someone behind: their name, link and what is behind, in words, most urgent first. */
    public record BehindRow(long participantId, String name, List<String> reasons, boolean urgent) {
    }

    static CohortOverviewView from(CohortProgress progress, List<StaffMember> staff, Optional<String> organisation,
            Permissions permissions, String notice, ZoneId zone, Messages messages) {
        Cohort cohort = progress.cohort();
        List<Participant> all = progress.participants().stream().map(p -> p.participant()).toList();
        List<ParticipantRow> rows = all.stream()
                .filter(p -> organisation.isEmpty() || p.profile().organisation().name().equals(organisation.get()))
                .map(p -> new ParticipantRow(p.id().value(), p.profile().displayName(), p.profile().email(),
                        p.profile().organisation().name(), Profiles.organisationType(p.profile(), messages),
                        Profiles.function(p.profile(), messages), p.isActive()))
                .toList();
        List<String> organisations = all.stream().map(p -> p.profile().organisation().name()).distinct().sorted().toList();
        int active = (int) all.stream().filter(Participant::isActive).count();
        List<BehindRow> behind = progress.behind().stream().map(a -> new BehindRow(a.progress().participant().id().value(),
                a.progress().participant().profile().displayName(), Behind.reasons(a, zone, messages), a.urgency() >= 3)).toList();
        return new CohortOverviewView(cohort.id().value(), cohort.programmeTitle(), Dates.day(messages.locale()).format(cohort.startDate()),
                cohort.location(), staff.stream().map(s -> new StaffRow(s.displayName(), "relation." + s.role().name())).toList(),
                rows, organisations, organisation.orElse(""), active, all.size() - active, permissions.mayManage(),
                ProgressMatrixView.from(progress, organisation, messages), behind, notice);
    }
}
