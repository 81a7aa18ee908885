package cn.gx.safeduty.assessment;

import cn.gx.safeduty.registry.DutyList;
import cn.gx.safeduty.registry.ProcedureFacts;
import java.util.List;

/**
 * What the safety record shows of a jurisdiction's year, gathered once for its team and members:
 * meeting compliance (null where its level owes none), the duty lists not recorded, the accidents in
 * it and below it, the supervision items, the tours' results, and the cases of its leaders with
 * measures in force decided that year.
 */
public record Evidence(int year, MeetingCompliance meetings, List<DutyList.Kind> missingLists,
    List<ProcedureFacts.Accident> accidents, List<ProcedureFacts.SupervisionItem> items,
    List<ProcedureFacts.TourResult> tours, List<ProcedureFacts.CaseMeasures> cases) {
}
