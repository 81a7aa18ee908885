package cn.gx.safeduty.accident;

/**
 * What the reporting record shows against Decree 493: its kind, the level concerned (null for a
 * finding about the figures), the article it cites and the facts in Chinese. A finding is for
 * emergency management to confirm, never decided by the system.
 */
public record ReportingFinding(ReportingFailureKind kind, ReportingLevel level, String article, String detail) {
}
