package cn.gx.safeduty.security;

import cn.gx.safeduty.kernel.SafeDutyGroup;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The embedded run's demo users, one per group, all with the password {@code demo}. */
@Component
public class DemoUsers {

  public static final String PASSWORD = "demo";

  record DemoUser(String id, String lastName, String firstName, SafeDutyGroup group) {
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("em-staff", "应急", "演示员", SafeDutyGroup.EMERGENCY_MANAGEMENT),
      new DemoUser("di-staff", "纪检", "演示员", SafeDutyGroup.DISCIPLINE_INSPECTION),
      new DemoUser("org-staff", "组织", "演示员", SafeDutyGroup.ORGANIZATION),
      new DemoUser("supervisor", "监督", "演示员", SafeDutyGroup.SUPERVISORS));

  void ensure(IdentityService identity) {
    for (DemoUser demo : USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identity.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@safeduty.invalid");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
      }
      if (identity.createUserQuery().userId(demo.id()).memberOfGroup(demo.group().id()).count() == 0) {
        identity.createMembership(demo.id(), demo.group().id());
      }
    }
  }
}
