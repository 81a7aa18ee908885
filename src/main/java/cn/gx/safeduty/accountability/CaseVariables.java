package cn.gx.safeduty.accountability;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reading the few variables every accountability delegate needs. */
final class CaseVariables {

  private CaseVariables() {
  }

  static long caseId(DelegateExecution execution) {
    return ((Number) execution.getVariable("caseId")).longValue();
  }

  static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
