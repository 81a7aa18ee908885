package cn.gx.safeduty.registry;

import java.util.Set;

/** Administrative level of a jurisdiction, and which level its parent may have. */
public enum JurisdictionLevel {
  REGION("自治区"),
  CITY("设区市"),
  COUNTY("县（市、区）"),
  TOWNSHIP("乡镇（街道）"),
  FUNCTIONAL_ZONE("功能区");

  private final String chineseName;

  JurisdictionLevel(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  /** Levels the parent may have; empty means the jurisdiction has no parent. */
  Set<JurisdictionLevel> allowedParents() {
    return switch (this) {
      case REGION -> Set.of();
      case CITY -> Set.of(REGION);
      case COUNTY -> Set.of(CITY);
      case TOWNSHIP -> Set.of(COUNTY);
      case FUNCTIONAL_ZONE -> Set.of(REGION, CITY, COUNTY);
    };
  }
}
