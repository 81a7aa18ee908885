package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.registry.CadreRole;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.ProcedureFacts;
import cn.gx.safeduty.registry.RecordAccess;
import cn.gx.safeduty.registry.SafetyEvidence;
import cn.gx.safeduty.registry.SafetyRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A candidate's safety record compiled for a vetting (Art 15 ¶1, BRIEF §5): assessments, tour findings,
 * awards, measures and restrictions from the registry, the supervision items naming them, the meetings
 * of the bodies they led this year and last, and their accountability cases.
 */
@Component
class CandidateRecord {

  private final CadreService cadres;
  private final SafetyEvidence evidence;
  private final CommendationPolicy policy;
  private final Clock clock;

  CandidateRecord(CadreService cadres, SafetyEvidence evidence, CommendationPolicy policy, Clock clock) {
    this.cadres = cadres;
    this.evidence = evidence;
    this.policy = policy;
    this.clock = clock;
  }

  String compile(long cadreId, RecordAccess access) {
    SafetyRecord record = cadres.record(cadreId, access);
    LocalDate today = LocalDate.now(clock);
    List<String> lines = new ArrayList<>(List.of(RecordText.of(record, today, policy::awardName)));
    List<ProcedureFacts.SupervisionItem> named = evidence.itemsNaming(cadreId);
    lines.add("督查督办：" + (named.isEmpty() ? "无" : named.stream().map(i -> i.itemNumber() + " " + i.requirement()
        + "（" + i.statusName() + "）").collect(Collectors.joining("；"))));
    lines.add("所领导机构的会议：" + meetingLines(record.cadre().jurisdictionCode(), record.cadre().roles(), today));
    List<ProcedureFacts.CaseEntry> own = evidence.cases(cadreId);
    lines.add("问责案件：" + (own.isEmpty() ? "无" : own.stream().map(c -> c.caseNumber() + " " + c.groundName()
        + "（" + c.statusName() + "）").collect(Collectors.joining("；"))));
    return String.join("\n", lines);
  }

  private String meetingLines(String jurisdiction, List<CadreRole> roles, LocalDate today) {
    List<CadreRole> chaired = roles.stream().filter(CadreRole::principal).toList();
    if (chaired.isEmpty()) {
      return "不主持党委常委会或政府常务会议";
    }
    List<String> lines = new ArrayList<>();
    for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
      List<String> missing = evidence.meetingShortfalls(jurisdiction, year).stream()
          .filter(m -> chaired.contains(m.chair()))
          .map(m -> m.period() + " " + Articles.chinese(m.article())).toList();
      lines.add(year + "年" + (missing.isEmpty() ? "符合要求" : "未按要求召开：" + String.join("、", missing)));
    }
    return String.join("；", lines);
  }
}
