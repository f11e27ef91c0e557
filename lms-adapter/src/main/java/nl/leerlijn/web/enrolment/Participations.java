package nl.leerlijn.web.enrolment;

import java.util.List;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.web.routing.Option;
import nl.leerlijn.web.routing.WebRequest;

/** Which of the signed-in person's own participations a page is about: the one {@code ?leergang=} names, else the newest active one. */
public final class Participations {
    private Participations() {
    }

    /**
     * @param core the use cases
     * @param request the request
     * @return the signed-in person's participation the request asks for ({@code ?leergang=}), else their newest active one,
     *     else their newest; empty when they follow no cohort
     */
    public static Optional<Participant> chosen(LeerlijnCore core, WebRequest request) {
        List<Participant> own = core.enrolment().participationsOf(request.actor());
        Optional<String> wanted = request.parameter("leergang");
        return wanted.flatMap(w -> own.stream().filter(p -> Long.toString(p.cohortId().value()).equals(w)).findFirst())
                .or(() -> own.stream().filter(Participant::isActive).findFirst())
                .or(() -> own.stream().findFirst());
    }

    /**
     * @param core the use cases
     * @param request the request
     * @return the cohorts the person takes part in, to choose between
     */
    public static List<Option> cohorts(LeerlijnCore core, WebRequest request) {
        return core.cohorts().cohortsOf(request.actor()).stream().filter(m -> !m.isStaff())
                .map(m -> new Option(Long.toString(m.cohort().id().value()), m.cohort().name())).toList();
    }
}
