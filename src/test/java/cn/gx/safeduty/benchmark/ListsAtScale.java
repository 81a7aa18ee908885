package cn.gx.safeduty.benchmark;

import cn.gx.safeduty.accountability.AccountabilityCaseService;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.NewAccountabilityCase;
import cn.gx.safeduty.registry.CadreRole;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.NewCadre;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.StatementCounter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Figure 2: how SafeDuty's lists answer as the data grows. The same calls, over HTTP as the
 * departments make them, with a small database (1,000 finished cases and 10,000 open ones) and a large
 * one (100,000 finished and the same open ones); the cases are copies of real ones ({@link BulkCases}).
 */
final class ListsAtScale {

  static final int OPEN = 10_000;
  static final int SMALL = 1_000;
  static final int CASES_PER_CADRE = 5;
  private static final int WARM_UP = 100;
  /** A list that answers slowly is called for this long (and at least {@link #MIN_CALLS} times), not 200 times. */
  private static final long TIME_BOX_NANOS = 40_000_000_000L;
  private static final int MIN_CALLS = 20;
  static final int CALLS_TIMED = 200;

  /** One list: median and p95 in milliseconds at each size, and the plans of its statements at the large one. */
  record Call(String what, String request, double[] medians, double[] p95s, int[] calls, List<Plan> plans) {
    double ratio() {
      return medians[1] / medians[0];
    }

    double p95Ratio() {
      return p95s[1] / p95s[0];
    }
  }

  record Plan(String sql, double millis, String text) {
  }

  record Result(int small, int large, Map<String, Long> rowsPerFinishedCase, double loadSeconds, long databaseBytes,
      Map<String, Long> largestTables, List<Call> calls) {
    double worstRatio() {
      return calls.stream().mapToDouble(Call::ratio).max().orElse(Double.NaN);
    }
  }

  private final BenchmarkApp app;
  private final ProcessEngine engine;
  private final JdbcClient jdbc;
  private final Http http;

  ListsAtScale(BenchmarkApp app) {
    this.app = app;
    this.engine = app.bean(ProcessEngine.class);
    this.jdbc = app.bean(JdbcClient.class);
    this.http = new Http(app.port());
  }

  Result measure(int large) throws Exception {
    app.ensureDepartmentUsers();
    List<BulkCases.Template> finished = new ArrayList<>();
    List<BulkCases.Template> open = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      finished.add(template(Integer.MAX_VALUE));
    }
    // one waiting at each of the path's steps: three reviews, the decision, the appeal window, the notice
    for (int steps = 0; steps <= 5; steps++) {
      open.add(template(steps));
    }
    String caseNumber = jdbc.sql("SELECT case_number FROM accountability_case WHERE id = ?").param(finished.get(0).caseId())
        .query(String.class).single();
    BulkCases bulk = new BulkCases(jdbc, caseNumber.substring(0, caseNumber.indexOf('〔')),
        LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
    Map<String, Long> rowsPerCase = bulk.engineRowsPerCase(finished.get(0));

    long loadStart = System.nanoTime();
    bulk.loading(() -> {
      bulk.cadres(BulkCases.Kind.OPEN, 0, OPEN);
      bulk.copy(BulkCases.Kind.OPEN, open, 0, OPEN, 1);
      bulk.cadres(BulkCases.Kind.FINISHED, 0, SMALL / CASES_PER_CADRE);
      bulk.copy(BulkCases.Kind.FINISHED, finished, 0, SMALL, CASES_PER_CADRE);
    });
    bulk.analyse();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    Map<String, double[]> smallTimes = timeAll(SMALL);

    loadStart = System.nanoTime();
    bulk.loading(() -> {
      bulk.cadres(BulkCases.Kind.FINISHED, SMALL / CASES_PER_CADRE, large / CASES_PER_CADRE);
      bulk.copy(BulkCases.Kind.FINISHED, finished, SMALL, large, CASES_PER_CADRE);
    });
    System.out.printf("lists: %,d finished cases loaded in %.0f s%n", large, (System.nanoTime() - loadStart) / 1e9);
    bulk.analyse();
    loadSeconds += (System.nanoTime() - loadStart) / 1e9;
    Map<String, double[]> largeTimes = timeAll(large);

    List<Call> calls = new ArrayList<>();
    for (var request : requests(large).entrySet()) {
      double[] s = smallTimes.get(request.getKey());
      double[] l = largeTimes.get(request.getKey());
      calls.add(new Call(request.getKey(), request.getValue().describe(), new double[] {s[0], l[0]},
          new double[] {s[1], l[1]}, new int[] {(int) s[2], (int) l[2]}, plans(request.getValue())));
    }
    long bytes = jdbc.sql("SELECT pg_database_size(current_database())").query(Long.class).single();
    return new Result(SMALL, large, rowsPerCase, loadSeconds, bytes, bulk.largestTables(8), calls);
  }

  /** A real case: registered through SafeDuty's service and walked {@code steps} tasks and timers on. */
  private BulkCases.Template template(int steps) {
    AccountabilityCaseService cases = app.bean(AccountabilityCaseService.class);
    long cadreId = app.bean(CadreService.class).create(new NewCadre("模板干部", "450126", CadreRole.GOVERNMENT_LEADER,
        null, null), "bench-org").id();
    var registered = cases.register(new NewAccountabilityCase(cadreId, Ground.DUTY_FAILURE, null, null, "基准案件",
        new CaseFacts(false, false, false, Mitigation.NONE, false, false)), "bench-em");
    String sanction = cases.view(registered.id()).recommendation().sanction().name();
    new CaseWalk(engine, sanction).steps(registered.processInstanceId(), registered.id(), steps);
    return new BulkCases.Template(registered.id(), registered.processInstanceId());
  }

