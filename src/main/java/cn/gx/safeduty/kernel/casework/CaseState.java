package cn.gx.safeduty.kernel.casework;

/** Where a case stands, as a procedure that opened it shows it: its status code and the outcome once closed. */
public record CaseState(long id, String caseNumber, String status, String outcome) {
}
