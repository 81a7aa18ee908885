package cn.gx.safeduty.kernel.casework;

/** A case just registered: its id, its number and its process instance (null until one runs it). */
public record OpenedCase(long id, String processInstanceId, String caseNumber) {
}
