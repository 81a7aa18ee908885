package cn.gx.safeduty.accident;

import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * For the BPMN: {@code ${accidentReporting.pendingLevels(accidentId)}} are the levels the grade requires
 * and nothing has settled yet; {@code ${accidentReporting.dueAt(accidentId, reportingLevel)}} when one's
 * limit passes.
 */
@Component("accidentReporting")
public class AccidentReporting {

  private final AccidentService accidents;

  public AccidentReporting(AccidentService accidents) {
    this.accidents = accidents;
  }

  public List<String> pendingLevels(Object accidentId) {
    return accidents.pendingLevels(((Number) accidentId).longValue());
  }

  public Date dueAt(Object accidentId, Object level) {
    return accidents.levelDueAt(((Number) accidentId).longValue(), ReportingLevel.valueOf(level.toString()));
  }
}
