package cn.gx.safeduty.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.accountability.AccountabilityCaseService;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.NewAccountabilityCase;
import cn.gx.safeduty.registry.Barred;
import cn.gx.safeduty.registry.RestrictionKind;
import cn.gx.safeduty.registry.SafetyRecord;
import cn.gx.safeduty.registry.SafetyRecordService;
import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http.Response;
import cn.gx.safeduty.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
 * Nominations over HTTP as each department's user: one awarded after an objection found untrue, one
 * stopped by an objection found true, one blocked by a restriction, one by an open case, one stopped at
 * the re-check by a case opened during its notice; the assessment's pending proposals taken up; bad
 * input refused with nothing started.
 */
@EmbeddedAppTest
class CommendationTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  AccountabilityCaseService caseService;

  @Autowired
  SafetyRecordService records;

  @Autowired
  CommendationService nominations;

  @Autowired
  cn.gx.safeduty.kernel.calendar.WorkingDayCalendar calendar;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  long cadre(String name) {
    Response created = http.postJson("/api/cadres", "org-staff", Map.of("name", name, "jurisdictionCode", "450102",
        "role", "GOVERNMENT_LEADER", "post", "副区长"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  Map<String, Object> nomination(long cadreId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("cadreId", cadreId);
    body.put("basis", "CONTRIBUTION");
    body.put("contributionType", "RESCUE");
    body.put("proposedAward", "COMMENDATION");
    body.put("citation", "在山体滑坡抢险救援中组织群众转移，成效突出");
    body.put("nominatingUnit", "兴宁区应急管理局");
    return body;
  }

  JsonNode nominate(long cadreId, String user) {
    Response created = http.postJson("/api/commendations", user, nomination(cadreId));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  @Test
  void oneOpenNominationPerCadreAndAwardEvenAtOnce() throws Exception {
    long cadreId = cadre("重复提名对象");
    nominate(cadreId, "em-staff");
    Response again = http.postJson("/api/commendations", "org-staff", nomination(cadreId));
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    Map<String, Object> otherAward = nomination(cadreId);
    otherAward.put("proposedAward", "MERIT");
    assertThat(http.postJson("/api/commendations", "em-staff", otherAward).status()).isEqualTo(201);

    long parallel = cadre("并发提名对象");
    List<Response> answers = cn.gx.safeduty.support.AtOnce.run(java.util.stream.IntStream.range(0, 4)
        .<java.util.concurrent.Callable<Response>>mapToObj(n -> () -> http.postJson("/api/commendations", "em-staff",
            nomination(parallel)))
        .toList());
    assertThat(answers).extracting(Response::status).as(answers.toString()).containsOnly(201, 409)
        .filteredOn(status -> status == 201).hasSize(1);
  }

  @Test
  void aNominationIsReviewedNoticedDecidedAndEnteredInTheRecord() throws IOException {
    long cadreId = cadre("抢险干部");
    JsonNode n = nominate(cadreId, "em-staff");
    long id = n.get("id").asLong();
    String pid = n.get("processInstanceId").asText();
    assertThat(n.get("nominationNumber").asText()).startsWith("表彰〔");
    assertThat(n.get("status").asText()).isEqualTo("UNDER_REVIEW");

    Task review = task(pid, CommendationSteps.REVIEW_SAFETY_RECORD);
    assertThat(engine.getTaskService().getVariable(review.getId(), "safetyRecord")).as("never an engine variable").isNull();
    JsonNode shown = http.get("/engine-rest/task/" + review.getId() + "/form-variables", "org-staff").json();
    assertThat(shown.get("safetyRecord").get("value").asText()).contains("考核：无", "影响期：无");
    assertThat(http.get("/engine-rest/task/" + review.getId() + "/form-variables", "supervisor").body())
        .doesNotContain("影响期");
    assertThat(http.get("/engine-rest/variable-instance?variableName=safetyRecord", "supervisor").json()).isEmpty();
    assertThat(http.get("/api/cadres/" + cadreId + "/record-access", "org-staff").json().get("items")
        .findValuesAsText("purpose")).anyMatch(p -> p.contains("办理“") && p.contains(review.getId()));
    assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("organization"));
    Map<String, Object> forged = new LinkedHashMap<>(Map.of("reviewPassed", "true", "reviewNote", "同意"));
    forged.put("eligible", "true");
    assertThat(http.completeTask(review.getId(), "org-staff", forged).status()).isEqualTo(400);
    assertThat(http.completeTask(review.getId(), "org-staff", Map.of("reviewPassed", "true")).status()).isEqualTo(400);
    assertThat(http.completeTask(review.getId(), "org-staff", Map.of("reviewPassed", "true", "reviewNote",
        "近三年无问责，考核合格以上")).status()).isEqualTo(204);

    JsonNode onNotice = http.get("/api/commendations/" + id, "di-staff").json();
    assertThat(onNotice.get("status").asText()).isEqualTo("ON_NOTICE");
    LocalDate today = LocalDate.now(ZONE);
    assertThat(onNotice.get("noticeFrom").asText()).isEqualTo(today.toString());
    assertThat(onNotice.get("noticeUntil").asText()).isEqualTo(calendar.plusWorkingDays(today, 5).toString());

    Response objection = http.postJson("/api/commendations/" + id + "/objections", "em-staff",
        Map.of("raisedBy", "群众来信", "content", "反映其在转移群众时存在形式主义"));
    assertThat(objection.status()).as(objection.body()).isEqualTo(201);
    Task verify = task(pid, CommendationSteps.VERIFY_OBJECTION);
    assertThat(engine.getTaskService().getVariable(verify.getId(), "objectionLabel").toString()).contains("群众来信");
    assertThat(http.completeTask(verify.getId(), "org-staff", Map.of("substantiated", "false",
        "verificationNote", "x")).status()).as("discipline inspection's task").isIn(403, 404);
    assertThat(http.completeTask(verify.getId(), "di-staff", Map.of("substantiated", "false",
        "verificationNote", "经走访核实，反映不属实")).status()).isEqualTo(204);
    assertThat(http.get("/api/commendations/" + id, "org-staff").json().get("status").asText()).isEqualTo("ON_NOTICE");

    fireNoticeTimer(pid);
    Task decision = task(pid, CommendationSteps.RECORD_DECISION);
    // the decision is the managing level's: 中共南宁市委员会, whose 代字 is generated and not yet confirmed
    String ref = "南发〔" + today.getYear() + "〕8号";
    assertThat(http.completeTask(decision.getId(), "org-staff", Map.of("awarded", "true", "award", "GOLD_MEDAL",
        "decisionRef", ref, "decidedOn", today.toString())).status()).isEqualTo(400);
    assertThat(http.completeTask(decision.getId(), "org-staff", Map.of("awarded", "true", "award", "MERIT",
        "decisionRef", ref, "decidedOn", today.plusDays(3).toString())).status()).isEqualTo(400);
    Response beforeNomination = http.completeTask(decision.getId(), "org-staff", Map.of("awarded", "true", "award",
        "MERIT", "decisionRef", ref, "decidedOn", today.minusDays(1).toString()));
    assertThat(beforeNomination.status()).as("decided before it was nominated").isEqualTo(400);
    assertThat(beforeNomination.json().get("errors").findValuesAsText("field")).containsExactly("decidedOn");
    Response otherCode = http.completeTask(decision.getId(), "org-staff", Map.of("awarded", "true", "award", "MERIT",
        "decisionRef", "南委〔" + today.getYear() + "〕8号", "decidedOn", today.toString()));
    assertThat(otherCode.status()).as("not the deciding Party committee's 代字").isEqualTo(400);
    assertThat(otherCode.json().get("errors").findValuesAsText("field")).containsExactly("decisionRef");
    assertThat(otherCode.body()).contains("南发");
    assertThat(http.completeTask(decision.getId(), "org-staff", Map.of("awarded", "true", "award", "MERIT",
        "decisionRef", ref, "decidedOn", today.toString())).status()).isEqualTo(204);

    JsonNode awarded = http.get("/api/commendations/" + id, "em-staff").json();
    assertThat(awarded.get("status").asText()).isEqualTo("AWARDED");
    assertThat(awarded.get("decision").get("award").asText()).isEqualTo("MERIT");
    assertThat(awarded.get("objections").get(0).get("substantiated").asBoolean()).isFalse();
    JsonNode award = http.get("/api/cadres/" + cadreId + "/record", "org-staff").json().get("awards").get(0);
    assertThat(award.get("kind").asText()).isEqualTo("MERIT");
    assertThat(award.get("article").asText()).isEqualTo("17");
    assertThat(award.get("caseId").asText()).isEqualTo(awarded.get("nominationNumber").asText());
    byte[] pdf = http.bytes("/api/commendations/" + id + "/notice", "di-staff");
    java.nio.file.Files.write(java.nio.file.Path.of("target", "commendation-notice.pdf"), pdf);
    cn.gx.safeduty.support.OfficialPdf document = cn.gx.safeduty.support.OfficialPdf.read(pdf)
        .isOfficialFrom(List.of("中共南宁市委员会", "南宁市人民政府"));
    assertThat(document.number()).isEqualTo(ref + "（机关代字待确认）");
    document.firstPageTo(java.nio.file.Path.of("target", "documents", "commendation-notice.png"));
    assertThat(document.text()).contains("关于给予抢险干部同志记功的决定", "抢险干部同志，南宁市兴宁区副区长。",
        "《广西壮族自治区党政领导干部安全生产责任制实施细则》第十七条", "中共南宁市兴宁区委员会，南宁市兴宁区人民政府：")
        .doesNotContain(awarded.get("nominationNumber").asText());
    assertThat(http.postJson("/api/commendations/" + id + "/objections", "em-staff",
        Map.of("raisedBy", "来电", "content", "迟到的异议")).status()).as("the notice is over").isEqualTo(409);
  }

  @Test
  void anObjectionFoundTrueStopsTheNomination() {
    long cadreId = cadre("被举报干部");
    JsonNode n = nominate(cadreId, "org-staff");
    String pid = n.get("processInstanceId").asText();
    passReview(pid);
    assertThat(http.postJson("/api/commendations/" + n.get("id").asLong() + "/objections", "di-staff",
        Map.of("raisedBy", "实名举报", "content", "瞒报一起轻伤事故")).status()).isEqualTo(201);
    Task verify = task(pid, CommendationSteps.VERIFY_OBJECTION);
    assertThat(http.completeTask(verify.getId(), "di-staff", Map.of("substantiated", "true",
        "verificationNote", "经调查属实", "objectionId", 1)).status()).as("which objection it is").isEqualTo(400);
    assertThat(http.completeTask(verify.getId(), "di-staff",
        Map.of("substantiated", "true", "verificationNote", "经调查属实")).status()).isEqualTo(204);
    JsonNode stopped = http.get("/api/commendations/" + n.get("id").asLong(), "org-staff").json();
    assertThat(stopped.get("status").asText()).isEqualTo("STOPPED");
    assertThat(stopped.get("stop").get("reason").asText()).contains("瞒报一起轻伤事故", "经调查属实");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
    assertThat(http.get("/api/cadres/" + cadreId + "/record", "org-staff").json().get("awards")).isEmpty();
  }

  @Test
  void aRestrictionBarringAwardsOrAnOpenCaseStopsTheNominationAtOnce() {
    long restricted = cadre("受限干部");
    LocalDate today = LocalDate.now(ZONE);
    records.addRestriction(restricted, new SafetyRecord.Restriction(RestrictionKind.ONE_VOTE_VETO, "22",
        List.of(Barred.EXCELLENCE, Barred.AWARDS, Barred.IMPORTANT_APPOINTMENT, Barred.PROMOTION), today.minusDays(10), today.plusDays(100), "问责〔2026〕9901"));
    JsonNode blocked = nominate(restricted, "org-staff");
    assertThat(blocked.get("status").asText()).isEqualTo("STOPPED");
    assertThat(blocked.get("stop").get("article").asText()).isEqualTo("22");
    assertThat(blocked.get("stop").get("reason").asText()).contains("第二十二条", cn.gx.safeduty.kernel.ChineseDates.of(today.plusDays(99)));

    long accused = cadre("在查干部");
    var open = caseService.register(new NewAccountabilityCase(accused, Ground.DUTY_FAILURE, null, null, "督查不力",
        new CaseFacts(false, false, false, Mitigation.NONE, false, false)), "em-staff");
    JsonNode stopped = nominate(accused, "em-staff");
    assertThat(stopped.get("status").asText()).isEqualTo("STOPPED");
    assertThat(stopped.get("stop").get("reason").asText()).contains(open.caseNumber());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(stopped.get("processInstanceId").asText()).count()).isZero();
  }

  @Test
  void aCaseOpenedDuringTheNoticeStopsTheNominationAtTheRecheck() {
    long cadreId = cadre("公示期间被问责干部");
    JsonNode n = nominate(cadreId, "org-staff");
    String pid = n.get("processInstanceId").asText();
    passReview(pid);
    var opened = caseService.register(new NewAccountabilityCase(cadreId, Ground.DUTY_FAILURE, null, null, "新发现问题",
        new CaseFacts(false, false, false, Mitigation.NONE, false, false)), "em-staff");
    fireNoticeTimer(pid);
    JsonNode stopped = http.get("/api/commendations/" + n.get("id").asLong(), "org-staff").json();
    assertThat(stopped.get("status").asText()).isEqualTo("STOPPED");
    assertThat(stopped.get("stop").get("reason").asText()).contains(opened.caseNumber());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pid).count()).isZero();
  }

  @Test
  void theNoticeCountsWorkingDaysAcrossNationalDay() {
    var window = nominations.noticeWindow(ZonedDateTime.of(2026, 9, 29, 10, 0, 0, 0, ZONE));
    assertThat(window.from()).isEqualTo(LocalDate.of(2026, 9, 29));
    assertThat(window.endsAt().toLocalDate()).as("9-30, 10-08, 10-09, 10-10 (调休), 10-12")
        .isEqualTo(LocalDate.of(2026, 10, 12));
  }

  /** Art 18: on the assessment's basis, the cycle that graded the nominee 优秀, and 记功 or 嘉奖 only. */
  @Test
  void aNominationOnTheAssessmentsBasisNeedsTheCyclesExcellentGrade() {
    long excellent = cadre("考核优秀提名干部");
    long qualified = cadre("考核合格提名干部");
    long cycle = insert("INSERT INTO assessment_cycle (cycle_number, assessment_year, assessing_code, status, created_by,"
        + " created_at) VALUES ('考核〔2018〕0098', 2018, '450100', 'PUBLISHED', 'em-staff', CURRENT_TIMESTAMP)");
    long target = insert("INSERT INTO assessment_target (cycle_id, jurisdiction_code, active_year, status) VALUES ("
        + cycle + ", '450103', 2018, 'LINKED')");
    insert("INSERT INTO assessee (target_id, cadre_id, roles, status, grade) VALUES (" + target + ", " + excellent
        + ", 'GOVERNMENT_LEADER', 'LINKED', 'EXCELLENT')");
    insert("INSERT INTO assessee (target_id, cadre_id, roles, status, grade) VALUES (" + target + ", " + qualified
        + ", 'GOVERNMENT_LEADER', 'LINKED', 'QUALIFIED')");

    Map<String, Object> noCycle = onAssessment(excellent, null, "MERIT");
    Response missing = http.postJson("/api/commendations", "em-staff", noCycle);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("errors").findValuesAsText("field")).containsExactly("cycleId");
    Response notExcellent = http.postJson("/api/commendations", "em-staff", onAssessment(qualified, cycle, "MERIT"));
    assertThat(notExcellent.status()).isEqualTo(400);
    assertThat(notExcellent.body()).contains("合格", "优秀");
    Response honour = http.postJson("/api/commendations", "em-staff", onAssessment(excellent, cycle, "HONOUR"));
    assertThat(honour.status()).isEqualTo(400);
    assertThat(honour.json().get("errors").findValuesAsText("field")).containsExactly("proposedAward");
    Response otherCycle = http.postJson("/api/commendations", "em-staff", onAssessment(excellent, cycle + 1000, "MERIT"));
    assertThat(otherCycle.status()).isEqualTo(400);
    assertThat(nominations.list(null, null, null, false, 0, 1000).items()).as("nothing started")
        .noneMatch(n -> n.cadreId() == excellent || n.cadreId() == qualified);

    Response created = http.postJson("/api/commendations", "em-staff", onAssessment(excellent, cycle, "MERIT"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("basis").asText()).isEqualTo("ASSESSMENT");
    assertThat(created.json().get("proposalRef").asText()).as("the cycle it rests on").isEqualTo("考核〔2018〕0098");
  }

  private static Map<String, Object> onAssessment(long cadreId, Long cycleId, String award) {
    Map<String, Object> n = new java.util.HashMap<>(Map.of("cadreId", cadreId, "basis", "ASSESSMENT",
        "proposedAward", award, "citation", "考核优秀，带头落实隐患排查治理，辖区全年未发生较大事故",
        "nominatingUnit", "南宁市应急管理局"));
    if (cycleId != null) {
      n.put("cycleId", cycleId);
    }
    return n;
  }

  @Test
  void theAssessmentsPendingProposalsAreTakenUpOnce() {
    long cadreId = cadre("考核优秀干部");
    long proposal = legacyProposal(cadreId);
    Response taken = http.postJson("/api/commendations/take-up-proposals", "org-staff", Map.of());
    assertThat(taken.status()).as(taken.body()).isEqualTo(200);
    JsonNode mine = null;
    for (JsonNode n : taken.json()) {
      if (n.get("proposalId").asLong() == proposal) {
        mine = n;
      }
    }
    assertThat(mine).as("the pending proposal made before the procedure existed").isNotNull();
    assertThat(mine.get("basis").asText()).isEqualTo("ASSESSMENT");
    assertThat(mine.get("proposedAward").asText()).isEqualTo("COMMENDATION");
    assertThat(mine.get("citation").asText()).isEqualTo("连续三年考核优秀，带头落实隐患排查");
    assertThat(mine.get("proposalRef").asText()).isEqualTo("考核〔2019〕0099");
    assertThat(jdbc.sql("SELECT status FROM assessment_proposal WHERE id = ?").param(proposal).query(String.class)
        .single()).isEqualTo("TAKEN_UP");
    JsonNode again = http.postJson("/api/commendations/take-up-proposals", "em-staff", Map.of()).json();
    assertThat(again.findValues("proposalId").stream().map(JsonNode::asLong)).doesNotContain(proposal);
  }

  @Test
  void badNominationsAreRefusedAndNothingIsStarted() {
    long cadreId = cadre("提名校验干部");
    long before = count();
    assertInvalid(with(nomination(cadreId), "cadreId", 99999999), "cadreId");
    assertInvalid(with(nomination(cadreId), "contributionType", null), "contributionType");
    assertInvalid(with(nomination(cadreId), "contributionType", "HEROISM"), "contributionType");
    assertInvalid(with(nomination(cadreId), "proposedAward", "GOLD_MEDAL"), "proposedAward");
    assertInvalid(with(nomination(cadreId), "basis", "LUCK"), "basis");
    assertInvalid(with(nomination(cadreId), "citation", " "), "citation");
    assertThat(http.postJson("/api/commendations", "di-staff", nomination(cadreId)).status()).isEqualTo(403);
    assertThat(count()).isEqualTo(before);
    assertThat(http.get("/api/commendations/99999999", "org-staff").status()).isEqualTo(404);
    JsonNode n = nominate(cadreId, "org-staff");
    Response early = http.postJson("/api/commendations/" + n.get("id").asLong() + "/objections", "em-staff",
        Map.of("raisedBy", "来信", "content", "尚未公示"));
    assertThat(early.status()).as("not on notice yet").isEqualTo(409);
    assertThat(http.postJson("/api/commendations/" + n.get("id").asLong() + "/objections", "em-staff",
        Map.of("raisedBy", "来信")).status()).isEqualTo(400);
    assertThat(http.get("/api/commendations?status=UNDER_REVIEW&jurisdiction=450102", "di-staff").json()
        .get("items").findValues("id").stream().map(JsonNode::asLong)).contains(n.get("id").asLong());
    java.util.List<java.util.List<String>> sheet = cn.gx.safeduty.support.Xlsx.rows(http.bytes(
        "/api/commendations/export?status=UNDER_REVIEW&jurisdiction=450102", "di-staff"));
    assertThat(sheet.get(0)).startsWith("提名编号", "年度", "被提名人");
    assertThat(sheet).anySatisfy(row -> assertThat(row).startsWith(n.get("nominationNumber").asText()).contains("审核中"));
    assertThat(cn.gx.safeduty.support.Xlsx.rows(http.bytes("/api/commendations/export?status=AWARDED&jurisdiction=450102",
        "di-staff"))).noneSatisfy(row -> assertThat(row.get(0)).isEqualTo(n.get("nominationNumber").asText()));
  }

  private long legacyProposal(long cadreId) {
    long cycle = insert("INSERT INTO assessment_cycle (cycle_number, assessment_year, assessing_code, status, created_by,"
        + " created_at) VALUES ('考核〔2019〕0099', 2019, '450100', 'PUBLISHED', 'em-staff', CURRENT_TIMESTAMP)");
    long target = insert("INSERT INTO assessment_target (cycle_id, jurisdiction_code, active_year, status) VALUES ("
        + cycle + ", '450102', 2019, 'LINKED')");
    long assessee = insert("INSERT INTO assessee (target_id, cadre_id, roles, status, grade) VALUES (" + target + ", "
        + cadreId + ", 'GOVERNMENT_LEADER', 'LINKED', 'EXCELLENT')");
    return insert("INSERT INTO assessment_proposal (assessee_id, cadre_id, award, facts, status, proposed_by,"
        + " proposed_at) VALUES (" + assessee + ", " + cadreId + ", 'COMMENDATION', '连续三年考核优秀，带头落实隐患排查',"
        + " 'PENDING', 'em-staff', CURRENT_TIMESTAMP)");
  }

  private long insert(String sql) {
    var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(sql).update(key, "id");
    return key.getKey().longValue();
  }

  private void passReview(String pid) {
    assertThat(http.completeTask(task(pid, CommendationSteps.REVIEW_SAFETY_RECORD).getId(), "org-staff",
        Map.of("reviewPassed", "true", "reviewNote", "同意")).status()).isEqualTo(204);
  }

  private void fireNoticeTimer(String pid) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(pid).activityId("Event_NoticeEnds")
        .singleResult();
    assertThat(timer).isNotNull();
    assertThat(timer.getDuedate()).isAfter(new java.util.Date());
    engine.getManagementService().executeJob(timer.getId());
  }

  private Task task(String pid, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).singleResult();
    assertThat(task).as(key).isNotNull();
    return task;
  }

  private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    body.put(field, value);
    return body;
  }

  private void assertInvalid(Map<String, Object> body, String field) {
    Response response = http.postJson("/api/commendations", "org-staff", body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains(field).doesNotContain("Exception");
  }

  private long count() {
    return jdbc.sql("SELECT COUNT(*) FROM commendation").query(Long.class).single()
        + engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("commendation").count();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
