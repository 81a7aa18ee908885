package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.NewAccountabilityCase;
import cn.gx.safeduty.kernel.casework.Responsibility;
import cn.gx.safeduty.kernel.demo.DemoSeed;
import cn.gx.safeduty.registry.CadreRole;
import cn.gx.safeduty.registry.DemoCadreLookup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo year's cases: two in the three departments' joint review. */
@Component
class DemoCases implements DemoSeed {

  private final AccountabilityCaseService cases;
  private final DemoCadreLookup cadres;
  private final JdbcClient jdbc;

  DemoCases(AccountabilityCaseService cases, DemoCadreLookup cadres, JdbcClient jdbc) {
    this.cases = cases;
    this.cadres = cadres;
    this.jdbc = jdbc;
  }

  @Override
  public boolean hasRecords() {
    return jdbc.sql("SELECT COUNT(*) FROM accountability_case").query(Long.class).single() > 0;
  }

  @Override
  public void seed(int year) {
    CaseFacts plain = new CaseFacts(false, false, false, Mitigation.NONE, false, false);
    cases.register(new NewAccountabilityCase(cadres.get("450100", CadreRole.SAFETY_DEPUTY).id(), Ground.DUTY_FAILURE,
        null, null, year + "年第三季度未组织开展危险化学品安全专项检查，督查督办事项逾期未整改", plain), "em-staff");
    cases.register(new NewAccountabilityCase(cadres.get("450200", CadreRole.GOVERNMENT_HEAD).id(),
        Ground.ACCIDENT_RESPONSIBILITY, AccidentGrade.RELATIVELY_MAJOR, Responsibility.IMPORTANT,
        "柳州市某工贸企业粉尘爆炸较大事故，事故调查报告认定市政府负有重要领导责任", plain), "em-staff");
  }
}
