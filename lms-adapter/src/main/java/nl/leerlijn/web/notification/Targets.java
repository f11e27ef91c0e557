package nl.leerlijn.web.notification;

import nl.leerlijn.notification.Target;

/** Where each kind of notification target is, inside Leerlijn's servlet. */
final class Targets {
    private Targets() {
    }

    /**
     * @param target where a notification leads
     * @return the path under the servlet, e.g. {@code /marking/42}
     */
    static String path(Target target) {
        long id = target.id();
        return switch (target.place()) {
            case PAPER -> "/paper?leergang=" + id;
            case PROGRAMME -> "/programme?leergang=" + id;
            case PRAKTIJK -> "/praktijk?leergang=" + id;
            case MEETING -> "/intervisie/meetings/" + id;
            case MARKING -> "/marking/" + id;
            case EXTENSIONS -> "/cohorts/" + id + "/extensions";
            case COHORT -> "/cohorts/" + id;
            case ATTENDANCE -> "/aanwezigheid?leergang=" + id;
        };
    }
}
