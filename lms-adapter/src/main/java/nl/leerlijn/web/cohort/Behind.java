package nl.leerlijn.web.cohort;

import java.time.ZoneId;
import java.util.List;
import nl.leerlijn.progress.Attention;
import nl.leerlijn.progress.AttendanceStanding;
import nl.leerlijn.web.render.Dates;
import nl.leerlijn.web.render.Messages;

/** Says in words why someone needs attention, e.g. "Aanwezigheid: 3 van 6 bijeenkomsten (50%), het minimum is niet meer haalbaar". */
final class Behind {
    private Behind() {
    }

    static List<String> reasons(Attention attention, ZoneId zone, Messages messages) {
        AttendanceStanding attendance = attention.progress().attendance();
        return attention.reasons().stream().map(r -> switch (r.kind()) {
            case ATTENDANCE_OUT_OF_REACH -> messages.get("behind.attendanceOutOfReach", attendance.counted(), attendance.held(),
                    attendance.minimumPercent());
            case ATTENDANCE_AT_RISK -> messages.get("behind.attendanceAtRisk", attendance.counted(), attendance.held(),
                    attendance.minimumPercent());
            case ATTENDANCE_BELOW_MINIMUM -> messages.get("behind.attendanceBelow", attendance.counted(), attendance.held(),
                    attendance.percentSoFar(), attendance.minimumPercent());
            case FAILED_WORK -> messages.get("behind.failed", r.activity().orElseThrow().title());
            case MISSING_WORK, MISSING_ONLINE_WORK -> messages.get("behind.missing", r.activity().orElseThrow().title(),
                    attention.progress().activity(r.activity().orElseThrow().key()).flatMap(a -> a.planned())
                            .map(p -> Dates.day(messages.locale()).format(p.at().atZone(zone))).orElse(""));
        }).toList();
    }
}
