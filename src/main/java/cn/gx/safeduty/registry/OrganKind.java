package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.SafeDutyGroup;
import java.util.List;

/**
 * The organs of a jurisdiction that issue SafeDuty's documents, with how their official names and
 * 机关代字 are formed when no one has recorded them: {@code place} is the jurisdiction's name as official
 * names carry it (南宁市, 南宁市青秀区, 隆安县), {@code abbreviation} its short form in 代字 (桂, 南, 隆安).
 */
public enum OrganKind {
  PARTY_COMMITTEE("党委", "发"),
  GOVERNMENT("人民政府", "政发"),
  EMERGENCY_MANAGEMENT("应急管理部门", "应急发"),
  DISCIPLINE_COMMISSION("纪律检查委员会", "纪发"),
  SUPERVISION_COMMISSION("监察委员会", "监发"),
  ORGANIZATION_DEPARTMENT("组织部门", "组发");

  private final String chineseName;
  private final String codeSuffix;

  OrganKind(String chineseName, String codeSuffix) {
    this.chineseName = chineseName;
    this.codeSuffix = codeSuffix;
  }

  public String chineseName() {
    return chineseName;
  }

  String name(String place, JurisdictionLevel level) {
    boolean region = level == JurisdictionLevel.REGION;
    return switch (this) {
      case PARTY_COMMITTEE -> "中共" + place + "委员会";
      case GOVERNMENT -> place + "人民政府";
      case EMERGENCY_MANAGEMENT -> place + (region ? "应急管理厅" : "应急管理局");
      case DISCIPLINE_COMMISSION -> "中共" + place + "纪律检查委员会";
      case SUPERVISION_COMMISSION -> place + "监察委员会";
      case ORGANIZATION_DEPARTMENT -> "中共" + place + (region ? "委员会组织部" : "委组织部");
    };
  }

  String code(String abbreviation) {
    return abbreviation + codeSuffix;
  }

  /** The organs a department of SafeDuty's acts as: the discipline inspection organ is both commissions. */
  public static List<OrganKind> of(SafeDutyGroup group) {
    return switch (group) {
      case EMERGENCY_MANAGEMENT -> List.of(EMERGENCY_MANAGEMENT);
      case DISCIPLINE_INSPECTION -> List.of(DISCIPLINE_COMMISSION, SUPERVISION_COMMISSION);
      case ORGANIZATION -> List.of(ORGANIZATION_DEPARTMENT);
      default -> throw new IllegalArgumentException(group + " issues no documents");
    };
  }
}
