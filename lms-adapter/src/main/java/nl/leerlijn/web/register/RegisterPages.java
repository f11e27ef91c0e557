package nl.leerlijn.web.register;

import java.util.List;
import java.util.Locale;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.Register;
import nl.leerlijn.register.RegisterLine;
import nl.leerlijn.register.RegisterTotal;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.CsvDownload;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/**
 * The registers' exports of a cohort: for Registerplein the presence per session by registration number (the numbers PE-online
 * takes, one session at a time), for SKJ the net contact hours per professional. Only presence both sides confirmed, only
 * participants with a number in that register.
 */
public final class RegisterPages implements RouteGroup {
    private final LeerlijnCore core;

    /** @param core the use cases */
    public RegisterPages(LeerlijnCore core) {
        this.core = core;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cohorts/{cohortId}/registerplein.csv", this::registerplein),
                Route.get("/cohorts/{cohortId}/skj.csv", this::skj));
    }

    private WebResult registerplein(WebRequest request) {
        CohortId cohort = new CohortId(request.id("cohortId"));
        List<RegisterLine> lines = core.registers().lines(request.actor(), cohort, Register.REGISTERPLEIN);
        Messages messages = request.messages();
        return CsvDownload.of("registerplein-presentie-" + cohort.value() + ".csv", csv -> {
            csv.add(messages.get("register.csv.date"), messages.get("register.csv.session"), messages.get("register.csv.number"),
                    messages.get("register.csv.name"), messages.get("register.csv.hours"), messages.get("register.csv.category"));
            lines.forEach(l -> csv.add(l.date().toString(), l.session(), l.number(), l.name(), hours(l.minutes()),
                    messages.get("register.category." + l.category().name())));
        });
    }

    private WebResult skj(WebRequest request) {
        CohortId cohort = new CohortId(request.id("cohortId"));
        List<RegisterTotal> totals = core.registers().totals(request.actor(), cohort, Register.SKJ);
        Messages messages = request.messages();
        return CsvDownload.of("skj-uren-" + cohort.value() + ".csv", csv -> {
            csv.add(messages.get("register.csv.skjNumber"), messages.get("register.csv.name"), messages.get("register.csv.vakinhoudelijk"),
                    messages.get("register.csv.reflectie"), messages.get("register.csv.total"), messages.get("register.csv.lastDate"),
                    messages.get("register.csv.points"));
            totals.forEach(t -> csv.add(t.number(), t.name(), hours(t.vakinhoudelijkMinutes()), hours(t.reflectieMinutes()),
                    hours(t.vakinhoudelijkMinutes() + t.reflectieMinutes()), t.lastDate(), t.programmePoints()));
        });
    }

    /** @return hours with two decimals and a decimal comma, as Dutch spreadsheets read them, e.g. {@code 6,50} */
    static String hours(int minutes) {
        return String.format(Locale.ROOT, "%d,%02d", minutes / 60, Math.round((minutes % 60) * 100 / 60.0f));
    }
}
