package nl.leerlijn.web.cohort;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.Participant;
import nl.leerlijn.cohort.StaffMember;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.Option;

/**
 * The cohort overview a kerndocent works from: who teaches, who takes part, and the form to add one.
 *
 * @param id the cohort id
 * @param name the cohort's name
 * @param programme the programme's title
 * @param startDate the start, written out
 * @param location default place of sessions
 * @param staff kerndocenten and tweede beoordelaars
 * @param participants the participants shown (after the organisation filter)
 * @param organisations every organisation in the cohort, for the filter
 * @param organisationFilter the chosen organisation, or empty for all
 * @param active how many participants take part
 * @param withdrawn how many withdrew
 * @param canManage whether the viewer may change the cohort
 * @param canAssess whether the viewer assesses in the cohort (kerndocent or tweede beoordelaar)
 * @param form the add-participant form, with input and problems
 * @param organisationTypes options
 * @param functions options
 * @param notice a confirmation of the last change, or empty
 */
public record CohortOverviewView(
        long id, String name, String programme, String startDate, String location, List<StaffRow> staff,
        List<ParticipantRow> participants, List<String> organisations, String organisationFilter, int active, int withdrawn,
        boolean canManage, boolean canAssess, Form form, List<Option> organisationTypes, List<Option> functions, String notice) {

    /** A staff member; {@code roleKey} is a message key. */
    public record StaffRow(String name, String roleKey) {
    }

    /** A participant row; labels are translated. */
    public record ParticipantRow(long id, String name, String email, String organisation, String organisationType,
            String function, boolean active) {
    }

    static CohortOverviewView from(Cohort cohort, List<StaffMember> staff, List<Participant> participants,
            Optional<String> organisation, boolean canManage, nl.leerlijn.access.UserId viewer, Form form, Messages messages,
            String notice) {
        List<ParticipantRow> rows = participants.stream()
                .filter(p -> organisation.isEmpty() || p.profile().organisation().name().equals(organisation.get()))
                .map(p -> new ParticipantRow(p.id().value(), p.profile().displayName(), p.profile().email(),
                        p.profile().organisation().name(),
                        messages.get("organisationType." + p.profile().organisation().type().name()),
                        messages.get("function." + p.profile().function().name()), p.isActive()))
                .toList();
        List<String> organisations = participants.stream().map(p -> p.profile().organisation().name())
                .distinct().sorted().toList();
        int active = (int) participants.stream().filter(Participant::isActive).count();
        return new CohortOverviewView(cohort.id().value(), cohort.name(), cohort.programmeTitle(),
                DateTimeFormatter.ofPattern("d MMMM yyyy", messages.locale()).format(cohort.startDate()), cohort.location(),
                staff.stream().map(s -> new StaffRow(s.displayName(), "relation." + s.role().name())).toList(),
                rows, organisations, organisation.orElse(""), active, participants.size() - active, canManage,
                staff.stream().anyMatch(s -> s.userId().equals(viewer)), form,
                Choices.organisationTypes(messages), Choices.functions(messages), notice);
    }
}
