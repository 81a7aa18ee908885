package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Responsibility;
import cn.gx.safeduty.registry.CadreStatus;

/**
 * What the rules look at: the ground, the accident's grade and the cadre's degree of responsibility, the
 * facts, the cadre's status, and whether the cadre has left the posting the case concerns (moved to
 * another post since: Art 26's 调离转岗、提拔).
 */
public record CaseSubject(Ground ground, AccidentGrade accidentGrade, Responsibility responsibility, CaseFacts facts,
    CadreStatus cadreStatus, boolean leftPosting) {

  /** A subject still in the posting the case concerns, unless the status says they left office. */
  public CaseSubject(Ground ground, AccidentGrade accidentGrade, Responsibility responsibility, CaseFacts facts,
      CadreStatus cadreStatus) {
    this(ground, accidentGrade, responsibility, facts, cadreStatus, false);
  }

  /** Art 26: transferred, promoted or retired since the facts. */
  public boolean departed() {
    return leftPosting || cadreStatus != null && cadreStatus.hasLeftOffice();
  }
}
