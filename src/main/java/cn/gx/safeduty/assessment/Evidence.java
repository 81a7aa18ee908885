package cn.gx.safeduty.assessment;

import cn.gx.safeduty.registry.DutyCheck;
import cn.gx.safeduty.registry.DutyList;
import cn.gx.safeduty.registry.ProcedureFacts;
import cn.gx.safeduty.registry.SafetyDeputyRule;
import java.util.List;
import java.util.Map;

/**
 * What the safety record shows of a jurisdiction's year, gathered once for its team and members:
 * meeting compliance (null where its level owes none), the duty lists not recorded, the accidents in
 * it and below it, the supervision items, the tours' results, the cases of its leaders with
 * measures in force decided that year, how its safety deputy departs from Art 8 (as the registry
 * finds it now), and for each accident the leaders of the jurisdiction who answer for it ({@code
 * answering}: by accident number, the overall roles and the members whose portfolio covered it), and
 * the duties checked from records (Art 6(3), 6(4), 6(6), 9(4)).
 */
public record Evidence(int year, MeetingCompliance meetings, List<DutyList.Kind> missingLists,
    List<ProcedureFacts.Accident> accidents, List<ProcedureFacts.SupervisionItem> items,
    List<ProcedureFacts.TourResult> tours, List<ProcedureFacts.CaseMeasures> cases,
    List<SafetyDeputyRule.Flag> safetyDeputy, Map<String, List<Long>> answering, List<DutyCheck> duties) {

  /** Evidence with no Art 8 departure and no one named as answering for an accident. */
  public Evidence(int year, MeetingCompliance meetings, List<DutyList.Kind> missingLists,
      List<ProcedureFacts.Accident> accidents, List<ProcedureFacts.SupervisionItem> items,
      List<ProcedureFacts.TourResult> tours, List<ProcedureFacts.CaseMeasures> cases) {
    this(year, meetings, missingLists, accidents, items, tours, cases, List.of(), Map.of(), List.of());
  }

  /** Whether the cadre answers for the accident. */
  boolean answers(long cadreId, ProcedureFacts.Accident accident) {
    return answering.getOrDefault(accident.accidentNumber(), List.of()).contains(cadreId);
  }
}
