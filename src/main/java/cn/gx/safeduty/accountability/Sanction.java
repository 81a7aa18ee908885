package cn.gx.safeduty.accountability;

import java.util.Arrays;

/**
 * The sanction ladder of Art 21, least to most severe, with the group that decides each within
 * its authority (Art 28). Level 0 lies below Art 21's list and is reached only by 减轻.
 */
public enum Sanction {
  CRITICISM_EDUCATION(0, "批评教育、责令检查", "organization"),
  NOTICE(1, "通报", "emergency-management"),
  ADMONISHMENT(2, "诫勉", "organization"),
  SUSPENSION(3, "停职检查", "organization"),
  REASSIGNMENT(4, "调整职务", "organization"),
  ORDERED_RESIGNATION(5, "责令辞职", "organization"),
  DEMOTION(6, "降职", "organization"),
  REMOVAL(7, "免职", "organization"),
  DISCIPLINARY_SANCTION(8, "处分", "discipline-inspection");

  public static final int LOWEST = 0;
  public static final int HIGHEST = 8;

  private final int level;
  private final String chineseName;
  private final String decidingGroup;

  Sanction(int level, String chineseName, String decidingGroup) {
    this.level = level;
    this.chineseName = chineseName;
    this.decidingGroup = decidingGroup;
  }

  public int level() {
    return level;
  }

  public String chineseName() {
    return chineseName;
  }

  public String decidingGroup() {
    return decidingGroup;
  }

  public static Sanction ofLevel(int level) {
    return Arrays.stream(values()).filter(s -> s.level == level).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No sanction at ladder level " + level));
  }
}
