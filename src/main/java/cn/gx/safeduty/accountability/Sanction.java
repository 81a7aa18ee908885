package cn.gx.safeduty.accountability;

import static cn.gx.safeduty.kernel.SafeDutyGroup.DISCIPLINE_INSPECTION;
import static cn.gx.safeduty.kernel.SafeDutyGroup.EMERGENCY_MANAGEMENT;
import static cn.gx.safeduty.kernel.SafeDutyGroup.ORGANIZATION;

import cn.gx.safeduty.kernel.SafeDutyGroup;
import java.util.Arrays;

/**
 * The sanction ladder of Art 21, least to most severe, with the group that decides each within
 * its authority (Art 28). Level 0 lies below Art 21's list and is reached only by 减轻.
 */
public enum Sanction {
  CRITICISM_EDUCATION(0, "批评教育、责令检查", ORGANIZATION),
  NOTICE(1, "通报", EMERGENCY_MANAGEMENT),
  ADMONISHMENT(2, "诫勉", ORGANIZATION),
  SUSPENSION(3, "停职检查", ORGANIZATION),
  REASSIGNMENT(4, "调整职务", ORGANIZATION),
  ORDERED_RESIGNATION(5, "责令辞职", ORGANIZATION),
  DEMOTION(6, "降职", ORGANIZATION),
  REMOVAL(7, "免职", ORGANIZATION),
  DISCIPLINARY_SANCTION(8, "处分", DISCIPLINE_INSPECTION);

  public static final int LOWEST = 0;
  public static final int HIGHEST = 8;

  private final int level;
  private final String chineseName;
  private final SafeDutyGroup decidingGroup;

  Sanction(int level, String chineseName, SafeDutyGroup decidingGroup) {
    this.level = level;
    this.chineseName = chineseName;
    this.decidingGroup = decidingGroup;
  }

  /** This measure in words, with its kind where it is a 处分 (e.g. 党纪处分：党内警告). */
  public String named(DisciplinaryKind kind) {
    return kind == null ? chineseName : kind.category() + "：" + kind.chineseName();
  }

  public int level() {
    return level;
  }

  public String chineseName() {
    return chineseName;
  }

  /** The id of the Camunda group that decides this sanction. */
  public String decidingGroup() {
    return decidingGroup.id();
  }

  public static Sanction ofLevel(int level) {
    return Arrays.stream(values()).filter(s -> s.level == level).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No sanction at ladder level " + level));
  }
}
