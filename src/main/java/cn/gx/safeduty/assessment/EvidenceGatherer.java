package cn.gx.safeduty.assessment;

import cn.gx.safeduty.registry.Cadre;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.SafetyDeputyCompliance;
import cn.gx.safeduty.registry.SafetyDeputyRule;
import cn.gx.safeduty.registry.DutyCheckService;
import cn.gx.safeduty.registry.DutyListService;
import cn.gx.safeduty.registry.SafetyEvidence;
import cn.gx.safeduty.registry.PortfolioService;
import cn.gx.safeduty.registry.ProcedureFacts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads a jurisdiction's year from its meetings and its safety record: nothing is typed in. */
@Component
class EvidenceGatherer {

  private final SafetyMeetingService meetings;
  private final DutyListService dutyLists;
  private final SafetyEvidence records;
  private final CadreService cadres;
  private final SafetyDeputyCompliance safetyDeputies;
  private final PortfolioService portfolios;
  private final DutyCheckService duties;

  EvidenceGatherer(SafetyMeetingService meetings, DutyListService dutyLists, SafetyEvidence records,
      CadreService cadres, SafetyDeputyCompliance safetyDeputies, PortfolioService portfolios, DutyCheckService duties) {
    this.portfolios = portfolios;
    this.duties = duties;
    this.meetings = meetings;
    this.dutyLists = dutyLists;
    this.records = records;
    this.cadres = cadres;
    this.safetyDeputies = safetyDeputies;
  }

  Evidence gather(String jurisdictionCode, int year) {
    MeetingCompliance compliance = meetings.compliance(jurisdictionCode, false, year).stream().findFirst()
        .filter(c -> c.standingCommittee().status() != MeetingCompliance.Status.NOT_REQUIRED
            || c.executive().yearStatus() != MeetingCompliance.Status.NOT_REQUIRED)
        .orElse(null);
    List<Long> leaders = cadres.holders(jurisdictionCode, java.time.LocalDate.of(year, 1, 1),
        java.time.LocalDate.of(year, 12, 31)).stream().map(Cadre::id).toList();
    List<ProcedureFacts.Accident> accidents = records.accidents(jurisdictionCode, year);
    Map<String, List<Long>> answering = new LinkedHashMap<>();
    for (ProcedureFacts.Accident a : accidents) {
      answering.put(a.accidentNumber(), portfolios.covering(jurisdictionCode, a.industryCode(), a.occurredOn()).stream()
          .map(l -> l.cadre().id()).toList());
    }
    return new Evidence(year, compliance, dutyLists.missing(jurisdictionCode, year), accidents,
        records.supervisionItems(jurisdictionCode, year), records.tourResults(jurisdictionCode, year),
        records.measuresDecided(leaders, year), safetyDeputies.flags(jurisdictionCode, false), answering,
        duties.check(jurisdictionCode, year));
  }

  /** The evidence as the forms and the record show it, line by line. */
  static String describe(Evidence e) {
    StringBuilder text = new StringBuilder();
    text.append("巡查：");
    if (e.tours().isEmpty()) {
      text.append("本年度未巡查");
    } else {
      e.tours().forEach(t -> text.append(t.tourNumber()).append(t.ratingName() == null ? " 尚未评定"
          : " 评定为" + t.ratingName() + "（未履行" + t.notFulfilled() + "项，未充分履行"
              + t.partlyFulfilled() + "项）").append("；"));
    }
    text.append("\n督查督办：").append(e.items().size()).append("项");
    long overdue = e.items().stream().filter(i -> i.wentOverdue()).count();
    if (overdue > 0) {
      text.append("，其中逾期").append(overdue).append("项");
    }
    text.append("\n生产安全事故：").append(e.accidents().isEmpty() ? "无" : e.accidents().size() + "起（"
        + String.join("、", e.accidents().stream().map(a -> a.accidentNumber() + a.grade().chineseName()).toList()) + "）");
    text.append("\n问责：").append(e.cases().isEmpty() ? "无" : String.join("、",
        e.cases().stream().map(c -> c.caseNumber()).toList()));
    text.append("\n会议：").append(e.meetings() == null ? "本级不要求"
        : e.meetings().missing().isEmpty() ? "符合第五条第（二）项、第六条第（二）项要求"
        : "有" + e.meetings().missing().size() + "个时段未按要求召开");
    text.append("\n责任清单：").append(e.missingLists().isEmpty() ? "均已制定"
        : "未制定" + String.join("、", e.missingLists().stream().map(k -> k.chineseName()).toList()));
    if (!e.duties().isEmpty()) {
      text.append("\n履职检查：").append(String.join("；", e.duties().stream()
          .map(d -> d.citation() + (d.met() == null ? "（无法判断）" : d.met() ? "（符合）" : "（不符合）") + d.detail())
          .toList()));
    }
    if (!e.safetyDeputy().isEmpty()) {
      text.append("\n分管安全生产领导：").append(String.join("；", e.safetyDeputy().stream()
          .map(SafetyDeputyRule.Flag::detail).toList()));
    }
    return text.toString();
  }
}
