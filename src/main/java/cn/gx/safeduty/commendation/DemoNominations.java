package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.demo.DemoSeed;
import cn.gx.safeduty.registry.AppointmentKind;
import cn.gx.safeduty.registry.CadreRole;
import cn.gx.safeduty.registry.DemoCadreLookup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo year's nominations and vettings: one nomination under the organisation department's review,
 * one stopped at once by its nominee's open case (finished), and a vetting awaiting emergency
 * management's opinion. After the cases, whose open case stops the second nomination.
 */
@Component
class DemoNominations implements DemoSeed {

  private final CommendationService nominations;
  private final CandidateVettingService vettings;
  private final DemoCadreLookup cadres;
  private final JdbcClient jdbc;

  DemoNominations(CommendationService nominations, CandidateVettingService vettings, DemoCadreLookup cadres,
      JdbcClient jdbc) {
    this.nominations = nominations;
    this.vettings = vettings;
    this.cadres = cadres;
    this.jdbc = jdbc;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public boolean hasRecords() {
    return jdbc.sql("SELECT (SELECT COUNT(*) FROM commendation) + (SELECT COUNT(*) FROM candidate_vetting)")
        .query(Long.class).single() > 0;
  }

  @Override
  public void seed(int year) {
    nominations.nominate(new NewCommendation(cadres.get("450500", CadreRole.SAFETY_DEPUTY).id(), Basis.CONTRIBUTION,
        "SPECIAL_TASK", null, "COMMENDATION", "牵头完成北海港区危险化学品储罐区专项整治，全年未发生较大以上事故",
        "北海市人民政府"), "org-staff");
    nominations.nominate(new NewCommendation(cadres.get("450100", CadreRole.SAFETY_DEPUTY).id(), Basis.CONTRIBUTION,
        "SPECIAL_TASK", null, "COMMENDATION", "组织城市燃气安全专项整治", "南宁市人民政府"), "org-staff");
    vettings.start(new NewCandidateVetting(cadres.get("450600", CadreRole.GOVERNMENT_HEAD).id(), "自治区某厅厅长",
        AppointmentKind.EQUIVALENT), "org-staff");
  }
}
