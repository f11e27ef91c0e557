package nl.leerlijn.register;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.access.Access;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.attendance.AttendanceRegister;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.Cohorts;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.curriculum.Register;
import nl.leerlijn.curriculum.RegisterPoints;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.Participants;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.schedule.Schedules;
import org.jdbi.v3.core.Jdbi;

/**
 * What the professional registers take from a cohort: only participants with a registration number, only presence both
 * sides confirmed, net contact hours from the sessions' length in the definition (intervisie in the reflectie
 * category). Registerplein's presence is entered in PE-online per session as a list of registration numbers; SKJ awards
 * points per professional. Checks the person. Thread-safe.
 */
public final class RegisterService {
    private final Jdbi jdbi;
    private final ZoneId zone;
    private final Access access;
    private final Cohorts cohorts;
    private final Participants participants;
    private final Schedules schedules;
    private final AttendanceRegister attendance;

    /**
     * Wires the exports; see {@code LeerlijnCore}.
     *
     * @param jdbi Leerlijn's database access
     * @param zone the zone a session's date is taken in
     * @param access decides who may do what
     * @param cohorts cohorts and their programmes
     * @param participants participants by cohort
     * @param schedules sessions by cohort
     * @param attendance confirmed presence
     */
    public RegisterService(Jdbi jdbi, ZoneId zone, Access access, Cohorts cohorts, Participants participants, Schedules schedules,
            AttendanceRegister attendance) {
        this.jdbi = jdbi;
        this.zone = zone;
        this.access = access;
        this.cohorts = cohorts;
        this.participants = participants;
        this.schedules = schedules;
        this.attendance = attendance;
    }

    /**
     * @param actor who asks: the cohort's kerndocenten, administrators, the examencommissie
     * @param cohort the cohort
     * @param register the register
     * @return per session (in time order) and participant (by name), the presence both confirmed, for participants with a
     *     number in the register; a fixed number of queries
     */
    public List<RegisterLine> lines(Actor actor, CohortId cohort, Register register) {
        return jdbi.inTransaction(h -> {
            require(actor, cohort);
            Programme programme = cohorts.programme(cohort);
            Map<ParticipantId, Set<ActivityKey>> confirmed = attendance.confirmedInCohort(cohort);
            List<Participant> numbered = numbered(cohort, register);
            List<RegisterLine> lines = new ArrayList<>();
            for (ScheduleItem item : schedules.itemsOf(cohort).stream().filter(ScheduleItem::isSession)
                    .sorted(Comparator.comparing(ScheduleItem::at)).toList()) {
                Optional<Activity> activity = programme.activity(item.activity());
                int minutes = activity.map(Activity::contactMinutes).orElse(0);
                RegisterLine.Category category = activity.map(Activity::kind).filter(k -> k == ActivityKind.INTERVISION_MEETING).isPresent()
                        ? RegisterLine.Category.REFLECTIE : RegisterLine.Category.VAKINHOUDELIJK;
                for (Participant p : numbered) {
                    if (confirmed.getOrDefault(p.id(), Set.of()).contains(item.activity())) {
                        lines.add(new RegisterLine(p.id(), p.profile().displayName(), number(p, register), LocalDate.ofInstant(item.at(), zone),
                                item.title(), minutes, category));
                    }
                }
            }
            return lines;
        });
    }

    /**
     * @param actor who asks: the cohort's kerndocenten, administrators, the examencommissie
     * @param cohort the cohort
     * @param register the register
     * @return per participant with a number in the register (by name), their net contact hours from confirmed presence
     */
    public List<RegisterTotal> totals(Actor actor, CohortId cohort, Register register) {
        List<RegisterLine> lines = lines(actor, cohort, register);
        int points = cohorts.programme(cohort).registerPoints().stream().filter(p -> p.register() == register)
                .mapToInt(RegisterPoints::points).sum();
        return numbered(cohort, register).stream().map(p -> {
            List<RegisterLine> own = lines.stream().filter(l -> l.participant().equals(p.id())).toList();
            return new RegisterTotal(p.id(), p.profile().displayName(), number(p, register),
                    own.stream().filter(l -> l.category() == RegisterLine.Category.VAKINHOUDELIJK).mapToInt(RegisterLine::minutes).sum(),
                    own.stream().filter(l -> l.category() == RegisterLine.Category.REFLECTIE).mapToInt(RegisterLine::minutes).sum(),
                    own.stream().map(RegisterLine::date).max(Comparator.naturalOrder()).map(LocalDate::toString).orElse(""), points);
        }).toList();
    }

    private void require(Actor actor, CohortId cohort) {
        Permissions permissions = access.in(cohort, actor);
        permissions.require(permissions.mayManage() || permissions.mayExamine(), "export register hours of cohort " + cohort);
    }

    private List<Participant> numbered(CohortId cohort, Register register) {
        return participants.inCohort(cohort).stream().filter(p -> !number(p, register).isEmpty())
                .sorted(Comparator.comparing((Participant p) -> p.profile().displayName())).toList();
    }

    private static String number(Participant p, Register register) {
        return (register == Register.REGISTERPLEIN ? p.profile().registerNumbers().registerplein() : p.profile().registerNumbers().skj())
                .orElse("");
    }
}
