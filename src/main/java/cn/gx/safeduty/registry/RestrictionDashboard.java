package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.kernel.ChineseDates;
import cn.gx.safeduty.kernel.dashboard.DashboardSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** The register of restrictions in force today on the supervisors' dashboard; each row opens its case. */
@Component
class RestrictionDashboard implements DashboardSource {

  private final RestrictionRegister register;

  RestrictionDashboard(RestrictionRegister register) {
    this.register = register;
  }

  @Override
  public List<Section> sections(int year) {
    List<java.util.Map<String, Object>> rows = register.list(register.filter(null, false, null, null), 0,
            cn.gx.safeduty.kernel.Page.MAX_SIZE).items().stream()
        .map(e -> DashboardSource.opens(DashboardSource.row("cadre", e.cadreName(), "jurisdiction", e.jurisdictionName(),
            "kind", e.kind().chineseName() + "（" + Articles.chinese(e.article()) + "）", "bars", Barred.sentence(e.bars()),
            "until", ChineseDates.lastDayBefore(e.endsOn()), "measure", e.measure(), "caseId", e.caseId()),
            "case", e.caseId(), null))
        .toList();
    return List.of(new Section("restrictions", "影响期内的干部（今日在册）", Column.of("cadre", "干部", "jurisdiction", "所在地区",
        "kind", "种类", "bars", "限制内容", "until", "截止日期", "measure", "问责措施", "caseId", "案件编号"), rows));
  }
}
