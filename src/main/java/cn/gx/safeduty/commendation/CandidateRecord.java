package cn.gx.safeduty.commendation;

import cn.gx.safeduty.accountability.AccountabilityCaseService;
import cn.gx.safeduty.accountability.CaseSummary;
import cn.gx.safeduty.assessment.MeetingBody;
import cn.gx.safeduty.assessment.MeetingCompliance;
import cn.gx.safeduty.assessment.SafetyMeetingService;
import cn.gx.safeduty.inspection.SupervisionItem;
import cn.gx.safeduty.inspection.SupervisionItemService;
import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.registry.CadreRole;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.RecordAccess;
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
  private final SupervisionItemService items;
  private final SafetyMeetingService meetings;
  private final AccountabilityCaseService cases;
  private final CommendationPolicy policy;
  private final Clock clock;

  CandidateRecord(CadreService cadres, SupervisionItemService items, SafetyMeetingService meetings,
      AccountabilityCaseService cases, CommendationPolicy policy, Clock clock) {
    this.cadres = cadres;
    this.items = items;
    this.meetings = meetings;
    this.cases = cases;
    this.policy = policy;
    this.clock = clock;
  }

  String compile(long cadreId, RecordAccess access) {
    SafetyRecord record = cadres.record(cadreId, access);
    LocalDate today = LocalDate.now(clock);
    List<String> lines = new ArrayList<>(List.of(RecordText.of(record, today, policy::awardName)));
    List<SupervisionItem> named = items.naming(cadreId);
    lines.add("督查督办：" + (named.isEmpty() ? "无" : named.stream().map(i -> i.itemNumber() + " " + i.requirement()
        + "（" + status(i) + "）").collect(Collectors.joining("；"))));
    lines.add("所领导机构的会议：" + meetingLines(record.cadre().jurisdictionCode(), record.cadre().roles(), today));
    List<CaseSummary> own = cases.list(cadreId, null, null, null, false, 0, 100).items();
    lines.add("问责案件：" + (own.isEmpty() ? "无" : own.stream().map(c -> c.caseNumber() + " " + c.ground().chineseName()
        + "（" + c.status().chineseName() + "）").collect(Collectors.joining("；"))));
    return String.join("\n", lines);
  }

  private String meetingLines(String jurisdiction, List<CadreRole> roles, LocalDate today) {
    List<MeetingBody> led = new ArrayList<>();
    if (roles.contains(CadreRole.PARTY_SECRETARY)) {
      led.add(MeetingBody.PARTY_STANDING_COMMITTEE);
    }
    if (roles.contains(CadreRole.GOVERNMENT_HEAD)) {
      led.add(MeetingBody.GOVERNMENT_EXECUTIVE);
    }
    if (led.isEmpty()) {
      return "不主持党委常委会或政府常务会议";
    }
    List<String> lines = new ArrayList<>();
    for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
      for (MeetingCompliance c : meetings.compliance(jurisdiction, false, year)) {
        List<String> missing = c.missing().stream().filter(m -> led.contains(m.body()))
            .map(m -> m.period() + " " + Articles.chinese(m.article())).toList();
        lines.add(year + "年" + (missing.isEmpty() ? "符合要求" : "未按要求召开：" + String.join("、", missing)));
      }
    }
    return String.join("；", lines);
  }

  private static String status(SupervisionItem i) {
    return switch (i.status()) {
      case OPEN -> "整改中";
      case OVERDUE -> "已逾期";
      case DONE -> i.wentOverdue() ? "已完成，曾逾期" : "已完成";
      case NOT_DONE -> "未完成";
    };
  }
}
