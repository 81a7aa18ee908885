package cn.gx.safeduty.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates the duties the catalogue declares as counts or figures that no other check reads (Art
 * 6(3), 6(4), 6(6), 9(4)), for a jurisdiction's year, from SafeDuty's records: the periodic checks
 * of the government leaders' duty list, the safety fund against the fiscal revenue, the tours and
 * assessments organised, each government leader's situation analyses. The minimums are the
 * catalogue's ({@code duties.json}).
 */
@Service
public class DutyCheckService {

  static final String LIST_REVIEWS = "DUTY_LIST_REVIEW";
  static final String TOURS_AND_ASSESSMENTS = "TOURS_AND_ASSESSMENTS_HELD";
  static final String ANALYSES = "SITUATION_ANALYSIS";

  private final DutyCatalogue catalogue;
  private final DutyListRepository lists;
  private final DutyRecordRepository records;
  private final SafetyEvidence evidence;
  private final JurisdictionService jurisdictions;
  private final CadreRepository cadres;

  public DutyCheckService(DutyCatalogue catalogue, DutyListRepository lists, DutyRecordRepository records,
      SafetyEvidence evidence, JurisdictionService jurisdictions, CadreRepository cadres) {
    this.catalogue = catalogue;
    this.lists = lists;
    this.records = records;
    this.evidence = evidence;
    this.jurisdictions = jurisdictions;
    this.cadres = cadres;
  }

  /** The checks of the jurisdiction's year; none at a level that owes no duty lists (below county). */
  @Transactional(readOnly = true)
  public List<DutyCheck> check(String jurisdictionCode, int year) {
    Jurisdiction j = jurisdictions.find(jurisdictionCode)
        .orElseThrow(() -> new cn.gx.safeduty.kernel.InvalidFieldsException("jurisdiction", "names no jurisdiction"));
    if (!DutyListService.LEVELS.contains(j.level())) {
      return List.of();
    }
    List<DutyCheck> checks = new ArrayList<>();
    checks.add(listReviews(j, year));
    checks.add(budget(j, year));
    checks.add(toursAndAssessments(j, year));
    checks.addAll(analyses(j, year));
    return checks;
  }

  /** 6(3): the government leaders' list of the year made and checked at least the catalogue's number of times. */
  private DutyCheck listReviews(Jurisdiction j, int year) {
    String duty = DutyList.Kind.GOVERNMENT_LEADERS.dutyId();
    int minimum = minimum(duty, LIST_REVIEWS);
    return lists.find(j.code(), year, DutyList.Kind.GOVERNMENT_LEADERS).stream().findFirst()
        .map(list -> {
          long reviews = records.reviews(list.id()).stream().filter(r -> r.reviewedOn().getYear() == year).count();
          return check(duty, reviews >= minimum, year + "年" + DutyList.Kind.GOVERNMENT_LEADERS.chineseName()
              + "检查考核" + reviews + "次（要求至少" + minimum + "次）");
        })
        .orElseGet(() -> check(duty, false, "未制定" + year + "年" + DutyList.Kind.GOVERNMENT_LEADERS.chineseName()));
  }

  /**
   * 6(4): a safety fund in the year's budget, growing at least as fast as the fiscal revenue over the
   * year before; unknown when the year's figures are not recorded.
   */
  private DutyCheck budget(Jurisdiction j, int year) {
    String duty = "6-4";
    var current = records.budget(j.code(), year);
    if (current.isEmpty()) {
      return check(duty, null, "未录入" + year + "年安全生产专项资金和财政收入");
    }
    DutyRecords.Budget b = current.get();
    if (b.safetyFund().signum() == 0) {
      return check(duty, false, year + "年本级财政预算未列安全生产专项资金（" + b.documentRef() + "）");
    }
    String fund = year + "年安全生产专项资金" + plain(b.safetyFund()) + "万元";
    var previous = records.budget(j.code(), year - 1);
    if (previous.isEmpty()) {
      return check(duty, true, fund + "（未录入上年数据，未比较增长）");
    }
    DutyRecords.Budget p = previous.get();
    BigDecimal revenueGrowth = growth(p.fiscalRevenue(), b.fiscalRevenue());
    if (p.safetyFund().signum() == 0) {
      return check(duty, true, fund + "，上年未列；财政收入增长" + percent(revenueGrowth));
    }
    BigDecimal fundGrowth = growth(p.safetyFund(), b.safetyFund());
    return check(duty, fundGrowth.compareTo(revenueGrowth) >= 0, fund + "，较上年增长" + percent(fundGrowth)
        + "；财政收入增长" + percent(revenueGrowth));
  }

  /** 6(6): tours and assessment cycles organised for the year, where the jurisdiction has levels below it. */
  private DutyCheck toursAndAssessments(Jurisdiction j, int year) {
    String duty = "6-6";
    int minimum = minimum(duty, TOURS_AND_ASSESSMENTS);
    if (jurisdictions.scope(j.code(), true).size() <= 1) {
      return check(duty, null, "本级无下级地区，不组织巡查、考核");
    }
    List<String> organised = evidence.organised(j.code(), year);
    return check(duty, organised.size() >= minimum, year + "年组织安全生产巡查、考核" + organised.size() + "次"
        + (organised.isEmpty() ? "" : "（" + String.join("、", organised) + "）") + "（要求至少" + minimum + "次）");
  }

  /** 9(4): each government leader who held a post there in the year, their situation analyses. */
  private List<DutyCheck> analyses(Jurisdiction j, int year) {
    String duty = "9-4";
    int minimum = minimum(duty, ANALYSES);
    Map<Long, Long> held = records.analyses(List.of(j.code()), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
        .stream().collect(Collectors.groupingBy(DutyRecords.Analysis::cadreId, Collectors.counting()));
    return cadres.holders(j.code(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
        .filter(c -> c.roles().contains(CadreRole.GOVERNMENT_LEADER))
        .map(c -> {
          long count = held.getOrDefault(c.id(), 0L);
          return new DutyCheck(duty, citation(duty), c.id(), c.name(), count >= minimum,
              c.name() + "组织分析分管领域安全生产形势" + count + "次（要求每年至少" + minimum + "次）");
        })
        .toList();
  }

  private DutyCheck check(String duty, Boolean met, String detail) {
    return new DutyCheck(duty, citation(duty), null, null, met, detail);
  }

  private String citation(String duty) {
    return catalogue.get(duty).citation();
  }

  /** The catalogue's minimum for the duty's count of {@code measure}. */
  private int minimum(String duty, String measure) {
    return catalogue.get(duty).checks().stream().filter(c -> measure.equals(c.measure()) && c.minimum() != null)
        .findFirst().map(Duty.Check::minimum)
        .orElseThrow(() -> new IllegalStateException("The duty catalogue declares no " + measure + " count for " + duty));
  }

  private static BigDecimal growth(BigDecimal before, BigDecimal now) {
    return now.subtract(before).divide(before, 4, RoundingMode.HALF_UP);
  }

  private static String percent(BigDecimal ratio) {
    return ratio.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
