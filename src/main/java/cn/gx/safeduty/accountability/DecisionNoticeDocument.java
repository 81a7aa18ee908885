package cn.gx.safeduty.accountability;

import cn.gx.safeduty.registry.Cadre;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.RestrictionScope;
import cn.gx.safeduty.web.ChineseFont;
import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.web.SimpleDocument;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The decision notice of a case as a Chinese PDF: 问责决定书 from the decision in force, or
 * 不予追究决定书 when the case closed without pursuit.
 */
@Component
public class DecisionNoticeDocument {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  public record Notice(String fileName, byte[] pdf) {
  }

  private final AccountabilityCaseService cases;
  private final AccountabilityCaseRepository repository;
  private final CadreService cadres;
  private final AccountabilityPolicy policy;
  private final ChineseFont font;
  private final Clock clock;

  public DecisionNoticeDocument(AccountabilityCaseService cases, AccountabilityCaseRepository repository,
      CadreService cadres, AccountabilityPolicy policy, ChineseFont font, Clock clock) {
    this.cases = cases;
    this.repository = repository;
    this.cadres = cadres;
    this.policy = policy;
    this.font = font;
    this.clock = clock;
  }

  public Notice render(long caseId) {
    AccountabilityCase c = cases.get(caseId);
    List<Decision> decisions = repository.decisions(caseId);
    Decision first = decisions.stream()
        .filter(d -> d.kind() == DecisionKind.DECISION || d.kind() == DecisionKind.NOT_PURSUED).findFirst()
        .orElseThrow(() -> new ConflictException("Case " + c.caseNumber() + " has no decision yet"));
    if (first.kind() == DecisionKind.NOT_PURSUED) {
      return notPursued(c, first);
    }
    Decision inForce = decisions.get(decisions.size() - 1);
    Cadre cadre = cadres.get(c.cadreId());
    Recommendation recommendation = repository.latestRecommendation(caseId).orElseThrow();
    LocalDate decidedOn = LocalDate.ofInstant(inForce.decidedAt(), clock.getZone());

    try (SimpleDocument doc = new SimpleDocument(font)) {
      doc.title("问责决定书").centered(c.caseNumber() + "号").gap();
      doc.paragraph("被问责人：" + CaseLabels.cadre(cadre));
      doc.paragraph("问责情形：" + CaseLabels.ground(c));
      doc.heading("一、基本事实").paragraph(c.summary()).paragraph(CaseLabels.facts(c.facts()));
      doc.heading("二、岗位职责、履职情况和履职条件（第二十七条）")
          .paragraph("岗位职责：" + nonBlank(first.postDuties()))
          .paragraph("履职情况：" + nonBlank(first.dutyPerformance()))
          .paragraph("履职条件：" + nonBlank(first.dutyConditions()));
      doc.heading("三、处理依据")
          .paragraph("依据《广西壮族自治区党政领导干部安全生产责任制实施细则》" + Articles.chinese(recommendation.articles())
              + "，规则建议：" + (recommendation.sanction() != null ? recommendation.sanction().chineseName() : "不予追究") + "。")
          .paragraph("决定理由：" + nonBlank(first.reasons()));
      doc.heading("四、问责决定").paragraph(decisionText(inForce, decisions.size() > 1));
      if (inForce.sanction() != null) {
        doc.paragraph(restrictionText(inForce, c.ground(), decidedOn));
      }
      if (inForce == first) {
        doc.heading("五、申诉").paragraph("如对本决定不服，可自收到本决定书之日起" + window()
            + "内，向" + CaseLabels.group(inForce.decidingGroup()) + "提出申诉。申诉期间，不停止本决定的执行。");
      }
      doc.gap().gap().paragraph(CaseLabels.group(inForce.decidingGroup())).paragraph(DATE.format(decidedOn));
      return new Notice(c.caseNumber().replaceAll("[〔〕]", "-") + "-问责决定书.pdf", doc.toPdf("问责决定书 " + c.caseNumber()));
    }
  }

  /** 不予追究决定书: the case closed under Art 25 or, for a departed cadre, Art 26. */
  private Notice notPursued(AccountabilityCase c, Decision d) {
    Cadre cadre = cadres.get(c.cadreId());
    try (SimpleDocument doc = new SimpleDocument(font)) {
      doc.title("不予追究决定书").centered(c.caseNumber() + "号").gap();
      doc.paragraph("当事人：" + CaseLabels.cadre(cadre));
      doc.paragraph("问责情形：" + CaseLabels.ground(c));
      doc.heading("一、基本事实").paragraph(c.summary()).paragraph(CaseLabels.facts(c.facts()));
      doc.heading("二、决定").paragraph(d.reasons() + "。");
      doc.gap().gap().paragraph(CaseLabels.group(d.decidingGroup()))
          .paragraph(DATE.format(LocalDate.ofInstant(d.decidedAt(), clock.getZone())));
      return new Notice(c.caseNumber().replaceAll("[〔〕]", "-") + "-不予追究决定书.pdf",
          doc.toPdf("不予追究决定书 " + c.caseNumber()));
    }
  }

  private static String decisionText(Decision d, boolean afterAppeal) {
    String prefix = afterAppeal ? "经复查，" : "";
    return switch (d.kind()) {
      case APPEAL_REVOKED -> prefix + "撤销原问责决定，不予追究。";
      case APPEAL_UPHELD -> prefix + "维持原决定：给予" + CaseLabels.decision(d) + "。";
      default -> prefix + "给予" + d.sanction().chineseName()
          + (d.disciplinaryKind() != null ? "（" + d.disciplinaryKind().chineseName() + "）" : "") + "。";
    };
  }

  private String restrictionText(Decision d, Ground ground, LocalDate decidedOn) {
    List<RestrictionTerm> terms = new RestrictionPolicy(policy.getRestrictions())
        .terms(d.sanction(), d.disciplinaryKind(), ground, decidedOn);
    if (terms.isEmpty()) {
      return "本决定不设影响期。";
    }
    StringBuilder text = new StringBuilder();
    for (RestrictionTerm term : terms) {
      String until = term.endsOn() != null ? "至" + DATE.format(term.endsOn().minusDays(1)) : "起长期";
      String what = term.scope() == RestrictionScope.ALL
          ? "取消考核评优和评选各类先进资格，不得晋升职务、级别或者重用任职"
          : "不得提拔担任高于原任职务层次的职务";
      text.append("自").append(DATE.format(term.startsOn())).append(until).append("，").append(what)
          .append("（").append(Articles.chinese(term.article())).append("）。");
    }
    return text.toString();
  }

  /** The configured appeal window in words, e.g. P1M → 1个月. */
  private String window() {
    String appeal = policy.getAppealWindow();
    try {
      Period period = Period.parse(appeal);
      String text = (period.getYears() > 0 ? period.getYears() + "年" : "")
          + (period.getMonths() > 0 ? period.getMonths() + "个月" : "")
          + (period.getDays() > 0 ? period.getDays() + "日" : "");
      return text.isEmpty() ? appeal : text;
    } catch (DateTimeParseException timeBased) {
      return appeal;
    }
  }

  private static String nonBlank(String text) {
    return text != null ? text : "（未填写）";
  }
}
