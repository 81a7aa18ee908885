package cn.gx.safeduty.benchmark;

import cn.gx.safeduty.accountability.AccountabilityCaseService;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.NewAccountabilityCase;
import cn.gx.safeduty.registry.CadreRole;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.NewCadre;
import cn.gx.safeduty.support.AccountabilityForms;
import cn.gx.safeduty.support.CaseRequests;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.StatementCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Figure 1: complete accountability cases per second, SafeDuty's against its twin (the same model
 * without SafeDuty's code), both driven through the engine's Java API by the same driver on the
 * same engine and database in the same run; and SafeDuty's over HTTP. A case runs from
 * registration through the three reviews, the decision, the notice and the appeal window (its timer
 * fired by the driver) to its end.
 */
final class EngineThroughput {

  record Run(String what, int cases, double seconds, double statementsPerCase) {
    double perSecond() {
      return cases / seconds;
    }
  }

  record Result(List<Run> safeDuty, List<Run> twin, Run http, List<String> path, Map<String, long[]> statementsByKind) {
    double median(List<Run> runs) {
      return runs.stream().mapToDouble(Run::perSecond).sorted().toArray()[runs.size() / 2];
    }

    /** The median of the rounds' ratios: each round's cases ran side by side, so its ratio is the fair one. */
    double ratio() {
      double[] ratios = new double[safeDuty.size()];
      for (int i = 0; i < ratios.length; i++) {
        ratios[i] = safeDuty.get(i).perSecond() / twin.get(i).perSecond();
      }
      java.util.Arrays.sort(ratios);
      return ratios[ratios.length / 2];
    }
  }

  private final BenchmarkApp app;
  private final ProcessEngine engine;
  private final AccountabilityCaseService cases;
  private final CadreService cadres;
  private final StatementCounter statements;
  private String recommended;

  EngineThroughput(BenchmarkApp app) {
    this.app = app;
    this.engine = app.bean(ProcessEngine.class);
    this.cases = app.bean(AccountabilityCaseService.class);
    this.cadres = app.bean(CadreService.class);
    this.statements = app.bean(StatementCounter.class);
  }

