package cn.gx.safeduty.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import cn.gx.safeduty.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard's endpoint: the Cockpit session of a supervisor or an administrator reads it; a
 * department's session, API credentials and no session are refused. Its sections carry the records,
 * each row naming what it opens.
 */
@EmbeddedAppTest
class DashboardEndpointTest {

  @LocalServerPort
  int port;

  @Test
  void onlySupervisorsAndAdministratorsReadIt() {
    Http http = new Http(port);
    assertThat(http.get("/webapp-api/dashboard", null).status()).as("no session").isEqualTo(401);
    assertThat(http.get("/webapp-api/dashboard", "supervisor").status()).as("API credentials are no session")
        .isEqualTo(401);
    for (String department : List.of("em-staff", "di-staff", "org-staff")) {
      WebappSession session = WebappSession.open(port, "cockpit");
      session.login("cockpit", department);
      Response refused = session.call("GET", "/webapp-api/dashboard", null, null);
      assertThat(refused.status()).as(department).isIn(401, 403);
      assertThat(refused.body()).doesNotContain("Exception", "org.camunda");
      assertThat(session.call("GET", "/webapp-api/dashboard/records/case/x", null, null).status()).isIn(401, 403);
    }
    for (String viewer : List.of("supervisor", "admin")) {
      WebappSession session = WebappSession.open(port, "cockpit");
      session.login("cockpit", viewer);
      assertThat(session.call("GET", "/webapp-api/dashboard", null, null).status()).as(viewer).isEqualTo(200);
    }
  }

  @Test
  void theSectionsNameTheirRecords() {
    Http http = new Http(port);
    long cadreId = http.postJson("/api/cadres", "org-staff", Map.of("name", "面板案件干部", "jurisdictionCode", "450103",
        "role", "GOVERNMENT_LEADER", "post", "副区长")).json().get("id").asLong();
    Response registered = http.postJson("/api/accountability-cases", "em-staff", Map.of("cadreId", cadreId,
        "ground", "DUTY_FAILURE", "summary", "面板测试", "facts", Map.of("fullyPerformedDuties", false,
        "enlargedLossByPoorWork", false, "seriousSocialImpact", false, "mitigation", "NONE", "egregiousAndSerious", false,
        "suspectedDutyCrime", false)));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String caseNumber = registered.json().get("caseNumber").asText();

    // a nomination its nominee's open case stops at once: finished, so its row opens the dashboard's own detail
    JsonNode stopped = http.postJson("/api/commendations", "org-staff", Map.of("cadreId", cadreId, "basis",
        "CONTRIBUTION", "contributionType", "SPECIAL_TASK", "proposedAward", "COMMENDATION", "citation", "面板测试",
        "nominatingUnit", "青秀区人民政府")).json();
    assertThat(stopped.get("status").asText()).isEqualTo("STOPPED");
    String nomination = stopped.get("nominationNumber").asText();

    WebappSession session = WebappSession.open(port, "cockpit");
    session.login("cockpit", "supervisor");
    JsonNode dashboard = session.call("GET", "/webapp-api/dashboard", null, null).json();
    List<String> keys = new ArrayList<>();
    dashboard.get("sections").forEach(s -> keys.add(s.get("key").asText()));
    assertThat(keys).containsExactlyInAnyOrder("overdueTasks", "openCaseCounts", "openCases", "closedCases",
        "restrictions", "accidents", "tours", "assessments", "nominations");
    JsonNode open = section(dashboard, "openCases");
    assertThat(open.get("title").asText()).isEqualTo("未结问责案件");
    JsonNode row = null;
    for (JsonNode r : open.get("rows")) {
      if (r.get("caseNumber").asText().equals(caseNumber)) {
        row = r;
      }
    }
    assertThat(row).as("the new case is listed").isNotNull();
    assertThat(row.get("cadre").asText()).isEqualTo("面板案件干部");
    assertThat(row.get("_running").asBoolean()).isTrue();
    assertThat(row.get("_processInstanceId").asText()).isEqualTo(registered.json().get("processInstanceId").asText());
    assertThat(row.get("registeredAt").asText()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
    assertThat(section(dashboard, "openCaseCounts").get("rows").findValuesAsText("county")).contains("青秀区");

    JsonNode detail = session.call("GET", "/webapp-api/dashboard/records/case/" + java.net.URLEncoder.encode(caseNumber,
        java.nio.charset.StandardCharsets.UTF_8), null, null).json();
    assertThat(detail.get("title").asText()).contains(caseNumber);
    assertThat(detail.get("running").asBoolean()).isTrue();
    assertThat(detail.get("lines").findValuesAsText("label")).contains("问责情形", "状态", "登记时间");
    assertThat(session.call("GET", "/webapp-api/dashboard/records/case/none", null, null).status()).isEqualTo(404);

    JsonNode nominationRow = null;
    for (JsonNode r : section(dashboard, "nominations").get("rows")) {
      if (r.get("number").asText().equals(nomination)) {
        nominationRow = r;
      }
    }
    assertThat(nominationRow).isNotNull();
    assertThat(nominationRow.get("_running").asBoolean()).as("finished").isFalse();
    JsonNode record = session.call("GET", "/webapp-api/dashboard/records/nomination/" + java.net.URLEncoder.encode(
        nomination, java.nio.charset.StandardCharsets.UTF_8), null, null).json();
    assertThat(record.get("running").asBoolean()).isFalse();
    assertThat(record.get("lines").findValuesAsText("label")).contains("终止原因");
  }

  private static JsonNode section(JsonNode dashboard, String key) {
    for (JsonNode s : dashboard.get("sections")) {
      if (s.get("key").asText().equals(key)) {
        return s;
      }
    }
    throw new AssertionError("no section " + key);
  }
}
