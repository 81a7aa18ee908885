package cn.gx.safeduty.accident;

import cn.gx.safeduty.registry.Cadre;
import cn.gx.safeduty.registry.CadreService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * For the BPMN: {@code ${accidentCases.unopened(accidentId)}} is the collection each multi-instance
 * opens cases for ({@code unopenedOfFinding(findingId)} for a confirmed reporting finding);
 * {@code ${accidentCases.responsibleLabel(responsibleId)}} names the cadre one of
 * them is about, for its form.
 */
@Component("accidentCases")
public class AccidentCases {

  private final AccidentRepository accidents;
  private final CadreService cadres;

  public AccidentCases(AccidentRepository accidents, CadreService cadres) {
    this.accidents = accidents;
    this.cadres = cadres;
  }

  public String responsibleLabel(Object responsibleId) {
    return responsibleId instanceof Number id
        ? accidents.responsible(id.longValue()).map(r -> label(cadres.get(r.cadreId()))).orElse("（未找到）")
        : "（未指定）";
  }

  private static String label(Cadre c) {
    return c.name() + "，" + c.jurisdictionName() + (c.post() != null ? " " + c.post() : "") + "（" + c.role().chineseName() + "）";
  }

  public List<Long> unopened(Object accidentId) {
    return accidents.unopened(((Number) accidentId).longValue());
  }

  public List<Long> unopenedOfFinding(Object findingId) {
    return findingId instanceof Number id ? accidents.unopenedOfFinding(id.longValue()) : List.of();
  }
}
