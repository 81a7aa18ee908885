package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.kernel.FieldProblem;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An accident's reporting against State Council Decree 493, in plain code: the unit head reports
 * within the unit limit of receiving the report (of the accident when that time is unknown, Art 9);
 * each authority within the level limit of its own receipt (Art 11); the report reaches the level the
 * grade requires (Art 10: 一般 the city, 较大 the region, 重大 and above the State Council). It finds
 * 迟报 (a step after its limit; exactly at it is on time), 漏报 (a required level not reached when its
 * limit passed, or reached only by finding out itself — unless, by policy, a lawful skip passed over it
 * and a higher level had the report within its limit), 瞒报 (the unit never reported and an authority
 * found the accident itself) and 谎报 (the first report understating what the corrections show, beyond
 * the casualty changes reported within Art 13's window; a revised loss only where, by policy, the first
 * figure put the accident in a lower grade). A level the grade came to require by a later report has its
 * limit run from the receipt of the higher figures, never earlier.
 */
public final class ReportingRules {

  static final String DECREE = "国务院令第493号";

  /** A level's step: its limit, from what it runs, the receipt if any and how late it was. */
  public record Step(ReportingLevel level, boolean required, Instant startsAt, String startsFrom, Instant dueAt,
      Receipt receipt, long minutesLate) {
  }

  private final Duration unitLimit;
  private final Duration levelLimit;
  private final AccidentPolicy.Reporting policy;
  private final java.time.ZoneId zone;

  /** {@code zone}: where the findings' times are written as people read them (China Standard Time). */
  public ReportingRules(AccidentPolicy.Reporting policy, java.time.ZoneId zone) {
    this.unitLimit = policy.unitLimit();
    this.levelLimit = policy.levelLimit();
    this.policy = policy;
    this.zone = zone;
  }

  /** The highest level the grade requires the report to reach (Art 10). */
  public static ReportingLevel reach(AccidentGrade grade) {
    return switch (grade) {
      case ORDINARY -> ReportingLevel.CITY;
      case RELATIVELY_MAJOR -> ReportingLevel.REGION;
      case MAJOR, EXTRAORDINARILY_MAJOR -> ReportingLevel.STATE_COUNCIL;
    };
  }

  /** What is wrong with the receipts as facts, each naming its field under {@code field}. */
  public static List<FieldProblem> problems(Instant occurredAt, Instant unitHeadReceivedAt, List<Receipt> receipts,
      Instant now, String field) {
    List<FieldProblem> problems = new ArrayList<>();
    if (unitHeadReceivedAt != null && (unitHeadReceivedAt.isBefore(occurredAt) || unitHeadReceivedAt.isAfter(now))) {
      problems.add(new FieldProblem(field + ".unitHeadReceivedAt", "must be between the occurrence and now"));
    }
    Map<ReportingLevel, Receipt> byLevel = new EnumMap<>(ReportingLevel.class);
    for (int i = 0; i < receipts.size(); i++) {
      Receipt r = receipts.get(i);
      String at = field + ".steps[" + i + "]";
      if (byLevel.put(r.level(), r) != null) {
        problems.add(new FieldProblem(at + ".level", "names a level twice"));
      }
      if (r.receivedAt().isBefore(occurredAt) || r.receivedAt().isAfter(now)) {
        problems.add(new FieldProblem(at + ".receivedAt", "must be between the occurrence and now"));
      }
      if (r.via() == ReceiptVia.FROM_SITE && r.level() != ReportingLevel.COUNTY) {
        problems.add(new FieldProblem(at + ".via", "FROM_SITE reaches the county level only (Art 9)"));
      }
      if (r.via() == ReceiptVia.SKIPPED_LEVEL && r.level() == ReportingLevel.COUNTY) {
        problems.add(new FieldProblem(at + ".via", "the county level is the first; it skips nothing"));
      }
    }
    for (int i = 0; i < receipts.size(); i++) {
      Receipt r = receipts.get(i);
      String at = field + ".steps[" + i + "]";
      if (r.level() == ReportingLevel.COUNTY) {
        if (r.via() == ReceiptVia.FROM_BELOW && unitHeadReceivedAt != null && r.receivedAt().isBefore(unitHeadReceivedAt)) {
          problems.add(new FieldProblem(at + ".receivedAt", "must not be before the unit head received the report"));
        }
        continue;
      }
      Receipt below = byLevel.get(ReportingLevel.values()[r.level().ordinal() - 1]);
      Receipt source = reporter(byLevel, r);
      if (r.via() == ReceiptVia.FROM_BELOW && below == null) {
        problems.add(new FieldProblem(at + ".via", "FROM_BELOW needs the level below it; a report that skipped it is"
            + " SKIPPED_LEVEL"));
      } else if (r.via() == ReceiptVia.FROM_BELOW && r.receivedAt().isBefore(below.receivedAt())) {
        problems.add(new FieldProblem(at + ".receivedAt", "must not be before the level below received it"));
      } else if (r.via() == ReceiptVia.SKIPPED_LEVEL && (source == null || source == below)) {
        problems.add(new FieldProblem(at + ".via", "SKIPPED_LEVEL needs a level more than one below that had received it"
            + " and the level just below not yet"));
      }
    }
    if (receipts.isEmpty()) {
      problems.add(new FieldProblem(field + ".steps", "needs at least the receipt by which the authorities learnt of it"));
    }
    return problems;
  }