  /** A call as a department makes it. */
  private record Request(String method, String path, String user, String body) {
    String describe() {
      return method + " " + path + " (" + user + ")";
    }
  }

  private Map<String, Request> requests(int finishedCases) {
    String city = jdbc.sql("""
        SELECT parent_code FROM jurisdiction WHERE level = 'COUNTY' GROUP BY parent_code ORDER BY COUNT(*) DESC, parent_code
        LIMIT 1""").query(String.class).single();
    long cadre = jdbc.sql("SELECT id FROM cadre WHERE name = ?").param(BulkCases.cadreName(BulkCases.Kind.FINISHED, finishedCases / CASES_PER_CADRE - 1))
        .query(Long.class).single();
    String group = jdbc.sql("""
        SELECT l.group_id_ FROM act_ru_identitylink l WHERE l.type_ = 'candidate' AND l.group_id_ IS NOT NULL
        GROUP BY l.group_id_ ORDER BY COUNT(*) DESC LIMIT 1""").query(String.class).single();
    String filter = engine.getFilterService().createTaskFilterQuery().list().stream()
        .filter(f -> f.getProperties() != null && (group + ":queue").equals(f.getProperties().get("safedutyKey")))
        .findFirst().orElseThrow().getId();
    Map<String, Request> requests = new LinkedHashMap<>();
    String list = "/api/accountability-cases?jurisdiction=" + city + "&includeSubdivisions=true&size=50&status=";
    requests.put("cases of a city, closed", new Request("GET", list + "CLOSED", "bench-di", null));
    requests.put("cases of a city, under review", new Request("GET", list + "UNDER_REVIEW", "bench-di", null));
    requests.put("a cadre's record", new Request("GET", "/api/cadres/" + cadre + "/record", "bench-org", null));
    requests.put("本部门待办 (" + group + ")", new Request("POST",
        "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15", BenchmarkApp.USER_OF_GROUP.get(group), "{}"));
    return requests;
  }

  /** Median and p95 (ms) of each call after a warm-up. */
  private Map<String, double[]> timeAll(int finishedCases) {
    Map<String, double[]> times = new LinkedHashMap<>();
    for (var request : requests(finishedCases).entrySet()) {
      long warmUpEnds = System.nanoTime() + TIME_BOX_NANOS / 3;
      for (int i = 0; i < WARM_UP && System.nanoTime() < warmUpEnds; i++) {
        call(request.getValue());
      }
      List<Double> millis = new ArrayList<>();
      long ends = System.nanoTime() + TIME_BOX_NANOS;
      while (millis.size() < CALLS_TIMED && (millis.size() < MIN_CALLS || System.nanoTime() < ends)) {
        long start = System.nanoTime();
        call(request.getValue());
        millis.add((System.nanoTime() - start) / 1e6);
      }
      java.util.Collections.sort(millis);
      double median = millis.get(millis.size() / 2);
      times.put(request.getKey(), new double[] {median, millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
          millis.size()});
      System.out.printf("lists: %,d finished: %s median %.1f ms of %d calls%n", finishedCases, request.getKey(), median,
          millis.size());
    }
    return times;
  }

  private void call(Request request) {
    Http.Response response = http.send(request.method(), request.path(), request.user(), "demo",
        request.body() != null ? "application/json" : null, request.body(), Map.of("Accept",
            request.path().startsWith("/engine-rest/filter") ? "application/hal+json" : "application/json"));
    if (response.status() != 200 || response.body().length() < 20) {
      throw new IllegalStateException(request.describe() + " answered " + response.status() + ": " + response.body());
    }
  }

  /** Every query one call sends, explained with its own parameters; the two slowest. */
  private List<Plan> plans(Request request) throws SQLException {
    List<StatementCounter.Statement> statements = StatementCounter.captureAll(() -> call(request));
    List<Plan> plans = new ArrayList<>();
    try (Connection connection = app.bean(DataSource.class).getConnection()) {
      for (StatementCounter.Statement statement : statements) {
        if (!statement.sql().trim().regionMatches(true, 0, "SELECT", 0, 6)) {
          continue;
        }
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql())) {
          for (int i = 0; i < statement.parameters().size(); i++) {
            Object value = statement.parameters().get(i);
            explain.setObject(i + 1, value instanceof java.util.Date d && !(value instanceof java.sql.Timestamp)
                ? new java.sql.Timestamp(d.getTime()) : value);
          }
          StringBuilder text = new StringBuilder();
          double millis = 0;
          try (ResultSet rs = explain.executeQuery()) {
            while (rs.next()) {
              String line = rs.getString(1);
              text.append(line).append('\n');
              if (line.startsWith("Execution Time:")) {
                millis = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
              }
            }
          }
          plans.add(new Plan(statement.sql().replaceAll("\\s+", " ").trim(), millis, text.toString()));
        }
      }
    }
    plans.sort((a, b) -> Double.compare(b.millis(), a.millis()));
    return plans.subList(0, Math.min(2, plans.size()));
  }
}
