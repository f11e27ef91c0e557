package nl.leerlijn.testing;

import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.intervisie.GroupRound;
import nl.leerlijn.intervisie.Meeting;

/** Intervisie as tests need it: groups formed and published, and a chosen member bringing the case to a meeting. */
public final class IntervisionSetUp {
    private IntervisionSetUp() {
    }

    /**
     * Forms and publishes the cohort's groups and makes {@code member} the inbrenger of their group's first meeting (the
     * kerndocent's override: whoever had that turn takes the member's role there, if any).
     *
     * @param core Leerlijn
     * @param kerndocent the cohort's kerndocent
     * @param cohort the cohort, with enough participants for groups
     * @param member who brings the case
     * @param seed the engine's seed
     * @return the meeting as it is now
     */
    public static Meeting firstMeetingBroughtBy(LeerlijnCore core, Actor kerndocent, CohortId cohort, ParticipantId member, long seed) {
        GroupRound draft = core.intervision().form(kerndocent, cohort, seed, Optional.empty());
        GroupRound published = core.intervision().publish(kerndocent, cohort, draft.revision());
        Meeting first = core.intervision().group(kerndocent, cohort, published.groupOf(member).orElseThrow().id()).meetings().get(0);
        makeInbrenger(core, kerndocent, first, member);
        return core.intervision().meeting(kerndocent, first.id()).meeting();
    }

    /**
     * Makes {@code member} the inbrenger of the meeting; the one whose turn it was takes the member's role there, if any.
     *
     * @param core Leerlijn
     * @param kerndocent the cohort's kerndocent
     * @param meeting the meeting
     * @param member a member of its group
     */
    public static void makeInbrenger(LeerlijnCore core, Actor kerndocent, Meeting meeting, ParticipantId member) {
        if (!meeting.roles().inbrenger().orElseThrow().equals(member)) {
            core.intervision().setRoles(kerndocent, meeting.id(), meeting.roles().withInbrenger(member), meeting.revision());
        }
    }
}