  /** Every level from the county up to the required reach (and any level above it that received it). */
  public List<Step> steps(ReportingRecord record) {
    Map<ReportingLevel, Receipt> byLevel = new EnumMap<>(ReportingLevel.class);
    record.receipts().forEach(r -> byLevel.put(r.level(), r));
    ReportingLevel top = reach(record.grade());
    for (ReportingLevel l : byLevel.keySet()) {
      if (l.compareTo(top) > 0) {
        top = l;
      }
    }
    List<Step> steps = new ArrayList<>();
    Instant previousDue = null;
    for (ReportingLevel level : ReportingLevel.values()) {
      if (level.compareTo(top) > 0) {
        break;
      }
      Instant start;
      String from;
      Duration limit;
      if (level == ReportingLevel.COUNTY) {
        start = record.unitHeadReceivedAt() != null ? record.unitHeadReceivedAt() : record.occurredAt();
        from = record.unitHeadReceivedAt() != null ? "单位负责人接到报告" : "事故发生（单位负责人接报时间不详）";
        limit = unitLimit;
      } else {
        Receipt own = byLevel.get(level);
        Receipt source = own != null && own.via() == ReceiptVia.SKIPPED_LEVEL ? reporter(byLevel, own)
            : byLevel.get(ReportingLevel.values()[level.ordinal() - 1]);
        start = source != null ? source.receivedAt() : previousDue;
        from = source != null ? source.level().chineseName() + "接到报告"
            : ReportingLevel.values()[level.ordinal() - 1].chineseName() + "报告时限届满";
        Instant since = record.requiredSince().get(level);
        if (since != null && since.isAfter(start)) {
          start = since;
          from = "接到补报的数字（事故等级升为须报至" + level.chineseName() + "）";
        }
        limit = levelLimit;
      }
      Instant due = start.plus(limit);
      Receipt receipt = byLevel.get(level);
      long late = receipt != null && receipt.via() != ReceiptVia.SELF_DISCOVERED && receipt.receivedAt().isAfter(due)
          ? ceilMinutes(Duration.between(due, receipt.receivedAt())) : 0;
      steps.add(new Step(level, level.compareTo(reach(record.grade())) <= 0, start, from, due, receipt, late));
      previousDue = due;
    }
    return steps;
  }

  /**
   * Whether a level not received was passed over lawfully (越级上报): a higher level received the report,
   * skipping it, by the end of its limit (policy: {@code skippedLevelCovered}).
   */
  boolean coveredBySkip(ReportingRecord record, Step step) {
    return policy.skippedLevelCovered() && step.receipt() == null && record.receipts().stream()
        .anyMatch(r -> r.level().compareTo(step.level()) > 0 && r.via() == ReceiptVia.SKIPPED_LEVEL
            && !r.receivedAt().isAfter(step.dueAt()));
  }

