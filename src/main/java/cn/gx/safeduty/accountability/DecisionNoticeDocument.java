package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.kernel.ChineseDates;
import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.Sentences;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.document.DocumentRenderer;
import cn.gx.safeduty.kernel.document.OfficialDocument;
import cn.gx.safeduty.kernel.document.RenderedDocument;
import cn.gx.safeduty.registry.Barred;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.DocumentIssuers;
import cn.gx.safeduty.registry.Duty;
import cn.gx.safeduty.registry.DutyCatalogue;
import cn.gx.safeduty.registry.IssuedNumber;
import cn.gx.safeduty.registry.Organ;
import cn.gx.safeduty.registry.OrganKind;
import cn.gx.safeduty.registry.Posting;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's decision as an official document of the organs that decided it ({@link CaseIssuing}), with the
 * number and date it was issued under: 问责决定书 with the measures as issued, each with its legal basis and
 * remedy; 不予追究决定书 when the case closed under Art 25 or 26; 不予问责决定书 when after review no measure
 * was decided. The facts are told in sentences; nothing internal (record numbers, the rules' suggestion) is printed.
 */
@Component
public class DecisionNoticeDocument {

  private final AccountabilityCaseService cases;
  private final AccountabilityCaseRepository repository;
  private final CadreService cadres;
  private final DutyCatalogue duties;
  private final AccountabilityPolicy policy;
  private final NoticePolicy notices;
  private final CaseIssuing issuing;
  private final CaseLifecycle lifecycle;
  private final DocumentRenderer documents;
  private final java.time.Clock clock;

  public DecisionNoticeDocument(AccountabilityCaseService cases, AccountabilityCaseRepository repository,
      CadreService cadres, DutyCatalogue duties, AccountabilityPolicy policy, NoticePolicy notices, CaseIssuing issuing,
      CaseLifecycle lifecycle, DocumentRenderer documents, java.time.Clock clock) {
    this.lifecycle = lifecycle;
    this.clock = clock;
    this.cases = cases;
    this.repository = repository;
    this.cadres = cadres;
    this.duties = duties;
    this.policy = policy;
    this.notices = notices;
    this.issuing = issuing;
    this.documents = documents;
  }

  @Transactional
  public RenderedDocument render(long caseId) {
    AccountabilityCase c = cases.get(caseId);
    List<Decision> decisions = repository.decisions(caseId);
    Subject subject = subject(c);
    if (AccountabilityCase.NOT_HELD_ACCOUNTABLE.equals(c.outcome())) {
      return notHeldAccountable(c, subject, decisions);
    }
    var notPursued = decisions.stream().filter(d -> d.kind() == DecisionKind.NOT_PURSUED).findFirst();
    if (notPursued.isPresent()) {
      return notPursued(c, subject, notPursued.get());
    }
    List<Measure> issued = CaseIssuing.issued(repository.measures(caseId));
    if (issued.isEmpty()) {
      throw new ConflictException("Case " + c.caseNumber() + " has no decision issued yet");
    }
    return decision(c, subject, decisions, issued);
  }

  /**
   * The decision on the latest appeal (复查决定, or 复审决定 for a 政务处分) as an official document of the
   * organs that answered it, numbered when the last of them answered; 409 before then.
   */
  @Transactional
  public RenderedDocument appealDecision(long caseId) {
    AccountabilityCase c = cases.get(caseId);
    var latest = lifecycle.latestAppeal(caseId).filter(a -> !a.answers().isEmpty());
    IssuedNumber number = latest.isEmpty() ? null
        : issuing.issuers().numbers().find(CaseIssuing.APPEAL_DECISION, caseId).orElse(null);
    if (number == null) {
      throw new ConflictException("Case " + c.caseNumber() + " has no appeal answered yet");
    }
    CaseStep appeal = latest.get().received();
    List<Decision> answers = latest.get().answers();
    Subject s = subject(c);
    List<Measure> measures = repository.measures(caseId);
    boolean review = latest.get().contest().review;
    boolean appealed = latest.get().contest().appealed;
    List<Organ> organs = issuing.answering(s.level(), latest.get());
    String asked = review && appealed ? "申诉和复审申请" : review ? "复审申请" : "申诉";
    Map<String, Object> data = common(c, s);
    data.put("title", "关于" + s.name() + "同志" + asked + "的" + (review && !appealed ? "复审决定" : "复查决定"));
    // what was contested: the measures of the departments that answered (each answered its own contested ones)
    java.util.Set<String> answering = answers.stream().map(Decision::decidingGroup).collect(Collectors.toSet());
    data.put("asked", s.name() + "同志对" + CaseIssuing.issued(measures).stream()
        .filter(m -> answering.contains(m.decidingGroup())).map(m -> measurePhrase(m, s.name()))
        .collect(Collectors.joining("、")) + "的决定不服，于" + ChineseDates.DAY.format(LocalDate.ofInstant(
            appeal.doneAt(), clock.getZone())) + "提出" + asked + "，理由为："
        + Sentences.closed(appeal.remarks()));
    data.put("answers", answers.stream().map(d -> {
      List<Organ> by = issuing.answering(s.level(), d.decidingGroup(), latest.get().contest());
      String verb = by.stream().map(o -> o.kind() == OrganKind.SUPERVISION_COMMISSION ? "复审" : "复查").distinct()
          .collect(Collectors.joining("、"));
      String outcome = switch (d.kind()) {
        case APPEAL_UPHELD -> "维持原决定";
        case APPEAL_REVOKED -> "撤销其作出的原决定";
        default -> "变更为" + measurePhrase(Measure.decided(d.sanction(), d.disciplinaryKind(), d.decidingGroup(),
            d.decidedBy(), d.reasons(), d.decidedAt()), s.name());
      };
      return by.stream().map(Organ::name).collect(Collectors.joining("、")) + verb + "认为，"
          + Sentences.open(d.reasons()) + "，决定" + outcome + "。";
    }).toList());
    List<String> remedies = new java.util.ArrayList<>();
    organs.stream().filter(o -> o.kind() == OrganKind.SUPERVISION_COMMISSION).forEach(o -> remedies.add(
        s.name() + "同志对复审决定仍不服的，可以自收到本决定书之日起" + window() + "内，向"
            + issuing.issuers().above(o).map(Organ::name).orElse("上一级监察机关") + "申请复核。复核期间，不停止本决定的执行。"));
    data.put("remedies", remedies);
    OfficialDocument frame = issuing.issuers().frame(organs, number,
        issuing.issuers().partyAndGovernment(s.posting().jurisdictionCode()), number.issuedOn(), List.of(),
        copies(s.level()));
    return new RenderedDocument(number.text() + " " + (review && !appealed ? "复审决定书" : "复查决定书") + ".pdf",
        documents.pdf("appeal-decision-notice", frame, data));
  }

  /** The cadre as the documents name them: the post the case concerns, held then or still. */
  record Subject(String name, String post, boolean left, Posting posting, String level) {

    String held() {
      return name + "同志，" + (left ? "时任" : "现任") + post + "。";
    }
  }

  private Subject subject(AccountabilityCase c) {
    Posting posting = issuing.posting(c);
    return new Subject(cadres.get(c.cadreId()).name(), issuing.issuers().postAsHeld(posting), posting.endsOn() != null,
        posting, issuing.level(c));
  }

  private RenderedDocument decision(AccountabilityCase c, Subject s, List<Decision> decisions, List<Measure> issued) {
    DocumentIssuers issuers = issuing.issuers();
    List<Organ> organs = issuing.deciding(s.level(), issued.stream().map(Measure::decidingGroup).toList(), issued);
    LocalDate firstDecided = LocalDate.ofInstant(issued.get(0).decidedAt(), clock.getZone());
    IssuedNumber number = issuing.number(CaseIssuing.DECISION, c, organs, firstDecided);
    Recommendation recommendation = repository.latestRecommendation(c.id()).orElseThrow();
    Map<String, Object> data = common(c, s);
    data.put("title", "关于对" + s.name() + "同志问责的决定");
    // a department deciding several measures weighed the Art 27 factors once: one paragraph each
    List<Decision> decided = decisions.stream().filter(d -> d.kind() == DecisionKind.DECISION).toList();
    Map<String, Decision> byGroup = new LinkedHashMap<>();
    decided.forEach(d -> byGroup.putIfAbsent(d.decidingGroup(), d));
    data.put("weighing", byGroup.values().stream().map(d -> weighing(
        issuing.organ(s.level(), d.decidingGroup(), measuresOf(issued, d.decidingGroup())).name(), s.name(), d)).toList());
    data.put("articles", "依据" + Articles.REGULATION + Articles.chinese(recommendation.articles()) + "，经研究，作出如下决定：");
    data.put("measures", issued.stream().map(m -> measureSentence(m, s, issuing.organ(s.level(), m.decidingGroup(),
        List.of(m)).name())).toList());
    data.put("restriction", restriction(issued, c, number.issuedOn()));
    data.put("referral", referral(c, s));
    Remedies remedies = remedies(issued, s);
    data.put("remedies", remedies.lines());
    data.put("remedyHeading", remedies.heading());
    OfficialDocument frame = issuers.frame(organs, number, issuers.partyAndGovernment(s.posting().jurisdictionCode()),
        number.issuedOn(), List.of(), copies(s.level()));
    return new RenderedDocument(number.text() + " 问责决定书.pdf", documents.pdf("decision-notice", frame, data));
  }

  private RenderedDocument notPursued(AccountabilityCase c, Subject s, Decision d) {
    DocumentIssuers issuers = issuing.issuers();
    List<Organ> organs = issuing.deciding(s.level(), List.of(d.decidingGroup()), List.of());
    IssuedNumber number = issuing.number(CaseIssuing.NOT_PURSUED, c,  organs,
        LocalDate.ofInstant(d.decidedAt(), clock.getZone()));
    Map<String, Object> data = common(c, s);
    data.put("title", "关于对" + s.name() + "同志不予追究责任的决定");
    String article = c.facts().fullyPerformedDuties() ? "第二十五条" : "第二十六条";
    data.put("conclusions", List.of("经" + organs.get(0).name() + "审查，" + Sentences.closed(d.reasons()),
        "依据" + Articles.REGULATION + article + "，决定对" + s.name() + "同志不予追究领导责任。"));
    OfficialDocument frame = issuers.frame(organs, number, issuers.partyAndGovernment(s.posting().jurisdictionCode()),
        number.issuedOn(), List.of(), copies(s.level()));
    return new RenderedDocument(number.text() + " 不予追究决定书.pdf", documents.pdf("not-pursued-notice", frame, data));
  }

  /** 不予问责: each department's conclusion of its review, with the Art 27 factors it weighed. */
  private RenderedDocument notHeldAccountable(AccountabilityCase c, Subject s, List<Decision> decisions) {
    DocumentIssuers issuers = issuing.issuers();
    List<Decision> conclusions = decisions.stream().filter(d -> d.kind() == DecisionKind.NOT_HELD_ACCOUNTABLE).toList();
    List<Organ> organs = issuing.deciding(s.level(), conclusions.stream().map(Decision::decidingGroup).toList(),
        List.of());
    IssuedNumber number = issuing.number(CaseIssuing.NOT_HELD_ACCOUNTABLE, c, organs, LocalDate.ofInstant(
        conclusions.get(conclusions.size() - 1).decidedAt(), clock.getZone()));
    Map<String, Object> data = common(c, s);
    data.put("title", "关于对" + s.name() + "同志不予问责的决定");
    List<String> lines = new ArrayList<>(conclusions.stream()
        .map(d -> weighing(issuing.organ(s.level(), d.decidingGroup(), List.of()).name(), s.name(), d)).toList());
    lines.add("依据" + Articles.REGULATION + "第二十七条、第二十八条，决定对" + s.name() + "同志不予问责。");
    data.put("conclusions", lines);
    OfficialDocument frame = issuers.frame(organs, number, issuers.partyAndGovernment(s.posting().jurisdictionCode()),
        number.issuedOn(), List.of(), copies(s.level()));
    return new RenderedDocument(number.text() + " 不予问责决定书.pdf", documents.pdf("not-pursued-notice", frame, data));
  }

  /** What every notice says: who, and the facts in sentences. */
  private Map<String, Object> common(AccountabilityCase c, Subject s) {
    Map<String, Object> data = new HashMap<>();
    data.put("subject", s.held());
    data.put("facts", facts(c, s.name()));
    return data;
  }

  List<String> facts(AccountabilityCase c, String name) {
    List<String> facts = new ArrayList<>();
    facts.add(Sentences.closed(c.summary()));
    StringBuilder ground = new StringBuilder("经查，" + name + "同志存在“" + c.ground().chineseName() + "”的情形（"
        + Articles.chinese(c.ground().article()) + "）");
    if (c.accidentGrade() != null) {
      ground.append("，该事故为").append(c.accidentGrade().chineseName());
    }
    if (c.responsibility() != null) {
      ground.append("，").append(name).append("同志负有").append(c.responsibility().chineseName());
    }
    facts.add(ground + "。");
    if (c.source() != null) {
      facts.add("该问题在" + c.source().kind().chineseName() + "中发现，涉及" + c.source().dutyIds().stream()
          .map(duties::get).map(d -> d.citation() + "规定的“" + Sentences.open(d.summary()) + "”")
          .collect(Collectors.joining("、")) + "职责。");
    }
    CaseFacts f = c.facts();
    if (f.enlargedLossByPoorWork()) {
      facts.add("事故发生后，" + name + "同志工作不力，导致伤亡人数增加或者财产损失扩大（第二十三条）。");
    }
    if (f.seriousSocialImpact()) {
      facts.add("该问题造成严重社会影响（第二十三条）。");
    }
    if (f.egregiousAndSerious()) {
      facts.add(name + "同志失职失责性质恶劣、后果严重（第二十六条）。");
    }
    if (f.mitigation() != Mitigation.NONE) {
      facts.add(name + "同志主动采取补救措施，依照第二十四条可以" + f.mitigation().chineseName() + "处理。");
    }
    return facts;
  }

  private static String weighing(String organ, String name, Decision d) {
    return organ + "审查认为，" + name + "同志的岗位职责为" + Sentences.open(d.postDuties()) + "，履职情况为"
        + Sentences.open(d.dutyPerformance()) + "，履职条件为" + Sentences.open(d.dutyConditions()) + "。"
        + Sentences.closed(d.reasons());
  }

  private static List<Measure> measuresOf(List<Measure> measures, String group) {
    return measures.stream().filter(m -> m.decidingGroup().equals(group)).toList();
  }

  /** A measure as the decision words it, with its own legal basis and the organ that decided it. */
  private String measureSentence(Measure m, Subject s, String organ) {
    String basis = notices.of(MeasureCategory.of(m.sanction(), m.disciplinaryKind())).basis();
    return "依据" + basis + "，" + organ + "决定" + measurePhrase(m, s.name()) + "。";
  }

  static String measurePhrase(Measure m, String name) {
    String who = name + "同志";
    return switch (m.sanction()) {
      case CRITICISM_EDUCATION -> "对" + who + "进行批评教育、责令检查";
      case NOTICE -> "对" + who + "予以通报";
      case ADMONISHMENT -> "对" + who + "进行诫勉";
      case SUSPENSION -> "对" + who + "予以停职检查";
      case REASSIGNMENT -> "对" + who + "予以调整职务";
      case ORDERED_RESIGNATION -> "责令" + who + "辞职";
      case DEMOTION -> "给予" + who + "降职处理";
      case REMOVAL -> "对" + who + "予以免职";
      case DISCIPLINARY_SANCTION -> "给予" + who + sanctionName(m.disciplinaryKind());
    };
  }

  private static String sanctionName(DisciplinaryKind kind) {
    if (kind == null) {
      return "处分";
    }
    if (kind.partyDiscipline()) {
      return kind.chineseName() + "处分";
    }
    return kind == DisciplinaryKind.EXPULSION ? "开除公职处分" : "政务" + kind.chineseName() + "处分";
  }

  /** The restriction of the measures as issued: for each thing barred the longest of theirs (Art 21, Art 22). */
  private String restriction(List<Measure> issued, AccountabilityCase c, LocalDate issuedOn) {
    RestrictionPolicy terms = new RestrictionPolicy(policy.restrictions());
    List<RestrictionTerm> longest = RestrictionPolicy.longest(issued.stream()
        .flatMap(m -> terms.terms(m.sanction(), m.disciplinaryKind(), c.ground(), issuedOn).stream()).toList());
    if (longest.isEmpty()) {
      return null;
    }
    return longest.stream().map(term -> "自" + ChineseDates.DAY.format(term.startsOn())
        + (term.endsOn() != null ? "至" + ChineseDates.DAY.format(term.endsOn().minusDays(1)) : "起")
        + "，" + Sentences.open(Barred.sentence(term.bars())) + "（" + Articles.chinese(term.article()) + "）")
        .collect(Collectors.joining("；")) + "。";
  }

  /** Art 21: a suspected duty-related violation or crime referred to the supervision commission named, if it was. */
  private String referral(AccountabilityCase c, Subject s) {
    return repository.steps(c.id()).stream()
        .filter(step -> step.step().equals(AccountabilitySteps.REFER_DUTY_CRIME) && step.outcome() != null
            && step.outcome().startsWith(AccountabilitySteps.REFERRED))
        .reduce((earlier, later) -> later)
        .map(step -> s.name() + "同志涉嫌职务违法犯罪的问题，已移送"
            + step.outcome().substring(AccountabilitySteps.REFERRED.length()) + "依法调查处置（第二十一条）。")
        .orElse(null);
  }

  /** The remedies offered, a line per organ and the last that none stays the decision, under their heading. */
  record Remedies(List<String> lines, String heading) {
  }

  /** The remedy against each organ's measures — 申诉, or 复审 and 复核 for 政务处分 — and that it stays nothing. */
  private Remedies remedies(List<Measure> issued, Subject s) {
    String window = window();
    Map<Organ, List<Measure>> byOrgan = new LinkedHashMap<>();
    issued.forEach(m -> byOrgan.computeIfAbsent(issuing.organ(s.level(), m.decidingGroup(), List.of(m)),
        o -> new ArrayList<>()).add(m));
    List<String> lines = new ArrayList<>();
    boolean appeal = false;
    boolean review = false;
    for (var entry : byOrgan.entrySet()) {
      Organ organ = entry.getKey();
      String what = entry.getValue().stream().map(m -> measurePhrase(m, s.name()))
          .collect(Collectors.joining("、"));
      boolean reviewed = entry.getValue().stream().anyMatch(m -> notices.of(MeasureCategory.of(m.sanction(),
          m.disciplinaryKind())).remedy() == MeasureCategory.Remedy.REVIEW);
      if (reviewed) {
        review = true;
        String above = issuing.issuers().above(organ).map(Organ::name).orElse("上一级监察机关");
        lines.add(s.name() + "同志如对" + organ.name() + "“" + what + "”的决定不服，可以自收到本决定书之日起" + window
            + "内，向" + organ.name() + "申请复审；对复审决定仍不服的，可以自收到复审决定之日起" + window + "内，向" + above
            + "申请复核。");
      } else {
        appeal = true;
        lines.add(s.name() + "同志如对" + organ.name() + "“" + what + "”的决定不服，可以自收到本决定书之日起" + window
            + "内，向" + organ.name() + "提出书面申诉。");
      }
    }
    lines.add((appeal && review ? "申诉、复审、复核" : review ? "复审、复核" : "申诉") + "期间，不停止本决定的执行。");
    return new Remedies(lines, "四、" + (appeal && review ? "申诉和复审、复核" : review ? "复审、复核" : "申诉"));
  }

  /** The other departments of Art 28 at the level, told of the decision. */
  private List<String> copies(String level) {
    DocumentIssuers issuers = issuing.issuers();
    return List.of(issuers.organ(level, OrganKind.EMERGENCY_MANAGEMENT).name(),
        issuers.organ(level, OrganKind.DISCIPLINE_COMMISSION).name(),
        issuers.organ(level, OrganKind.ORGANIZATION_DEPARTMENT).name());
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
}
