package cn.gx.safeduty.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.accountability.AccountabilityCaseService;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.NewAccountabilityCase;
import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http.Response;
import cn.gx.safeduty.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole year's assessment over HTTP as each department's user: derived scores from real rows of
 * the other procedures (a duty list, an accident, an overdue supervision item, a decided case), an
 * excellent member proposed and one not, an excellence capped by the restriction a case left, a failing
 * member reviewed with a case and a failing team reviewed without one, the results linked to the
 * records and published with the bulletin; and a dishonest user's completions refused.
 */
@EmbeddedAppTest
class PerformanceAssessmentTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final int YEAR = LocalDate.now(ZONE).getYear();
  static final String TARGET = "450108";
  static final String SECOND = "450110";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  AccountabilityCaseService caseService;

  @Autowired
  cn.gx.safeduty.kernel.calendar.WorkingDayCalendar calendar;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  long cadre(String name, String jurisdiction, String role) {
    Map<String, Object> body = new LinkedHashMap<>(Map.of("name", name, "jurisdictionCode", jurisdiction, "post", "领导"));
    if (role.equals("SAFETY_DEPUTY")) {
      body.put("roles", List.of("SAFETY_DEPUTY", "STANDING_COMMITTEE_MEMBER"));
      body.put("safetyCommitteeViceChair", true);
    } else {
      body.put("role", role);
    }
    Response created = http.postJson("/api/cadres", "org-staff", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  @Test
  void aYearIsAssessedScoredGradedLinkedAndPublished() throws IOException {
    long secretary = cadre("考核书记", TARGET, "PARTY_SECRETARY");
    long head = cadre("考核区长", TARGET, "GOVERNMENT_HEAD");
    long deputy = cadre("考核副区长", TARGET, "SAFETY_DEPUTY");
    long departmentLeader = cadre("考核局长", TARGET, "DEPARTMENT_LEADER");
    long secondSecretary = cadre("第二书记", SECOND, "PARTY_SECRETARY");
    recordRealRows(head, deputy);

    Response started = http.postJson("/api/assessment-cycles", "em-staff", Map.of("year", YEAR,
        "assessingJurisdiction", "450100", "targets", List.of(TARGET, SECOND)));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonNode cycle = started.json();
    long cycleId = cycle.get("id").asLong();
    String pid = cycle.get("processInstanceId").asText();
    assertThat(cycle.get("cycleNumber").asText()).startsWith("考核〔" + YEAR + "〕");
    assertThat(cycle.get("indicators").findValuesAsText("code"))
        .containsExactly("MEETINGS", "DUTY_LISTS", "ACCIDENTS", "RECTIFICATIONS", "CASES", "PERFORMANCE");
    JsonNode first = cycle.get("targets").get(0);
    assertThat(first.get("jurisdictionCode").asText()).isEqualTo(TARGET);
    assertThat(first.get("assessees").findValuesAsText("name")).startsWith(first.get("jurisdictionName").asText()
        + "党委和政府领导班子").contains("考核书记", "考核区长", "考核副区长").doesNotContain("考核局长");
    assertThat(first.get("assessees").findValues("cadreId").stream().map(JsonNode::asLong))
        .doesNotContain(departmentLeader);
    assertThat(tasks(pid, AssessmentSteps.RECORD_DUTY_REPORT)).hasSize(4 + 2);

    long secretaryAssessee = assessee(cycle, secretary).get("id").asLong();
    String upload = "/api/assessment-cycles/" + cycleId + "/assessees/" + secretaryAssessee + "/duty-report-file";
    byte[] reportPdf = onePagePdf();
    assertThat(http.upload("PUT", upload, "em-staff", "file", "述职.txt", "application/pdf",
        "不是PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(400);
    assertThat(http.upload("PUT", upload, "org-staff", "file", "述职.pdf", "application/pdf", reportPdf).status())
        .isEqualTo(403);
    assertThat(http.upload("PUT", "/api/assessment-cycles/999999/assessees/" + secretaryAssessee
        + "/duty-report-file", "em-staff", "file", "述职.pdf", "application/pdf", reportPdf).status()).isEqualTo(404);
    Response uploaded = http.upload("PUT", upload, "em-staff", "file", "考核书记述职报告.pdf", "application/pdf",
        reportPdf);
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
    assertThat(uploaded.json().get("report").get("file").get("fileName").asText()).isEqualTo("考核书记述职报告.pdf");
    assertThat(http.bytes(upload, "di-staff")).isEqualTo(reportPdf);

    for (Task report : tasks(pid, AssessmentSteps.RECORD_DUTY_REPORT)) {
      if (engine.getTaskService().getVariable(report.getId(), "assesseeLabel").toString().contains("考核书记")) {
        assertThat(complete(report, "em-staff", Map.of("safetySection", "主持常委会研究安全生产",
            "reportedOn", LocalDate.now(ZONE).toString()))).as("the file stands for the text").isEqualTo(204);
        continue;
      }
      assertThat(complete(report, "em-staff", Map.of("safetySection", "只有安全部分",
          "reportedOn", LocalDate.now(ZONE).toString()))).as("neither text nor file").isEqualTo(400);
      assertThat(engine.getTaskService().getVariable(report.getId(), "assesseeLabel").toString()).contains(YEAR + "年度");
      assertThat(complete(report, "em-staff", Map.of("reportSummary", "述职", "safetySection", "召开会议、督查检查",
          "reportedOn", LocalDate.now(ZONE).toString()))).isEqualTo(204);
    }

    assertThat(http.upload("PUT", upload, "em-staff", "file", "述职.pdf", "application/pdf", reportPdf).status())
        .as("the report is recorded").isEqualTo(409);
    assertThat(engine.getTaskService().getVariable(scoreTaskOf(pid, "考核书记").getId(), "dutyReport").toString())
        .contains("考核书记述职报告.pdf", "主持常委会研究安全生产");

    Task headScore = scoreTaskOf(pid, "考核区长");
    List<Map<String, Object>> rows = rows(headScore);
    assertThat(rows).hasSize(6);
    assertThat(rows.get(1).get("basis").toString()).as("the government list is missing")
        .contains("规则得分50", "政府领导干部年度安全生产重点工作责任清单");
    assertThat(rows.get(2).get("basis").toString()).contains("规则得分90", "一般事故");
    assertThat(rows.get(3).get("basis").toString()).contains("规则得分90", "逾期");
    assertThat(rows.get(4).get("basis").toString()).contains("规则得分80", "通报");
    assertThat(rows.get(5).get("basis").toString()).contains("应急管理部门评分");
    assertThat(rows.get(5).get("score")).isNull();

    // the dishonest user: an extra field, the hand-scored indicator left out, a slot beyond the cycle's
    // indicators, derived scores changed without reasons
    Map<String, Object> all100 = scores(6, 100, null);
    Map<String, Object> forged = new LinkedHashMap<>(all100);
    forged.put("grade", "EXCELLENT");
    assertThat(complete(headScore, "em-staff", forged)).isEqualTo(400);
    Map<String, Object> otherAssessee = new LinkedHashMap<>(scores(6, 100, "核实"));
    otherAssessee.put("assesseeId", assessee(cycle, secretary).get("id").asLong());
    assertThat(complete(headScore, "em-staff", otherAssessee)).as("which record the task is about").isEqualTo(400);
    assertThat(complete(headScore, "em-staff", scores(5, 100, null))).isEqualTo(400);
    Map<String, Object> seventh = new LinkedHashMap<>(scores(6, 100, "核实"));
    seventh.put("score7", 100);
    assertThat(complete(headScore, "em-staff", seventh)).isEqualTo(400);
    assertThat(complete(headScore, "em-staff", all100)).as("derived scores changed without reasons").isEqualTo(400);
    Map<String, Object> withReasons = scores(6, 100, "已整改到位，经核实调整");
    assertThat(complete(headScore, "em-staff", withReasons)).isEqualTo(204);
    assertThat(complete(headScore, "em-staff", withReasons)).as("the same task twice").isEqualTo(409);

    Task secretaryScore = scoreTaskOf(pid, "考核书记");
    assertThat(rows(secretaryScore).get(1).get("basis").toString()).contains("规则得分100");
    assertThat(complete(secretaryScore, "em-staff", keepDerivedAnd(rows(secretaryScore), 100))).isEqualTo(204);
    Task deputyScore = scoreTaskOf(pid, "考核副区长");
    assertThat(complete(deputyScore, "em-staff", scores(6, 30, "履职不力"))).isEqualTo(204);
    Task teamScore = scoreTaskOf(pid, "党委和政府领导班子");
    assertThat(complete(teamScore, "em-staff", keepDerivedAnd(rows(teamScore), 80))).isEqualTo(204);

    JsonNode view = http.get("/api/assessment-cycles/" + cycleId, "di-staff").json();
    JsonNode headView = assessee(view, head);
    assertThat(headView.get("gradeFromTotal").asText()).isEqualTo("EXCELLENT");
    assertThat(headView.get("grade").asText()).as("capped by the notice's restriction").isEqualTo("QUALIFIED");
    assertThat(headView.get("caps").get(0).get("article").asText()).isIn("21", "22");
    assertThat(headView.get("scores").get(3).get("derived").asDouble()).isEqualTo(90.0);
    assertThat(headView.get("scores").get(3).get("score").asDouble()).isEqualTo(100.0);
    assertThat(headView.get("scores").get(3).get("reason").asText()).isEqualTo("已整改到位，经核实调整");
    assertThat(assessee(view, secretary).get("grade").asText()).isEqualTo("EXCELLENT");
    assertThat(assessee(view, deputy).get("grade").asText()).isEqualTo("UNQUALIFIED");
    String cycleNumber = view.get("cycleNumber").asText();
    java.util.List<java.util.List<String>> results = cn.gx.safeduty.support.Xlsx.rows(http.bytes(
        "/api/assessment-cycles/results/export?year=" + YEAR + "&jurisdiction=450100", "supervisor"));
    assertThat(results.get(0)).startsWith("考核编号", "年度", "考核组织单位", "被考核地区", "被考核对象");
    assertThat(results).anySatisfy(row -> assertThat(row).startsWith(cycleNumber).contains("领导班子"));
    assertThat(results).anySatisfy(row -> assertThat(row).startsWith(cycleNumber).contains("考核书记", "优秀"));
    assertThat(cn.gx.safeduty.support.Xlsx.rows(http.bytes("/api/assessment-cycles/results/export?year=" + (YEAR - 3),
        "supervisor"))).noneSatisfy(row -> assertThat(row.get(0)).isEqualTo(cycleNumber));

    Task proposal = only(pid, AssessmentSteps.DECIDE_PROPOSAL);
    assertThat(engine.getTaskService().getVariable(proposal.getId(), "assesseeLabel").toString()).contains("考核书记");
    assertThat(complete(proposal, "em-staff", Map.of("propose", "true", "award", "MERIT"))).as("facts missing")
        .isEqualTo(400);
    assertThat(complete(proposal, "em-staff", Map.of("propose", "true", "award", "MERIT",
        "facts", "牵头开展危化品专项整治，成效突出"))).isEqualTo(204);

    Task review = only(pid, AssessmentSteps.REVIEW_FAILURES);
    assertThat(complete(review, "em-staff", Map.of("reviewNote", "未督促分管行业落实", "openCase", "true",
        "failureDuties", List.of("8-1"), "caseCadreIds", List.of(secretary)))).as("only the failing member")
        .isEqualTo(400);
    assertThat(complete(review, "em-staff", Map.of("reviewNote", "未督促分管行业落实", "openCase", "true",
        "failureDuties", List.of("8-1"), "caseCadreIds", List.of(deputy)))).isEqualTo(204);

    // the second target: an excellent member not proposed, a failing team reviewed without a case
    assertThat(tasks(pid, AssessmentSteps.RECORD_DUTY_REPORT)).isEmpty();
    Task secondSecretaryScore = scoreTaskOf(pid, "第二书记");
    assertThat(complete(secondSecretaryScore, "em-staff", scores(6, 95, "成效明显"))).isEqualTo(204);
    Task secondTeam = scoreTaskOf(pid, "党委和政府领导班子");
    assertThat(complete(secondTeam, "em-staff", scores(6, 40, "工作滞后"))).isEqualTo(204);
    assertThat(complete(only(pid, AssessmentSteps.DECIDE_PROPOSAL), "em-staff", Map.of("propose", "false",
        "proposalNote", "无突出事迹"))).isEqualTo(204);
    assertThat(complete(only(pid, AssessmentSteps.REVIEW_FAILURES), "em-staff", Map.of("reviewNote",
        "班子会议研究不足，已责成整改", "openCase", "false"))).isEqualTo(204);

    List<Task> links = tasks(pid, AssessmentSteps.LINK_RESULTS);
    assertThat(links).hasSize(2);
    for (Task link : links) {
      assertThat(engine.getTaskService().getIdentityLinksForTask(link.getId()))
          .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("organization"));
      assertThat(complete(link, "em-staff", Map.of("countsIn", List.of("ANNUAL")))).isIn(403, 404);
      assertThat(complete(link, "org-staff", Map.of())).isEqualTo(400);
      assertThat(engine.getTaskService().getVariable(link.getId(), "countsIn").toString())
          .as("the form opens with the annual assessment ticked").contains("ANNUAL");
      assertThat(complete(link, "org-staff", Map.of("countsIn", List.of("OTHER"))))
          .as("Art 14: the result counts in the annual assessment").isEqualTo(400);
      assertThat(complete(link, "org-staff", Map.of("countsIn", List.of("ANNUAL", "PERFORMANCE"),
          "linkRemark", "作为年度考核重要内容"))).isEqualTo(204);
    }

    Task publish = only(pid, AssessmentSteps.PUBLISH_RESULTS);
    assertThat(engine.getTaskService().getVariable(publish.getId(), "cycleResults").toString())
        .contains("考核书记", "优秀", "第二书记");
    assertThat(http.get("/api/assessment-cycles/" + cycleId + "/bulletin", "em-staff").status())
        .as("not yet published").isEqualTo(409);
    LocalDate today = LocalDate.now(ZONE);
    assertThat(complete(publish, "em-staff", Map.of("publicationMode", "CIRCULATED", "publishedOn",
        today.plusDays(1).toString(), "publicationRef", "南应急〔" + YEAR + "〕9号"))).isEqualTo(400);
    assertThat(complete(publish, "em-staff", Map.of("publicationMode", "CIRCULATED", "publishedOn", today.toString(),
        "publicationRef", "南应急〔" + YEAR + "〕9号"))).as("not emergency management's 代字, nor this year").isEqualTo(400);
    assertThat(complete(publish, "em-staff", Map.of("publicationMode", "CIRCULATED", "publishedOn", today.toString())))
        .as("numbered from emergency management's sequence").isEqualTo(204);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count()).isZero();

    view = http.get("/api/assessment-cycles/" + cycleId, "org-staff").json();
    assertThat(view.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(view.get("publication").get("mode").asText()).isEqualTo("CIRCULATED");
    JsonNode deputyView = assessee(view, deputy);
    assertThat(deputyView.get("review").get("dutyIds").get(0).asText()).isEqualTo("8-1");
    assertThat(deputyView.get("review").get("cases")).hasSize(1);
    long caseId = deputyView.get("review").get("cases").get(0).get("caseId").asLong();
    JsonNode opened = http.get("/api/accountability-cases/" + caseId, "di-staff").json();
    assertThat(opened.has("ground")).as(opened.toString()).isTrue();
    assertThat(opened.get("ground").asText()).isEqualTo("DUTY_FAILURE");
    assertThat(opened.get("source").get("kind").asText()).isEqualTo("ASSESSMENT");
    assertThat(opened.get("source").get("ref").asText()).isEqualTo(view.get("cycleNumber").asText());
    assertThat(opened.get("source").get("dutyIds").get(0).asText()).isEqualTo("8-1");
    assertThat(opened.get("summary").asText()).contains("第八条").doesNotContain("不合格");
    JsonNode secondTeamView = view.get("targets").get(1).get("assessees").get(0);
    assertThat(secondTeamView.get("grade").asText()).isEqualTo("UNQUALIFIED");
    assertThat(secondTeamView.get("review").get("cases")).isEmpty();

    JsonNode proposals = http.get("/api/assessment-cycles/" + cycleId + "/proposals", "org-staff").json();
    assertThat(proposals).hasSize(1);
    assertThat(proposals.get(0).get("cadreId").asLong()).isEqualTo(secretary);
    assertThat(proposals.get(0).get("award").asText()).isEqualTo("MERIT");
    assertThat(proposals.get(0).get("status").asText()).isEqualTo("PENDING");
    assertThat(assessee(view, secondSecretary).get("proposal").isNull()).isTrue();

    JsonNode record = http.get("/api/cadres/" + secretary + "/record", "org-staff").json();
    JsonNode grade = record.get("assessmentGrades").get(0);
    assertThat(grade.get("grade").asText()).isEqualTo("EXCELLENT");
    assertThat(grade.get("year").asInt()).isEqualTo(YEAR);
    assertThat(grade.get("countsIn").toString()).contains("ANNUAL", "PERFORMANCE");
    JsonNode team = http.get("/api/jurisdictions/" + SECOND + "/record", "org-staff").json();
    assertThat(team.toString()).contains("ASSESSMENT", "UNQUALIFIED");

    byte[] pdf = http.bytes("/api/assessment-cycles/" + cycleId + "/bulletin", "di-staff");
    java.nio.file.Files.write(java.nio.file.Path.of("target", "assessment-bulletin.pdf"), pdf);
    cn.gx.safeduty.support.OfficialPdf bulletin = cn.gx.safeduty.support.OfficialPdf.read(pdf)
        .isOfficialFrom(List.of("南宁市应急管理局", "中共南宁市委组织部"));
    bulletin.firstPageTo(java.nio.file.Path.of("target", "documents", "assessment-bulletin.png"));
    assertThat(bulletin.number()).matches("南应急发〔" + today.getYear() + "〕[1-9]\\d*号（机关代字待确认）");
    assertThat(bulletin.text()).contains("关于" + YEAR + "年度党政领导干部安全生产工作考核结果的通报", "各县（市、区）党委和人民政府：",
        "考核书记", "考核区长", "考核副区长", "第二书记", "优秀", "合格", "不合格", "第十八条提请",
        today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日")
        .doesNotContain(view.get("cycleNumber").asText());
  }

  @Test
  void badCyclesAreRefusedAndNothingIsStarted() {
    long before = count();
    assertInvalid(Map.of("year", YEAR, "assessingJurisdiction", "450100", "targets", List.of("999999")), "targets[0]");
    assertInvalid(Map.of("year", YEAR, "assessingJurisdiction", "450100", "targets", List.of("450000")), "targets[0]");
    assertInvalid(Map.of("year", YEAR + 1, "assessingJurisdiction", "450100", "targets", List.of("450102")), "year");
    assertInvalid(Map.of("year", YEAR, "assessingJurisdiction", "450100", "targets", List.of("450102"),
        "indicators", List.of(Map.of("code", "MEETINGS", "weight", 50))), "indicators");
    assertInvalid(Map.of("year", YEAR, "assessingJurisdiction", "450100", "targets", List.of("450102"),
        "indicators", List.of(Map.of("code", "SOMETHING", "weight", 100))), "indicators[0].code");
    assertInvalid(Map.of("year", "今年", "assessingJurisdiction", "450100", "targets", List.of("450102")), "year");
    assertInvalid(Map.of("assessingJurisdiction", "450100", "targets", List.of()), "targets");
    assertThat(http.postJson("/api/assessment-cycles", "org-staff", Map.of("year", YEAR,
        "assessingJurisdiction", "450100", "targets", List.of("450102"))).status()).isEqualTo(403);
    assertThat(count()).isEqualTo(before);

    Response weighted = http.postJson("/api/assessment-cycles", "em-staff", Map.of("year", YEAR - 1,
        "assessingJurisdiction", "450100", "targets", List.of("450102"), "indicators", List.of(
            Map.of("code", "ACCIDENTS", "weight", 60), Map.of("code", "PERFORMANCE", "weight", 40))));
    assertThat(weighted.status()).as(weighted.body()).isEqualTo(201);
    assertThat(weighted.json().get("indicators").get(0).get("weight").asDouble()).isZero();
    assertThat(weighted.json().get("indicators").get(2).get("weight").asDouble()).isEqualTo(60.0);
    Response again = http.postJson("/api/assessment-cycles", "em-staff", Map.of("year", YEAR - 1,
        "assessingJurisdiction", "450100", "targets", List.of("450102")));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).doesNotContain("Exception", "SQL");
    assertThat(http.get("/api/assessment-cycles/999999", "em-staff").status()).isEqualTo(404);
    assertThat(http.get("/api/assessment-cycles?year=" + (YEAR - 1), "di-staff").json().get("items")).hasSize(1);
  }

  /** A duty list, an accident, an overdue supervision item naming the head, a notice decided against the head. */
  private void recordRealRows(long head, long deputy) {
    Response list = http.postJson("/api/duty-lists", "em-staff", Map.of("jurisdictionCode", TARGET, "year", YEAR,
        "kind", "STANDING_COMMITTEE", "issuedOn", LocalDate.now(ZONE).toString(), "documentRef", "区委〔" + YEAR + "〕1号",
        "title", "常委会成员安全生产职责清单"));
    assertThat(list.status()).as(list.body()).isEqualTo(201);

    java.time.Instant occurred = java.time.Instant.now().minus(java.time.Duration.ofMinutes(90));
    Map<String, Object> accident = new LinkedHashMap<>();
    accident.put("jurisdictionCode", TARGET);
    accident.put("place", "某工地");
    accident.put("occurredAt", occurred.toString());
    accident.put("industry", "建筑施工");
    accident.put("deaths", 1);
    accident.put("seriousInjuries", 0);
    accident.put("directLoss", 800000);
    accident.put("description", "高处坠落");
    accident.put("reporting", Map.of("unitReportedAt", occurred.plusSeconds(1800).toString()));
    Response recorded = http.postJson("/api/accidents", "em-staff", accident);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

    Response item = http.postJson("/api/supervision-items", "em-staff", Map.of("source", "KEY_TASK",
        "sourceRef", "重点工作", "jurisdictionCode", TARGET, "cadreIds", List.of(head), "dutyIds", List.of("6-4"),
        "requirement", "完成隐患排查", "deadline", calendar.plusWorkingDays(LocalDate.now(ZONE), 5).toString()));
    assertThat(item.status()).as(item.body()).isEqualTo(201);
    String itemPid = item.json().get("processInstanceId").asText();
    for (String timer : List.of("Event_DeadlineNear", "Event_DeadlinePassed")) {
      Job job = engine.getManagementService().createJobQuery().processInstanceId(itemPid).activityId(timer)
          .singleResult();
      engine.getManagementService().executeJob(job.getId());
    }

    var registered = caseService.register(new NewAccountabilityCase(head, Ground.DUTY_FAILURE, null, null, "督查不力",
        new CaseFacts(false, false, false, Mitigation.NONE, false, false)), "em-staff");
    for (String[] step : new String[][] {{"Task_ReviewNotice", "em-staff", "emOpinion"},
        {"Task_ReviewDiscipline", "di-staff", "diOpinion"}, {"Task_ReviewOrganizational", "org-staff", "orgOpinion"}}) {
      Task t = engine.getTaskService().createTaskQuery().processInstanceId(registered.processInstanceId())
          .taskDefinitionKey(step[0]).singleResult();
      assertThat(complete(t, step[1], Map.of(step[2], "同意"))).isEqualTo(204);
    }
    Task decide = engine.getTaskService().createTaskQuery().processInstanceId(registered.processInstanceId())
        .taskDefinitionKey("Task_DecideSanctionEm").singleResult();
    assertThat(complete(decide, "em-staff", Map.of("decisionSanction", "NOTICE", "postDuties", "分管",
        "dutyPerformance", "不到位", "dutyConditions", "无", "decisionReasons", "同意"))).isEqualTo(204);
  }

  private static JsonNode assessee(JsonNode cycle, long cadreId) {
    for (JsonNode target : cycle.get("targets")) {
      for (JsonNode a : target.get("assessees")) {
        if (a.get("cadreId").asLong() == cadreId) {
          return a;
        }
      }
    }
    throw new AssertionError("no assessee " + cadreId);
  }

  private List<Task> tasks(String pid, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).list();
  }

  private Task only(String pid, String key) {
    List<Task> found = tasks(pid, key);
    assertThat(found).as(key).hasSize(1);
    return found.get(0);
  }

  private Task scoreTaskOf(String pid, String name) {
    return tasks(pid, AssessmentSteps.SCORE_ASSESSEE).stream()
        .filter(t -> engine.getTaskService().getVariable(t.getId(), "assesseeLabel").toString().contains(name))
        .findFirst().orElseThrow(() -> new AssertionError("no score task for " + name));
  }

  /** What the scoring form shows, slot by slot: the indicator, its basis and the prefilled score. */
  private List<Map<String, Object>> rows(Task task) {
    Map<String, Object> variables = engine.getTaskService().getVariables(task.getId());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int n = 1; variables.get("indicator" + n) != null; n++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("indicator", variables.get("indicator" + n));
      row.put("basis", variables.get("basis" + n));
      row.put("score", variables.get("score" + n));
      rows.add(row);
    }
    return rows;
  }

  /** The same score and reason for the first {@code count} slots. */
  private static Map<String, Object> scores(int count, int score, String reason) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int n = 1; n <= count; n++) {
      fields.put("score" + n, score);
      if (reason != null) {
        fields.put("reason" + n, reason);
      }
    }
    return fields;
  }

  /** The derived scores sent back as the form shows them, the hand-scored indicator scored. */
  private static Map<String, Object> keepDerivedAnd(List<Map<String, Object>> rows, int manual) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int n = 1; n <= rows.size(); n++) {
      Object derived = rows.get(n - 1).get("score");
      fields.put("score" + n, derived == null ? manual : derived);
    }
    return fields;
  }

  private int complete(Task task, String user, Map<String, ?> fields) {
    if (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() > 0) {
      engine.getTaskService().setAssignee(task.getId(), null);
    }
    Response response = http.completeTask(task.getId(), user, fields);
    return response.status();
  }

  private void assertInvalid(Map<String, Object> body, String field) {
    Response response = http.postJson("/api/assessment-cycles", "em-staff", body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).contains("application/problem+json");
    assertThat(response.body()).contains(field).doesNotContain("Exception");
  }

  private long count() {
    return jdbc.sql("SELECT COUNT(*) FROM assessment_cycle").query(Long.class).single()
        + engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("performance-assessment").count();
  }

  private static byte[] onePagePdf() throws IOException {
    try (PDDocument document = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
      document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      document.save(out);
      return out.toByteArray();
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
