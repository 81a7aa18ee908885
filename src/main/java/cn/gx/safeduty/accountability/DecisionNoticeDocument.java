package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.document.DocumentRenderer;
import cn.gx.safeduty.kernel.document.RenderedDocument;
import cn.gx.safeduty.registry.Cadre;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.DutyCatalogue;
import cn.gx.safeduty.registry.Barred;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The decision notice of a case as a Chinese PDF from its template ({@code documents/decision-notice.html},
 * {@code documents/not-pursued-notice.html}): 问责决定书 from the decision in force, or 不予追究决定书
 * when the case closed without pursuit.
 */
@Component
public class DecisionNoticeDocument {

  static final DateTimeFormatter DATE = cn.gx.safeduty.kernel.ChineseDates.DAY;


  private final AccountabilityCaseService cases;
  private final AccountabilityCaseRepository repository;
  private final CadreService cadres;
  private final DutyCatalogue duties;
  private final AccountabilityPolicy policy;
  private final DocumentRenderer documents;
  private final Clock clock;

  public DecisionNoticeDocument(AccountabilityCaseService cases, AccountabilityCaseRepository repository,
      CadreService cadres, DutyCatalogue duties, AccountabilityPolicy policy, DocumentRenderer documents, Clock clock) {
    this.cases = cases;
    this.duties = duties;
    this.repository = repository;
    this.cadres = cadres;
    this.policy = policy;
    this.documents = documents;
    this.clock = clock;
  }

  public RenderedDocument render(long caseId) {
    AccountabilityCase c = cases.get(caseId);
    List<Decision> decisions = repository.decisions(caseId);
    if (AccountabilityCase.NOT_HELD_ACCOUNTABLE.equals(c.outcome())) {
      return notHeldAccountable(c, decisions);
    }
    Decision first = decisions.stream()
        .filter(d -> d.kind() == DecisionKind.DECISION || d.kind() == DecisionKind.NOT_PURSUED).findFirst()
        .orElseThrow(() -> new ConflictException("Case " + c.caseNumber() + " has no decision yet"));
    Map<String, Object> data = common(c);
    if (first.kind() == DecisionKind.NOT_PURSUED) {
      data.put("organs", List.of(CaseLabels.group(first.decidingGroup())));
      data.put("title", "不予追究决定书");
      data.put("reasons", List.of(first.reasons() + "。"));
      data.put("date", DATE.format(LocalDate.ofInstant(first.decidedAt(), clock.getZone())));
      return new RenderedDocument(fileName(c, "不予追究决定书"), documents.pdf("not-pursued-notice", data));
    }
    List<Decision> decided = decisions.stream().filter(d -> d.kind() == DecisionKind.DECISION).toList();
    List<Decision> answers = decisions.stream().filter(d -> d.kind().name().startsWith("APPEAL_")).toList();
    List<Measure> inForce = repository.measures(caseId).stream().filter(Measure::inForce).toList();
    Recommendation recommendation = repository.latestRecommendation(caseId).orElseThrow();
    LocalDate decidedOn = LocalDate.ofInstant(decided.get(decided.size() - 1).decidedAt(), clock.getZone());
    data.put("organs", decided.stream().map(d -> CaseLabels.group(d.decidingGroup())).distinct().toList());
    // a group deciding several measures weighed the Art 27 factors once: one paragraph per group
    data.put("duties", decided.stream().filter(distinctBy(Decision::decidingGroup)).map(d -> Map.of("organ", CaseLabels.group(d.decidingGroup()),
        "postDuties", nonBlank(d.postDuties()), "dutyPerformance", nonBlank(d.dutyPerformance()),
        "dutyConditions", nonBlank(d.dutyConditions()), "reasons", nonBlank(d.reasons()))).toList());
    data.put("articles", Articles.chinese(recommendation.articles()));
    data.put("recommended", recommendation.sanction() != null ? recommendation.sanction().chineseName() : "不予追究");
    data.put("measures", inForce.isEmpty() ? List.of("撤销原问责决定，不予追究。")
        : inForce.stream().map(m -> "给予" + CaseLabels.measures(List.of(m)) + "。").toList());
    data.put("appeals", answers.stream().map(d -> "经" + CaseLabels.group(d.decidingGroup()) + "复查，"
        + decisionText(d) + "理由：" + nonBlank(d.reasons()) + "。").toList());
    data.put("restriction", inForce.isEmpty() ? null : restrictionText(inForce, c.ground(),
        LocalDate.ofInstant(decided.get(0).decidedAt(), clock.getZone())));
    data.put("appealWindow", answers.isEmpty() ? window() : null);
    data.put("referral", referral(caseId));
    data.put("date", DATE.format(decidedOn));
    return new RenderedDocument(fileName(c, "问责决定书"), documents.pdf("decision-notice", data));
  }

