package cn.gx.safeduty.accident;

import cn.gx.safeduty.registry.ProcedureFactSource;
import cn.gx.safeduty.registry.ProcedureFacts;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** The accidents on a jurisdiction's safety record, as the year's assessment counts them (Art 13). */
@Component
class AccidentRecordFacts implements ProcedureFactSource {

  private final AccidentRepository accidents;
  private final java.time.Clock clock;

  AccidentRecordFacts(AccidentRepository accidents, java.time.Clock clock) {
    this.accidents = accidents;
    this.clock = clock;
  }

  @Override
  public List<ProcedureFacts.Accident> accidents(Collection<String> jurisdictionCodes, int year) {
    return accidents.ofYear(java.util.Set.copyOf(jurisdictionCodes), year).stream()
        .map(a -> new ProcedureFacts.Accident(a.accidentNumber(), a.grade(), a.industryCode(),
            a.occurredAt().atZone(clock.getZone()).toLocalDate()))
        .toList();
  }
}
