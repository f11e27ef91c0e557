package nl.leerlijn.web.cohort;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.StaffMember;
import nl.leerlijn.cohort.StaffRemoval;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.Option;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;

/** A cohort's team: its kerndocenten and tweede beoordelaars, added and removed by a kerndocent. */
public final class StaffPages implements RouteGroup {
    static final String USER = "userId";
    static final String NAME = "name";
    static final String ROLE = "role";
    private static final Set<String> NOTICES = Set.of("added", "alreadyStaff", "removed");

    private final LeerlijnCore core;

    /** @param core the use cases */
    public StaffPages(LeerlijnCore core) {
        this.core = core;
    }

    /** The team page; {@code form} is the add form, {@code problem} a refused removal, in words. */
    public record StaffView(long cohortId, List<Member> members, boolean canManage, Form form, List<Option> roles, String notice,
            String problem) {
    }

    /** A member of the team; {@code roleKey} is a message key. */
    public record Member(String userId, String name, String role, String roleKey) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cohorts/{cohortId}/staff", this::page),
                Route.post("/cohorts/{cohortId}/staff", this::add),
                Route.post("/cohorts/{cohortId}/staff/remove", this::remove));
    }

    private WebResult page(WebRequest request) {
        return staffPage(request, Form.initial(Map.of(ROLE, StaffRole.SECOND_ASSESSOR.name())), "", 200);
    }

    private WebResult add(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        Form form = Form.of(request);
        Optional<String> user = form.required(USER, 200);
        Optional<String> name = form.required(NAME, 200);
        Optional<StaffRole> role = form.choice(ROLE, StaffRole.class);
        if (form.hasErrors()) {
            return staffPage(request, form, "", 400);
        }
        boolean added = core.cohorts().assignStaff(request.actor(), id, new UserId(user.get()), name.get(), role.get());
        return new WebResult.Redirect("/cohorts/" + id.value() + "/staff?notice=" + (added ? "added" : "alreadyStaff"));
    }

    private WebResult remove(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        Form form = Form.of(request);
        Optional<String> user = form.required(USER, 200);
        Optional<StaffRole> role = form.choice(ROLE, StaffRole.class);
        if (form.hasErrors()) {
            return staffPage(request, Form.initial(Map.of()), request.messages().get("staff.removeUnknown"), 400);
        }
        StaffRemoval removal = core.cohorts().removeStaff(request.actor(), id, new UserId(user.get()), role.get());
        return switch (removal) {
            case REMOVED -> new WebResult.Redirect("/cohorts/" + id.value() + "/staff?notice=removed");
            case NOT_ASSIGNED -> staffPage(request, Form.initial(Map.of()), request.messages().get("staff.removeUnknown"), 409);
            case LAST_CORE_TEACHER -> staffPage(request, Form.initial(Map.of()), request.messages().get("staff.lastCoreTeacher"), 409);
        };
    }

    private WebResult staffPage(WebRequest request, Form form, String problem, int status) {
        CohortId id = new CohortId(request.id("cohortId"));
        Cohort cohort = core.cohorts().cohort(request.actor(), id);
        List<StaffMember> staff = core.cohorts().staff(request.actor(), id);
        Permissions permissions = core.access().in(id, request.actor());
        Messages messages = request.messages();
        List<Member> members = staff.stream().map(s -> new Member(s.userId().value(), s.displayName(), s.role().name(),
                "relation." + s.role().name())).toList();
        List<Option> roles = List.of(new Option(StaffRole.CORE_TEACHER.name(), messages.get("relation.CORE_TEACHER")),
                new Option(StaffRole.SECOND_ASSESSOR.name(), messages.get("relation.SECOND_ASSESSOR")));
        StaffView view = new StaffView(id.value(), members, permissions.mayManage(), form, roles,
                request.notice("staff.notice.", NOTICES), problem);
        return WebResult.Page.of("cohort/staff.ftlh", "staff.title", view).status(status).trail(Frames.cohort(cohort, messages))
                .in(Frames.cohortMenu(cohort, permissions, "/cohorts/" + id.value() + "/staff", messages));
    }
}
