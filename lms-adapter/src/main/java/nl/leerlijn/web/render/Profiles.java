package nl.leerlijn.web.render;

import nl.leerlijn.enrolment.ParticipantProfile;

/** How a participant's work details read on a page and in an export, in the reader's language. */
public final class Profiles {
    private Profiles() {
    }

    /**
     * @param profile the participant's work details
     * @param messages the texts in the page's language
     * @return the function as a label, or in the participant's own words for "anders"
     */
    public static String function(ParticipantProfile profile, Messages messages) {
        return profile.otherFunction().orElseGet(() -> messages.get("function." + profile.function().name()));
    }

    /**
     * @param profile the participant's work details
     * @param messages the texts in the page's language
     * @return the kind of organisation as a label
     */
    public static String organisationType(ParticipantProfile profile, Messages messages) {
        return messages.get("organisationType." + profile.organisation().type().name());
    }
}
