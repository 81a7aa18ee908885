package cn.gx.safeduty.accident;

/**
 * What the reporting record shows against Decree 493: its kind, the level concerned (null for the
 * figures), what it is about ({@code subject}: the level, or DEATHS, INJURIES, LOSS), the article it
 * cites and the facts in Chinese. A finding is for emergency management to confirm, never decided by
 * the system.
 */
public record ReportingFinding(ReportingFailureKind kind, ReportingLevel level, String subject, String article,
    String detail) {

  /** One finding per kind and subject: a finding made again later is the same finding. */
  public String key() {
    return kind.name() + ":" + subject;
  }
}
