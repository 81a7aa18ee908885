package cn.gx.safeduty.assessment;

import cn.gx.safeduty.accident.AccidentSummary;
import cn.gx.safeduty.accountability.CaseMeasures;
import cn.gx.safeduty.inspection.SupervisionItem;
import cn.gx.safeduty.inspection.TourResult;
import cn.gx.safeduty.registry.DutyList;
import java.util.List;

/**
 * What SafeDuty's own records show of a jurisdiction's year, gathered once for its team and members:
 * meeting compliance (null where its level owes none), the duty lists not recorded, the accidents in
 * it and below it, the supervision items, the tours' results, and the cases of its leaders with
 * measures in force decided that year.
 */
public record Evidence(int year, MeetingCompliance meetings, List<DutyList.Kind> missingLists,
    List<AccidentSummary> accidents, List<SupervisionItem> items, List<TourResult> tours, List<CaseMeasures> cases) {
}
