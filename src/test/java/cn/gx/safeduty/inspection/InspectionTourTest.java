package cn.gx.safeduty.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whole tours over HTTP as each department's user: plan approval, targets finishing in any order,
 * findings duty by duty, rectifications as supervision items, the rating, the marked leader's
 * DUTY_FAILURE case with its source, the copy to discipline inspection, the records and the report.
 */
@EmbeddedAppTest
class InspectionTourTest {

  static final int YEAR = LocalDate.now().getYear();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  long cadre(String name, String jurisdiction) {
    return http.postJson("/api/cadres", "org-staff", Map.of("name", name, "jurisdictionCode", jurisdiction,
        "role", "GOVERNMENT_LEADER", "post", name + "职务")).json().get("id").asLong();
  }

  static Map<String, Object> tour(int year, List<String> targets, List<String> focus) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", year);
    body.put("inspectingJurisdiction", "450100");
    body.put("targets", targets);
    body.put("focus", focus);
    body.put("team", List.of(Map.of("name", "巡查组长", "unit", "南宁市应急管理局")));
    body.put("arrangements", Map.of("plannedFrom", year + 1 + "-03-02", "plannedTo", year + 1 + "-03-13",
        "contactName", "韦联络", "contactPhone", "0771-5550123"));
    return body;
  }

  Task task(String pid, String key) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).list();
    assertThat(tasks).as(key).hasSize(1);
    return tasks.get(0);
  }

  Task taskOf(String pid, String key, long targetId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).list().stream()
        .filter(t -> Long.valueOf(targetId).equals(engine.getTaskService().getVariable(t.getId(), "targetId")))
        .findFirst().orElseThrow(() -> new AssertionError(key + " of target " + targetId));
  }

  Response complete(Task task, String user, Map<String, Object> fields) {
    return http.completeTask(task.getId(), user, fields);
  }

  void ok(Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(204);
  }

  long targetId(JsonNode tour, String code) {
    for (JsonNode t : tour.get("targets")) {
      if (t.get("jurisdictionCode").asText().equals(code)) {
        return t.get("id").asLong();
      }
    }
    throw new AssertionError(code);
  }

  void inspect(String pid, long target) {
    ok(complete(taskOf(pid, "Task_InspectOnSite", target), "em-staff", Map.of(
        "inspectedFrom", LocalDate.now().minusDays(3).toString(), "inspectedTo", LocalDate.now().minusDays(1).toString(),
        "inspectionNote", "听取汇报，查阅会议纪要，实地检查两家企业")));
  }

  /** A finding names whoever held the post in the year inspected, though transferred since; not the successor's posting. */
  @Test
  void aFindingNamesTheLeaderWhoHeldThePostThatYearThoughTransferredSince() {
    long moved = cadre("已调任巡查对象", "450203");
    jdbc.sql("UPDATE cadre_posting SET starts_on = ? WHERE cadre_id = ?")
        .params(java.sql.Date.valueOf(LocalDate.of(YEAR - 1, 1, 1)), moved).update();
    Response transfer = http.postJson("/api/cadres/" + moved + "/postings", "org-staff", Map.of("jurisdictionCode",
        "450200", "post", "柳州市某局局长", "roles", List.of("GOVERNMENT_LEADER"),
        "effectiveOn", LocalDate.now().minusDays(5).toString(), "reason", "调任"));
    assertThat(transfer.status()).as(transfer.body()).isEqualTo(200);
    long successor = cadre("接任巡查对象", "450203");

    Map<String, Object> plan = tour(YEAR, List.of("450203"), List.of("6-2"));
    plan.put("inspectingJurisdiction", "450200");
    JsonNode tour = http.postJson("/api/inspection-tours", "em-staff", plan).json();
    String pid = tour.get("processInstanceId").asText();
    ok(complete(task(pid, "Task_ApproveTourPlan"), "em-staff",
        Map.of("planApproved", "true", "approvalRef", "柳州市委常委会会议纪要〔" + YEAR + "〕9号")));
    long target = targetId(http.get("/api/inspection-tours/" + tour.get("id").asLong(), "em-staff").json(), "450203");
    inspect(pid, target);
    Task finding = taskOf(pid, "Task_RecordFinding", target);
    assertThat(engine.getTaskService().getVariable(finding.getId(), "leaderOptions").toString())
        .contains("已调任巡查对象", "接任巡查对象");
    ok(complete(finding, "em-staff", Map.of("dutyId", "6-2", "verdict", "PARTLY",
        "evidence", "上半年未召开常务会议研究安全生产", "cadreIds", moved + "," + successor, "moreFindings", false)));
  }

  @Test
  void aTourRunsEveryTargetToItsFiledResultInAnyOrder() throws IOException {
    long a = cadre("巡查甲", "450105");
    long b = cadre("巡查乙", "450105");
    for (String kind : List.of("STANDING_COMMITTEE", "GOVERNMENT_LEADERS")) {
      assertThat(http.postJson("/api/duty-lists", "em-staff", Map.of("jurisdictionCode", "450107", "year", YEAR,
          "kind", kind, "title", "职责清单", "documentRef", "西乡塘区文件", "issuedOn", LocalDate.of(YEAR, 1, 1).toString()))
          .status()).isEqualTo(201);
    }
    Response planned = http.postJson("/api/inspection-tours", "em-staff",
        tour(YEAR, List.of("450105", "450107"), List.of("5-2", "6-2")));
    assertThat(planned.status()).as(planned.body()).isEqualTo(201);
    JsonNode tour = planned.json();
    long id = tour.get("id").asLong();
    String number = tour.get("tourNumber").asText();
    String pid = tour.get("processInstanceId").asText();
    assertThat(tour.get("status").asText()).isEqualTo("PLANNED");

    Response unapproved = complete(task(pid, "Task_ApproveTourPlan"), "em-staff", Map.of("planApproved", "true"));
    assertThat(unapproved.status()).isEqualTo(400);
    ok(complete(task(pid, "Task_ApproveTourPlan"), "em-staff",
        Map.of("planApproved", "true", "approvalRef", "南宁市委常委会会议纪要〔" + YEAR + "〕5号")));
    tour = http.get("/api/inspection-tours/" + id, "em-staff").json();
    assertThat(tour.get("status").asText()).isEqualTo("UNDERWAY");
    long jiangnan = targetId(tour, "450105");
    long xixiangtang = targetId(tour, "450107");
    assertThat(tour.get("targets").findValuesAsText("status")).containsOnly("NOTIFIED");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_InspectOnSite")
        .list()).as("each target's card says which target it is")
        .extracting(t -> engine.getTaskService().getVariable(t.getId(), cn.gx.safeduty.kernel.task.TaskCards.ITEM))
        .containsExactlyInAnyOrder("江南区", "西乡塘区");
    Response notice = http.get("/api/inspection-tours/" + id + "/targets/450105/notice", "org-staff");
    assertThat(notice.status()).isEqualTo(200);
    assertThat(notice.contentType()).isEqualTo("application/pdf");
    cn.gx.safeduty.support.OfficialPdf noticePdf = cn.gx.safeduty.support.OfficialPdf.read(
        http.bytes("/api/inspection-tours/" + id + "/targets/450105/notice", "org-staff"))
        .isOfficialFrom(List.of("中共南宁市委员会", "南宁市人民政府"));
    assertThat(noticePdf.number()).startsWith("南发〔");
    noticePdf.firstPageTo(java.nio.file.Path.of("target", "documents", "inspection-notice.png"));
    assertThat(noticePdf.text()).contains("关于对南宁市江南区开展" + YEAR + "年度安全生产巡查的通知",
        "中共南宁市江南区委员会，南宁市江南区人民政府：", "第十二条", "你区党委和政府", "巡查组定于", "联系人：韦联络，联系电话：0771-5550123。")
        .doesNotContain(number, "第十一条");

    // the second target finishes first: everything fulfilled, duty lists recorded
    inspect(pid, xixiangtang);
    ok(complete(taskOf(pid, "Task_RecordFinding", xixiangtang), "em-staff", Map.of("dutyId", "5-2",
        "verdict", "FULFILLED", "evidence", "常委会2次研究安全生产", "moreFindings", true)));
    Response unfinished = complete(taskOf(pid, "Task_RecordFinding", xixiangtang), "em-staff", Map.of("dutyId", "5-2",
        "verdict", "FULFILLED", "evidence", "重复", "moreFindings", false));
    assertThat(unfinished.status()).isEqualTo(400);
    assertThat(unfinished.json().get("detail").asText()).contains("已记录巡查发现", "第六条第（二）项");
    ok(complete(taskOf(pid, "Task_RecordFinding", xixiangtang), "em-staff", Map.of("dutyId", "6-2",
        "verdict", "FULFILLED", "evidence", "每季度召开常务会议", "moreFindings", false)));
    ok(complete(taskOf(pid, "Task_FileTargetResults", xixiangtang), "org-staff", Map.of("filingNote", "已归档")));

    // the first target: a leader not fulfilling 5(2) with a rectification, another partly fulfilling 6(2)
    inspect(pid, jiangnan);
    Response stranger = complete(taskOf(pid, "Task_RecordFinding", jiangnan), "em-staff", Map.of("dutyId", "5-2",
        "verdict", "NOT_FULFILLED", "evidence", "全年未研究", "cadreIds", String.valueOf(cadre("他区干部", "450107")),
        "moreFindings", true));
    assertThat(stranger.status()).isEqualTo(400);
    ok(complete(taskOf(pid, "Task_RecordFinding", jiangnan), "em-staff", Map.of("dutyId", "5-2",
        "verdict", "NOT_FULFILLED", "evidence", "全年未召开常委会研究安全生产", "cadreIds", String.valueOf(a),
        "rectification", "一个月内召开常委会专题研究安全生产", "moreFindings", true)));
    ok(complete(taskOf(pid, "Task_RecordFinding", jiangnan), "em-staff", Map.of("dutyId", "6-2",
        "verdict", "PARTLY", "evidence", "第三季度未召开", "cadreIds", String.valueOf(b), "moreFindings", false)));
    JsonNode items = http.get("/api/supervision-items?source=TOUR&sourceRef=" + number, "em-staff").json();
    assertThat(items.get("totalItems").asInt()).isEqualTo(1);
    String itemPid = items.get("items").get(0).get("processInstanceId").asText();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(itemPid)
        .superProcessInstanceId(pid).count()).isOne();
    ok(complete(task(itemPid, "Task_VerifyRectification"), "em-staff",
        Map.of("rectificationResult", "DONE", "verificationNote", "已召开专题会议")));

    Task mark = taskOf(pid, "Task_MarkLeaders", jiangnan);
    assertThat(engine.getTaskService().getVariable(mark.getId(), "ratingLabel").toString()).startsWith("一般");
    Response outsider = complete(mark, "em-staff", Map.of("markedCadreIds", String.valueOf(cadre("未涉及干部", "450105")),
        "markReason", "理由"));
    assertThat(outsider.status()).isEqualTo(400);
    ok(complete(mark, "em-staff", Map.of("markedCadreIds", String.valueOf(a), "markReason", "全年未研究安全生产工作")));
    Task copy = task(pid, "Task_NoteMarkedLeaders");
    assertThat(engine.getTaskService().getVariable(copy.getId(), "copyLabel").toString()).contains("巡查甲", "第五条第（二）项");
    ok(complete(taskOf(pid, "Task_FileTargetResults", jiangnan), "org-staff", Map.of("filingNote", "记入档案")));

    tour = http.get("/api/inspection-tours/" + id, "di-staff").json();
    assertThat(tour.get("status").asText()).as("the copy task never holds the tour up").isEqualTo("COMPLETED");
    Task stillOpen = task(pid, "Task_NoteMarkedLeaders");
    assertThat(complete(stillOpen, "em-staff", Map.of("copyRemarks", "已阅")).status()).as("not emergency management's")
        .isIn(403, 404);
    assertThat(complete(stillOpen, "di-staff", Map.of("copyRemarks", "已阅", "caseId", 1)).status()).isEqualTo(400);
    ok(complete(stillOpen, "di-staff", Map.of("copyRemarks", "已阅，纳入问责线索台账")));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count())
        .as("the tour's instance ends with the copy noted").isZero();
    JsonNode j = tour.get("targets").get(0);
    assertThat(j.get("jurisdictionCode").asText()).isEqualTo("450105");
    assertThat(j.get("rating").asText()).isEqualTo("AVERAGE");
    assertThat(j.get("counts").get("notFulfilled").asInt()).isEqualTo(1);
    assertThat(j.get("counts").get("partlyFulfilled").asInt()).isEqualTo(1);
    assertThat(j.get("counts").get("missingDutyLists").asInt()).isEqualTo(2);
    assertThat(tour.get("targets").get(1).get("rating").asText()).isEqualTo("GOOD");
    JsonNode marks = j.get("marks");
    assertThat(marks).hasSize(1);
    assertThat(marks.get(0).get("cadreId").asLong()).isEqualTo(a);
    long caseId = marks.get(0).get("caseId").asLong();

    JsonNode dutyCase = http.get("/api/accountability-cases/" + caseId, "em-staff").json();
    assertThat(dutyCase.get("ground").asText()).isEqualTo("DUTY_FAILURE");
    assertThat(dutyCase.get("source").get("kind").asText()).isEqualTo("TOUR");
    assertThat(dutyCase.get("source").get("ref").asText()).isEqualTo(number);
    assertThat(dutyCase.get("source").get("dutyIds").get(0).asText()).isEqualTo("5-2");
    assertThat(http.get("/api/accountability-cases?cadre=" + a, "em-staff").json().get("totalItems").asInt()).isOne();
    assertThat(http.get("/api/accountability-cases?cadre=" + b, "em-staff").json().get("totalItems").asInt())
        .as("the leader not marked gets no case").isZero();

    JsonNode recordA = http.get("/api/cadres/" + a + "/record", "org-staff").json();
    assertThat(recordA.get("tourFindings")).hasSize(1);
    assertThat(recordA.get("tourFindings").get(0).get("caseId").asText()).isEqualTo(dutyCase.get("caseNumber").asText());
    JsonNode recordB = http.get("/api/cadres/" + b + "/record", "org-staff").json();
    assertThat(recordB.get("tourFindings").get(0).get("finding").asText()).contains("部分履行");
    JsonNode team = http.get("/api/jurisdictions/450105/record", "di-staff").json();
    assertThat(team.get("entries").findValuesAsText("ref")).contains(number);
    assertThat(team.get("entries").findValuesAsText("result")).contains("AVERAGE");

    byte[] pdf = http.bytes("/api/inspection-tours/" + id + "/report", "org-staff");
    java.nio.file.Files.write(java.nio.file.Path.of("target", "inspection-report.pdf"), pdf);
    cn.gx.safeduty.support.OfficialPdf report = cn.gx.safeduty.support.OfficialPdf.read(pdf)
        .isOfficialFrom(List.of("中共南宁市委员会", "南宁市人民政府"));
    report.firstPageTo(java.nio.file.Path.of("target", "documents", "inspection-report.png"));
    assertThat(report.text()).contains("江南区", "西乡塘区", "全年未召开常委会研究安全生产", "每季度召开常务会议",
        "一个月内召开常委会专题研究安全生产", "启动问责", "评定为“一般”", "评定为“好”")
        .doesNotContain(dutyCase.get("caseNumber").asText(), number);
    assertThat(http.bytes("/api/inspection-tours/" + id + "/report", "em-staff")).as("fixed once issued")
        .satisfies(again -> assertThat(cn.gx.safeduty.support.OfficialPdf.read(again).number()).isEqualTo(report.number()));

    JsonNode listed = http.get("/api/inspection-tours?year=" + YEAR + "&jurisdiction=450100&status=COMPLETED",
        "em-staff").json();
    assertThat(listed.get("items").findValuesAsText("tourNumber")).contains(number);
    java.util.List<java.util.List<String>> results = cn.gx.safeduty.support.Xlsx.rows(http.bytes(
        "/api/inspection-tours/results/export?year=" + YEAR + "&jurisdiction=450100&status=COMPLETED", "supervisor"));
    assertThat(results.get(0)).startsWith("巡查编号", "年度", "巡查组织单位", "被巡查地区");
    assertThat(results).filteredOn(row -> row.get(0).equals(number)).extracting(row -> row.get(3))
        .contains("江南区", "西乡塘区");
    assertThat(results).filteredOn(row -> row.get(0).equals(number)).allSatisfy(row -> assertThat(row).contains("已归档"));

    assertThat(http.postJson("/api/inspection-tours", "em-staff", tour(YEAR, List.of("450107"), List.of("5-2")))
        .status()).as("a second tour of a target in the same year").isEqualTo(409);
  }

  @Test
  void aPlanNotApprovedCancelsTheTourAndFreesItsTargets() {
    JsonNode tour = http.postJson("/api/inspection-tours", "em-staff",
        tour(YEAR, List.of("450109"), List.of("5-2"))).json();
    String pid = tour.get("processInstanceId").asText();
    ok(complete(task(pid, "Task_ApproveTourPlan"), "em-staff", Map.of("planApproved", "false",
        "approvalNote", "巡查重点需调整")));
    JsonNode cancelled = http.get("/api/inspection-tours/" + tour.get("id").asLong(), "em-staff").json();
    assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
    assertThat(http.postJson("/api/inspection-tours", "em-staff", tour(YEAR, List.of("450109"), List.of("5-2", "5-3")))
        .status()).isEqualTo(201);
  }

  @Test
  void badToursAreRefusedAndNothingIsStarted() {
    long before = jdbc.sql("SELECT COUNT(*) FROM inspection_tour").query(Long.class).single();
    Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
    cases.put("targets[0]", tour(YEAR, List.of("450200"), List.of("5-2")));
    cases.put("targets[1]", tour(YEAR, List.of("450110", "450110"), List.of("5-2")));
    cases.put("focus[0]", tour(YEAR, List.of("450110"), List.of("99-9")));
    cases.put("inspectingJurisdiction", with(tour(YEAR, List.of("450110"), List.of("5-2")), "inspectingJurisdiction",
        "999999"));
    cases.put("year", tour(YEAR + 5, List.of("450110"), List.of("5-2")));
    cases.put("team", with(tour(YEAR, List.of("450110"), List.of("5-2")), "team", List.of()));
    for (var c : cases.entrySet()) {
      Response refused = http.postJson("/api/inspection-tours", "em-staff", c.getValue());
      assertThat(refused.status()).as(c.getKey() + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field")).as(c.getKey()).contains(c.getKey());
    }
    assertThat(http.postJson("/api/inspection-tours", "org-staff", tour(YEAR, List.of("450110"), List.of("5-2")))
        .status()).isEqualTo(403);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM inspection_tour").query(Long.class).single()).isEqualTo(before);
    assertThat(http.get("/api/inspection-tours/999999", "em-staff").status()).isEqualTo(404);
  }

  /** A dishonest or hurried user: the same finding sent twice at once is recorded once; the other is refused. */
  @Test
  void twoCompletionsOfAFindingAtOnceRecordOne() throws Exception {
    JsonNode tour = http.postJson("/api/inspection-tours", "em-staff",
        tour(YEAR, List.of("450124"), List.of("5-2"))).json();
    String pid = tour.get("processInstanceId").asText();
    ok(complete(task(pid, "Task_ApproveTourPlan"), "em-staff", Map.of("planApproved", "true", "approvalRef", "纪要")));
    long target = targetId(http.get("/api/inspection-tours/" + tour.get("id").asLong(), "em-staff").json(), "450124");
    inspect(pid, target);
    String finding = taskOf(pid, "Task_RecordFinding", target).getId();
    List<Response> responses = cn.gx.safeduty.support.AtOnce.run(List.of("甲", "乙").stream()
        .<java.util.concurrent.Callable<Response>>map(evidence -> () -> new Http(port).completeTask(finding, "em-staff",
            Map.of("dutyId", "5-2", "verdict", "FULFILLED", "evidence", evidence, "moreFindings", false)))
        .toList());
    assertThat(responses).filteredOn(r -> r.status() == 204).hasSize(1);
    // the loser finds the task completed or the record changed under its lock (409), or, had its step rules
    // read the winner's committed finding, the duty already recorded (400 saying so)
    assertThat(responses).filteredOn(r -> r.status() != 204).singleElement().satisfies(loser -> {
      assertThat(loser.status()).as(loser.body()).isIn(400, 409);
      assertThat(loser.contentType()).startsWith("application/problem+json");
      assertThat(loser.body()).doesNotContain("Exception", "ENGINE-");
    });
    assertThat(http.get("/api/inspection-tours/" + tour.get("id").asLong(), "em-staff").json().get("targets").get(0)
        .get("findings")).hasSize(1);
  }

  /** Three members filing one target's results at once: one is taken, the others are told someone else did (409). */
  @Test
  void threeFilingsOfATargetAtOnceTakeOne() throws Exception {
    JsonNode tour = http.postJson("/api/inspection-tours", "em-staff",
        tour(YEAR, List.of("450125", "450181"), List.of("5-2"))).json();
    String pid = tour.get("processInstanceId").asText();
    ok(complete(task(pid, "Task_ApproveTourPlan"), "em-staff", Map.of("planApproved", "true", "approvalRef", "纪要")));
    JsonNode view = http.get("/api/inspection-tours/" + tour.get("id").asLong(), "em-staff").json();
    long first = targetId(view, "450125");
    inspect(pid, first);
    ok(complete(taskOf(pid, "Task_RecordFinding", first), "em-staff", Map.of("dutyId", "5-2", "verdict", "FULFILLED",
        "evidence", "常委会研究安全生产", "moreFindings", false)));
    String filing = taskOf(pid, "Task_FileTargetResults", first).getId();
    List<Response> responses = cn.gx.safeduty.support.AtOnce.run(List.of("一", "二", "三").stream()
        .<java.util.concurrent.Callable<Response>>map(note -> () -> new Http(port).completeTask(filing, "org-staff",
            Map.of("filingNote", "归档" + note)))
        .toList());
    assertThat(responses).extracting(Response::status).as(responses.toString()).containsOnly(204, 409)
        .filteredOn(status -> status == 204).hasSize(1);
    assertThat(responses).filteredOn(r -> r.status() == 409).allSatisfy(loser -> {
      assertThat(loser.contentType()).startsWith("application/problem+json");
      assertThat(loser.body()).doesNotContain("Exception", "ENGINE-");
    });
  }

  static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    body.put(field, value);
    return body;
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
