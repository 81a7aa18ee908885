package cn.gx.safeduty.accountability;

import cn.gx.safeduty.registry.ProcedureFactSource;
import cn.gx.safeduty.registry.ProcedureFacts;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** The cases on a cadre's safety record: what an assessment counts (Art 13) and a vetting reads (Art 15). */
@Component
class CaseRecordFacts implements ProcedureFactSource {

  private final AccountabilityCaseRepository cases;

  CaseRecordFacts(AccountabilityCaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public List<ProcedureFacts.CaseMeasures> measuresDecided(Collection<Long> cadreIds, Instant from, Instant to) {
    return cases.withMeasuresDecided(cadreIds, from, to);
  }

  @Override
  public List<ProcedureFacts.CaseEntry> cases(long cadreId) {
    return cases.entriesOf(cadreId);
  }
}
