package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.AccidentGrade;
import java.util.List;

/**
 * The facts of a cadre's or a jurisdiction's safety record that the procedures hold and contribute
 * (BRIEF §5): what an assessment weighs (Art 13) and a vetting reads (Art 15). Each is in the words
 * the record shows, so a reader needs no other procedure's types.
 */
public final class ProcedureFacts {

  private ProcedureFacts() {
  }

  /** An accident in the jurisdiction or below it: its industry by statistics code and the day it occurred. */
  public record Accident(String accidentNumber, AccidentGrade grade, String industryCode, java.time.LocalDate occurredOn) {
  }

  /**
   * A supervision item (Art 11): {@code notDone} when verified not done, {@code wentOverdue} when
   * it missed a deadline at any time, {@code statusName} where it stands in words.
   */
  public record SupervisionItem(String itemNumber, String requirement, List<Long> cadreIds, boolean notDone,
      boolean wentOverdue, String statusName) {
  }

  /** What a tour (Art 12) found of its target; {@code ratingName} null until it is rated. */
  public record TourResult(String tourNumber, String ratingName, int notFulfilled, int partlyFulfilled) {
  }

  /**
   * A case with measures in force decided in a period: {@code forAccident} when the ground is
   * leadership responsibility for an accident (Art 20(3)), which bars excellence that year (Art 22).
   */
  public record CaseMeasures(String caseNumber, long cadreId, boolean forAccident, List<String> measureNames) {
  }

  /** An accountability case of the cadre, whatever its stage; {@code open} until it is closed. */
  public record CaseEntry(String caseNumber, String groundName, String statusName, boolean open) {
  }

  /** A period short of the meetings the leader in {@code chair} presides over (Art 5(2), 6(2)), once it is over. */
  public record MeetingShortfall(int year, CadreRole chair, String period, String article) {
  }

  /**
   * A proposal of 记功 or 嘉奖 (Art 18) awaiting the commendation procedure: {@code award} its code,
   * {@code ref} the record it came from, {@code proposer} who proposed it, in words.
   */
  public record AwardProposal(long id, long cadreId, String award, String facts, String ref, String proposer) {
  }

  /**
   * A cadre's grade in one assessment cycle (Art 18): the cycle's number and year, whether the grade is
   * 优秀, and its name.
   */
  public record CycleGrade(long cycleId, String cycleNumber, int year, long cadreId, boolean excellent,
      String gradeName) {
  }
}
