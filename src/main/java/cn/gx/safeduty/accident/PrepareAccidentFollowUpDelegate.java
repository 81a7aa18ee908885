package cn.gx.safeduty.accident;

import cn.gx.safeduty.registry.Cadre;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.Jurisdiction;
import cn.gx.safeduty.registry.JurisdictionService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * Sets up an accident's follow-up: what the forms show (the accident),
 * the cadres 应急管理部门 may name for late reporting (who held a post in the accident's jurisdiction
 * and those above it on its day; those who answer for it — overall charge or portfolio — first, with
 * why), and the investigation's due date (policy period from the accident).
 */
@Component
public class PrepareAccidentFollowUpDelegate implements JavaDelegate {

  static final DateTimeFormatter TIME = cn.gx.safeduty.kernel.ChineseDates.MINUTE;
  static final int MAX_OPTIONS = 200;

  private final AccidentRepository accidents;
  private final JurisdictionService jurisdictions;
  private final CadreService cadres;
  private final AccidentService service;
  private final ObjectMapper json;
  private final java.time.Clock clock;

  public PrepareAccidentFollowUpDelegate(AccidentRepository accidents, AccidentService service,
      JurisdictionService jurisdictions, CadreService cadres, ObjectMapper json, java.time.Clock clock) {
    this.accidents = accidents;
    this.service = service;
    this.jurisdictions = jurisdictions;
    this.cadres = cadres;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    long id = ((Number) execution.getVariable("accidentId")).longValue();
    Accident a = accidents.find(id).orElseThrow();
    List<Jurisdiction> chain = jurisdictions.withAncestors(a.jurisdictionCode());

    AccidentService.InvestigationDue due = service.startInvestigation(id);

    execution.setVariable("accidentNumber", a.accidentNumber());
    execution.setVariable("accidentLabel", label(a, chain, clock));
    execution.setVariable("cadreOptions", Spin.JSON(json.writeValueAsString(options(chain,
        a.occurredAt().atZone(clock.getZone()).toLocalDate(), service.answering(a)))));
    execution.setVariable("investigationDue", Date.from(due.due()));
    execution.setVariable("investigationDueLabel", due.label(clock.getZone()));
    execution.setVariable("investigationExtended", false);
    execution.setVariable(CountOpenWorkDelegate.OPEN_FINDINGS, 0);
    execution.setVariable(CountOpenWorkDelegate.OPEN_LEVEL_WATCHES, 0);
  }

  /** What the follow-up's forms show of the accident; shown anew when its figures are corrected. */
  static String label(Accident a, List<Jurisdiction> chain, java.time.Clock clock) {
    String where = chain.stream().map(Jurisdiction::name).reduce((inner, outer) -> outer + inner).orElse("");
    return String.join("\n",
        a.accidentNumber() + "：" + where + " " + a.place() + "，" + a.industry(),
        "发生时间：" + TIME.format(a.occurredAt().atZone(clock.getZone())),
        "等级：" + a.grade().chineseName() + "（死亡 " + a.deaths() + " 人，重伤 " + a.seriousInjuries() + " 人，直接经济损失 "
            + a.directLoss().toPlainString() + " 元）",
        a.description());
  }

  /**
   * The leaders who held a post in the accident's jurisdictions on the day it occurred, departed since
   * or not: those who answer for it first, each with why.
   */
  private List<Map<String, String>> options(List<Jurisdiction> chain, java.time.LocalDate occurredOn,
      List<AccidentView.AnsweringLeader> answering) {
    List<Map<String, String>> first = new ArrayList<>();
    List<Map<String, String>> others = new ArrayList<>();
    for (Jurisdiction j : chain) {
      for (Cadre c : cadres.holders(j.code(), occurredOn, occurredOn).stream().limit(MAX_OPTIONS).toList()) {
        String held = c.name() + "（" + j.name() + " " + (c.post() != null ? c.post() : c.role().chineseName());
        answering.stream().filter(l -> l.cadreId() == c.id() && l.jurisdictionCode().equals(j.code())).findFirst()
            .ifPresentOrElse(l -> first.add(Map.of("label", held + "，" + l.basis() + "）", "value", String.valueOf(c.id()))),
                () -> others.add(Map.of("label", held + "）", "value", String.valueOf(c.id()))));
      }
    }
    first.addAll(others);
    return first;
  }
}
