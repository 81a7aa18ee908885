package cn.gx.safeduty.accident;

import java.util.List;
import org.springframework.stereotype.Component;

/** For the BPMN: {@code ${accidentCases.unopened(accidentId)}} is the collection each multi-instance opens cases for. */
@Component("accidentCases")
public class AccidentCases {

  private final AccidentRepository accidents;

  public AccidentCases(AccidentRepository accidents) {
    this.accidents = accidents;
  }

  public List<Long> unopened(Object accidentId) {
    return accidents.unopened(((Number) accidentId).longValue());
  }
}