  /**
   * The findings the reporting record supports at {@code now}; the figures ones need the corrections
   * made, and {@code lossGrade} the grade a direct loss alone gives.
   */
  public List<ReportingFinding> findings(ReportingRecord record, Instant now, Figures first, Figures latest,
      List<AccidentCorrection> corrections, java.util.function.Function<BigDecimal, AccidentGrade> lossGrade) {
    List<ReportingFinding> findings = new ArrayList<>();
    List<Receipt> receipts = record.receipts();
    boolean unitReported = receipts.stream().anyMatch(r -> r.level() == ReportingLevel.COUNTY
        && (r.via() == ReceiptVia.FROM_BELOW || r.via() == ReceiptVia.FROM_SITE));
    if (!unitReported) {
      Receipt earliest = receipts.stream().min(java.util.Comparator.comparing(Receipt::receivedAt)).orElse(null);
      if (earliest != null && earliest.via() == ReceiptVia.SELF_DISCOVERED) {
        findings.add(new ReportingFinding(ReportingFailureKind.CONCEALED, earliest.level(), earliest.level().name(), article(9),
            "事故单位未报告，" + earliest.level().chineseName() + "主管部门于" + time(earliest.receivedAt()) + "自行发现"));
      }
    }
    for (Step step : steps(record)) {
      int article = step.level() == ReportingLevel.COUNTY ? 9 : 11;
      if (step.minutesLate() > 0) {
        findings.add(new ReportingFinding(ReportingFailureKind.LATE, step.level(), step.level().name(), article(article),
            step.level().chineseName() + "于" + time(step.receipt().receivedAt()) + "接到报告，自" + step.startsFrom()
                + "起超过时限 " + step.minutesLate() + " 分钟"));
      }
      if (!step.required() || step.level() == ReportingLevel.COUNTY && !unitReported) {
        continue;
      }
      if (step.receipt() == null && now.isAfter(step.dueAt()) && !coveredBySkip(record, step)) {
        findings.add(new ReportingFinding(ReportingFailureKind.MISSED, step.level(), step.level().name(), article(10),
            "按事故等级应报至" + step.level().chineseName() + "，报告时限 " + time(step.dueAt()) + " 已过仍未接到报告"));
      } else if (step.receipt() != null && step.receipt().via() == ReceiptVia.SELF_DISCOVERED
          && step.level() != ReportingLevel.COUNTY) {
        findings.add(new ReportingFinding(ReportingFailureKind.MISSED, step.level(), step.level().name(), article(10),
            step.level().chineseName() + "未接到下级报告，系自行发现"));
      }
    }
    findings.addAll(understated(first, latest, corrections,
        policy.lossRevisionFalseAcrossGradeOnly() ? lossGrade : null));
    return findings;
  }

  /**
   * 谎报: the first report below what the corrections show, beyond changes reported within Art 13's
   * window; a higher loss only when {@code lossGrade} is null (every revision counts) or the first
   * figure's grade by loss is lower than the latest's.
   */
  static List<ReportingFinding> understated(Figures first, Figures latest, List<AccidentCorrection> corrections,
      java.util.function.Function<BigDecimal, AccidentGrade> lossGrade) {
    List<ReportingFinding> findings = new ArrayList<>();
    int deathsExplained = 0;
    int injuriesExplained = 0;
    for (AccidentCorrection c : corrections) {
      if (!c.lateCasualtyReport()) {
        deathsExplained += Math.max(0, c.newDeaths() - c.oldDeaths());
        injuriesExplained += Math.max(0, c.newSeriousInjuries() - c.oldSeriousInjuries());
      }
    }
    int deaths = latest.deaths() - first.deaths() - deathsExplained;
    int injuries = latest.seriousInjuries() - first.seriousInjuries() - injuriesExplained;
    if (deaths > 0) {
      findings.add(new ReportingFinding(ReportingFailureKind.FALSE, null, "DEATHS", article(13), "首报死亡 " + first.deaths()
          + " 人，现为 " + latest.deaths() + " 人，其中 " + deaths + " 人未在补报时限内报告"));
    }
    if (injuries > 0) {
      findings.add(new ReportingFinding(ReportingFailureKind.FALSE, null, "INJURIES", article(13), "首报重伤 " + first.seriousInjuries()
          + " 人，现为 " + latest.seriousInjuries() + " 人，其中 " + injuries + " 人未在补报时限内报告"));
    }
    if (latest.directLoss().compareTo(first.directLoss()) > 0 && (lossGrade == null
        || lossGrade.apply(first.directLoss()).compareTo(lossGrade.apply(latest.directLoss())) < 0)) {
      findings.add(new ReportingFinding(ReportingFailureKind.FALSE, null, "LOSS", article(13), "首报直接经济损失 "
          + plain(first.directLoss()) + " 元，现为 " + plain(latest.directLoss()) + " 元"
          + (lossGrade != null ? "，按首报数字事故等级为" + lossGrade.apply(first.directLoss()).chineseName()
              + "，按现数字为" + lossGrade.apply(latest.directLoss()).chineseName() : "（损失变化不属补报情形）")));
    }
    return findings;
  }

  /** The highest level below that had the report when this level received it: who reported it. */
  private static Receipt reporter(Map<ReportingLevel, Receipt> byLevel, Receipt receipt) {
    for (int i = receipt.level().ordinal() - 1; i >= 0; i--) {
      Receipt r = byLevel.get(ReportingLevel.values()[i]);
      if (r != null && !r.receivedAt().isAfter(receipt.receivedAt())) {
        return r;
      }
    }
    return null;
  }

  /** A moment as people write it (2026年3月2日 14:30). */
  private String time(Instant at) {
    return cn.gx.safeduty.kernel.ChineseDates.MINUTE.format(at.atZone(zone));
  }

  static String article(int n) {
    return DECREE + "第" + Articles.numeral(n) + "条";
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static long ceilMinutes(Duration d) {
    long minutes = d.toMinutes();
    return d.minusMinutes(minutes).isZero() ? minutes : minutes + 1;
  }
}
