package cn.gx.safeduty.kernel;

import java.util.Arrays;
import java.util.List;

/** The Camunda groups SafeDuty runs on; the department ones are the BPMN lanes and candidate groups. */
public enum SafeDutyGroup {
  EMERGENCY_MANAGEMENT("emergency-management", "应急管理部门", true),
  DISCIPLINE_INSPECTION("discipline-inspection", "纪检监察机关", true),
  ORGANIZATION("organization", "组织部门", true),
  SUPERVISORS("supervisors", "监督查看", false),
  ADMIN("camunda-admin", "系统管理员", false);

  private final String id;
  private final String chineseName;
  private final boolean department;

  SafeDutyGroup(String id, String chineseName, boolean department) {
    this.id = id;
    this.chineseName = chineseName;
    this.department = department;
  }

  public String id() {
    return id;
  }

  public String chineseName() {
    return chineseName;
  }

  public boolean isDepartment() {
    return department;
  }

  /** The group of a Camunda group id. */
  public static SafeDutyGroup of(String id) {
    return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No SafeDuty group " + id));
  }

  public static List<SafeDutyGroup> departments() {
    return Arrays.stream(values()).filter(SafeDutyGroup::isDepartment).toList();
  }
}