  /** 不予问责决定书: each deciding group's conclusion of the review, with the Art 27 factors it weighed. */
  private RenderedDocument notHeldAccountable(AccountabilityCase c, List<Decision> decisions) {
    List<Decision> conclusions = decisions.stream().filter(d -> d.kind() == DecisionKind.NOT_HELD_ACCOUNTABLE).toList();
    Map<String, Object> data = common(c);
    data.put("title", "不予问责决定书");
    data.put("organs", conclusions.stream().map(d -> CaseLabels.group(d.decidingGroup())).distinct().toList());
    data.put("reasons", conclusions.stream().map(d -> "经" + CaseLabels.group(d.decidingGroup()) + "审查，岗位职责："
        + nonBlank(d.postDuties()) + "；履职情况：" + nonBlank(d.dutyPerformance()) + "；履职条件："
        + nonBlank(d.dutyConditions()) + "。" + nonBlank(d.reasons()) + "，决定不予问责（第二十七条、第二十八条）。").toList());
    data.put("date", DATE.format(LocalDate.ofInstant(conclusions.get(conclusions.size() - 1).decidedAt(),
        clock.getZone())));
    return new RenderedDocument(fileName(c, "不予问责决定书"), documents.pdf("not-pursued-notice", data));
  }

  /** What both notices say of the case: its number, the cadre, the ground and the facts. */
  private Map<String, Object> common(AccountabilityCase c) {
    Cadre cadre = cadres.get(c.cadreId());
    Map<String, Object> data = new HashMap<>();
    data.put("caseNumber", c.caseNumber());
    data.put("cadre", CaseLabels.cadre(cadre));
    data.put("ground", CaseLabels.ground(c));
    data.put("summary", c.summary());
    data.put("facts", CaseLabels.facts(c.facts()).lines().toList());
    data.put("source", c.source() == null ? null : "问题来源：" + c.source().kind().chineseName() + " "
        + c.source().ref() + "；未履行或未充分履行的职责：" + c.source().dutyIds().stream().map(duties::get)
        .map(d -> d.citation() + "（" + d.summary() + "）").collect(java.util.stream.Collectors.joining("；")));
    return data;
  }

  /** Art 21: a suspected duty-related violation or crime referred to the supervision organ, if it was. */
  private String referral(long caseId) {
    return repository.steps(caseId).stream()
        .filter(s -> s.step().equals(AccountabilitySteps.REFER_DUTY_CRIME) && s.outcome() != null && s.outcome().startsWith("已移送"))
        .reduce((earlier, later) -> later)
        .map(s -> "涉嫌职务违法犯罪问题，" + s.outcome() + "依法调查处置（第二十一条）。")
        .orElse(null);
  }

  private static <T> java.util.function.Predicate<T> distinctBy(java.util.function.Function<T, ?> key) {
    java.util.Set<Object> seen = new java.util.HashSet<>();
    return t -> seen.add(key.apply(t));
  }

  private static String fileName(AccountabilityCase c, String title) {
    return c.caseNumber().replaceAll("[〔〕]", "-") + "-" + title + ".pdf";
  }

  private static String decisionText(Decision d) {
    return switch (d.kind()) {
      case APPEAL_REVOKED -> "撤销其作出的处理。";
      case APPEAL_UPHELD -> "维持原决定。";
      default -> "变更为" + d.sanction().chineseName()
          + (d.disciplinaryKind() != null
              ? "（" + d.disciplinaryKind().category() + "：" + d.disciplinaryKind().chineseName() + "）" : "") + "。";
    };
  }

  /** The restriction of the measures in force: for each scope the longest of theirs (Art 21, Art 22). */
  private String restrictionText(List<Measure> inForce, Ground ground, LocalDate decidedOn) {
    RestrictionPolicy policyTerms = new RestrictionPolicy(policy.restrictions());
    List<RestrictionTerm> terms = RestrictionPolicy.longest(inForce.stream()
        .flatMap(m -> policyTerms.terms(m.sanction(), m.disciplinaryKind(), ground, decidedOn).stream()).toList());
    if (terms.isEmpty()) {
      return "本决定不设影响期。";
    }
    StringBuilder text = new StringBuilder();
    for (RestrictionTerm term : terms) {
      String until = term.endsOn() != null ? "至" + DATE.format(term.endsOn().minusDays(1)) : "起长期";
      String what = Barred.sentence(term.bars());
      text.append("自").append(DATE.format(term.startsOn())).append(until).append("，").append(what)
          .append("（").append(Articles.chinese(term.article())).append("）。");
    }
    return text.toString();
  }

  /** The configured appeal window in words, e.g. P1M → 1个月. */
  private String window() {
    String appeal = policy.appealWindow();
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
