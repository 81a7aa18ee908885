package cn.gx.safeduty.accountability;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reading the variable every accountability delegate needs: which case the instance belongs to. */
final class CaseVariables {

  private CaseVariables() {
  }

  static long caseId(DelegateExecution execution) {
    return ((Number) execution.getVariable("caseId")).longValue();
  }
}