  Result measure(int warmUp, int perRound, int rounds, int overHttp) throws Exception {
    AccountabilityTwin.deploy(engine.getRepositoryService());
    List<String> safeDutyPath = safeDutyCase(cadre(0));
    List<String> twinPath = twinCase(0);
    if (!safeDutyPath.equals(twinPath)) {
      throw new IllegalStateException("the twin takes another path: " + twinPath + " against " + safeDutyPath);
    }
    round(warmUp);
    List<Run> safeDuty = new ArrayList<>();
    List<Run> twin = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      Run[] both = round(perRound);
      safeDuty.add(both[0]);
      twin.add(both[1]);
    }
    return new Result(safeDuty, twin, overHttp(overHttp), safeDutyPath, statementsByKind());
  }

  /**
   * The statements of one SafeDuty case and one twin case by kind ("INSERT INTO act_hi_varinst",
   * "SELECT … FROM accountability_case"): where SafeDuty's extra statements go.
   */
  private Map<String, long[]> statementsByKind() {
    long cadreId = cadre(-1);
    List<String> ours = statements.record(() -> safeDutyCase(cadreId));
    List<String> theirs = statements.record(() -> twinCase(-1));
    Map<String, long[]> byKind = new java.util.TreeMap<>();
    ours.forEach(sql -> byKind.computeIfAbsent(kind(sql), k -> new long[2])[0]++);
    theirs.forEach(sql -> byKind.computeIfAbsent(kind(sql), k -> new long[2])[1]++);
    return byKind;
  }

  static String kind(String sql) {
    String flat = sql.replaceAll("\\s+", " ").trim();
    String verb = flat.split(" ", 2)[0].toUpperCase(java.util.Locale.ROOT);
    java.util.regex.Matcher table = java.util.regex.Pattern
        .compile("(?i)\\b(?:from|into|update)\\s+([a-z_][a-z0-9_.]*)").matcher(flat);
    return verb + " " + (table.find() ? table.group(1).toLowerCase(java.util.Locale.ROOT) : "?");
  }

  /**
   * One round: a SafeDuty case, then a twin case, and so on, each timed on its own, so that whatever
   * slows the machine down for a while slows both alike.
   */
  private Run[] round(int count) {
    List<Long> cadreIds = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      cadreIds.add(cadre(n));
    }
    long[] nanos = new long[2];
    int[] counted = new int[2];
    for (int n = 0; n < count; n++) {
      long cadreId = cadreIds.get(n);
      int number = n;
      long start = System.nanoTime();
      counted[0] += statements.count(() -> safeDutyCase(cadreId)).statements();
      long middle = System.nanoTime();
      counted[1] += statements.count(() -> twinCase(number)).statements();
      nanos[0] += middle - start;
      nanos[1] += System.nanoTime() - middle;
    }
    return new Run[] {new Run("SafeDuty", count, nanos[0] / 1e9, counted[0] / (double) count),
        new Run("twin", count, nanos[1] / 1e9, counted[1] / (double) count)};
  }

  private long cadre(int n) {
    return cadres.create(new NewCadre("基准干部" + n, "450126", CadreRole.GOVERNMENT_LEADER, null, null),
        "bench-org").id();
  }

  private List<String> safeDutyCase(long cadreId) {
    var registered = cases.register(new NewAccountabilityCase(cadreId, Ground.DUTY_FAILURE, null, null, "基准案件",
        new CaseFacts(false, false, false, Mitigation.NONE, false, false)), "bench-em");
    if (recommended == null) {
      recommended = cases.view(registered.id()).recommendation().sanction().name();
    }
    return drive(registered.processInstanceId(), registered.id());
  }

  private List<String> twinCase(int n) {
    String instance = engine.getRuntimeService()
        .startProcessInstanceByKey(AccountabilityTwin.KEY, "twin-" + n, Map.of("caseId", (long) n)).getId();
    return drive(instance, n);
  }

  private List<String> drive(String instance, long caseId) {
    return new CaseWalk(engine, recommended).toEnd(instance, caseId);
  }

  /** SafeDuty's cases over HTTP: registration on /api, completions and the timer on /engine-rest. */
  private Run overHttp(int count) throws Exception {
    Http http = new Http(app.port());
    app.ensureDepartmentUsers();
    Map<String, String> groupOfTask = new java.util.HashMap<>();
    var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("accountability")
        .latestVersion().singleResult();
    engine.getRepositoryService().getBpmnModelInstance(definition.getId())
        .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)
        .forEach(task -> groupOfTask.put(task.getId(), task.getCamundaCandidateGroups()));
    List<Long> cadreIds = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      cadreIds.add(cadre(n));
    }
    long start = System.nanoTime();
    for (long cadreId : cadreIds) {
      var created = http.postJson("/api/accountability-cases", "bench-em", CaseRequests.dutyFailure(cadreId, "基准案件"));
      if (created.status() != 201) {
        throw new IllegalStateException(created.body());
      }
      String instance = created.json().get("processInstanceId").asText();
      long caseId = created.json().get("id").asLong();
      while (true) {
        var open = asAdmin(http, "/engine-rest/task?processInstanceId=" + instance);
        if (open.json().isEmpty()) {
          var timers = asAdmin(http, "/engine-rest/job?timers=true&processInstanceId=" + instance).json();
          if (timers.isEmpty()) {
            break;
          }
          http.send("POST", "/engine-rest/job/" + timers.get(0).get("id").asText() + "/execute", BenchmarkApp.ADMIN,
              BenchmarkApp.PASSWORD, null, null, Map.of());
          continue;
        }
        for (var task : open.json()) {
          String user = BenchmarkApp.USER_OF_GROUP.get(groupOfTask.get(task.path("taskDefinitionKey").asText()));
          Map<String, Object> variables = new java.util.LinkedHashMap<>();
          AccountabilityForms.agreeing(task.path("taskDefinitionKey").asText(), recommended, caseId)
              .forEach((name, value) -> variables.put(name, cn.gx.safeduty.support.AccountabilityForms.restVariable(value)));
          var done = http.postJson("/engine-rest/task/" + task.path("id").asText() + "/submit-form", user,
              Map.of("variables", variables));
          if (done.status() != 204) {
            throw new IllegalStateException(task.path("taskDefinitionKey").asText() + ": " + done.body());
          }
        }
      }
    }
    return new Run("SafeDuty over HTTP", count, (System.nanoTime() - start) / 1e9, Double.NaN);
  }

  private static Http.Response asAdmin(Http http, String path) {
    return http.send("GET", path, BenchmarkApp.ADMIN, BenchmarkApp.PASSWORD, null, null, Map.of());
  }
}
