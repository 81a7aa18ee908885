package cn.gx.safeduty.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.accident.AccidentService;
import cn.gx.safeduty.accident.AccidentSummary;
import cn.gx.safeduty.accident.NewAccident;
import cn.gx.safeduty.kernel.Page;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.NewAccountabilityCase;
import cn.gx.safeduty.registry.CadreRole;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.NewCadre;
import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A list page costs the same few statements for 1 row as for 50: summaries in one query, open tasks batched. */
@EmbeddedAppTest
class ListQueryCountTest {

  @Autowired
  AccountabilityCaseService cases;

  @Autowired
  AccidentService accidents;

  @Autowired
  CadreService cadres;

  @Autowired
  StatementCounter counter;

  @Test
  void aPageOfFiftyCasesCostsWhatAPageOfOneDoes() {
    long cadreId = cadres.create(new NewCadre("列表计数干部", "450103", CadreRole.GOVERNMENT_LEADER, null, null), "test").id();
    CaseFacts plain = new CaseFacts(false, false, false, Mitigation.NONE, false, false);
    for (int i = 0; i < 50; i++) {
      cases.register(new NewAccountabilityCase(cadreId, Ground.DUTY_FAILURE, null, null, "列表计数 " + i, plain), "em-staff");
    }
    var one = counter.count(() -> cases.list(cadreId, null, null, null, false, 0, 1));
    var fifty = counter.count(() -> cases.list(cadreId, null, null, null, false, 0, 50));
    assertThat(one.result().items()).hasSize(1);
    assertThat(fifty.result().items()).hasSize(50)
        .allSatisfy(c -> assertThat(c.openTasks()).extracting(t -> t.taskDefinitionKey())
            .containsExactlyInAnyOrder("Task_ReviewNotice", "Task_ReviewDiscipline", "Task_ReviewOrganizational"));
    assertThat(fifty.result().items()).allSatisfy(c -> {
      assertThat(c.recommendedSanction()).isEqualTo(Sanction.NOTICE);
      assertThat(c.cadreName()).isEqualTo("列表计数干部");
    });
    assertThat(fifty.statements()).as("statements for 50 rows").isEqualTo(one.statements()).isBetween(5, 8);
  }

  @Test
  void aPageOfAccidentsIsOneQueryAndItsCount() {
    for (int i = 0; i < 5; i++) {
      accidents.record(new NewAccident("451031", "列表计数工地" + i, java.time.Instant.parse("2026-03-0" + (i + 1) + "T02:00:00Z"),
          "建筑施工", 1, 0, new java.math.BigDecimal("100000"), "列表计数",
          new cn.gx.safeduty.accident.Reporting(java.time.Instant.parse("2026-03-0" + (i + 1) + "T02:30:00Z"), null, null,
              null)), "em-staff");
    }
    var one = counter.count(() -> accidents.list("451031", false, null, null, 0, 1));
    var all = counter.count(() -> accidents.list("451031", false, null, null, 0, 50));
    Page<AccidentSummary> page = all.result();
    assertThat(page.items()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(all.statements()).as("the jurisdiction, the page and its count").isEqualTo(one.statements()).isEqualTo(3);
  }
}
