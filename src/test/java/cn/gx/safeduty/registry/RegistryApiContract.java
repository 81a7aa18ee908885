package cn.gx.safeduty.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.Http.Response;
import cn.gx.safeduty.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry API, run against each database SafeDuty supports (subclasses choose H2 or PostgreSQL).
 * Every test works in a functional zone of its own, so tests don't see each other's cadres.
 */
abstract class RegistryApiContract {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  Http http;
  String zone;

  /** A user of the organisation department (may write the registry). */
  abstract String writer();

  /** A user of another department (may only read). */
  abstract String reader();

  /** Called before each test, before anything else; the subclass makes sure its users exist. */
  void ensureUsers() {
  }

  @BeforeEach
  void newZone() {
    ensureUsers();
    http = new Http(port);
    zone = "450100" + ThreadLocalRandom.current().nextInt(100, 1000);
    while (jdbc.sql("SELECT COUNT(*) FROM jurisdiction WHERE code = ?").param(zone).query(Long.class).single() > 0) {
      zone = "450100" + ThreadLocalRandom.current().nextInt(100, 1000);
    }
    Response created = http.postJson("/api/jurisdictions", writer(),
        Map.of("code", zone, "name", "测试功能区" + zone, "level", "FUNCTIONAL_ZONE", "parentCode", "450100"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  long createCadre(String name, String role, String status) {
    Map<String, Object> body = new HashMap<>(Map.of("name", name, "jurisdictionCode", zone, "role", role));
    if (status != null) {
      body.put("status", status);
    }
    Response response = http.postJson("/api/cadres", writer(), body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asLong();
  }

  long cadreCount() {
    return jdbc.sql("SELECT COUNT(*) FROM cadre").query(Long.class).single();
  }

  /**
   * A cadre may hold several roles; Art 8 asks a county-or-above safety deputy to sit on the standing
   * committee and be the safety committee's standing vice-chair. Where reality departs from it the
   * registry records what is true and flags the departure.
   */
  @Test
  void severalRolesAndArticleEight() {
    Response outside = http.postJson("/api/cadres", writer(), Map.of("name", "常委外分管副县长", "jurisdictionCode", zone,
        "role", "SAFETY_DEPUTY"));
    assertThat(outside.status()).as("recorded as it is: a functional zone is below county level").isEqualTo(201);
    Response deputyOnly = http.postJson("/api/cadres", writer(), Map.of("name", "常委外分管副县长",
        "jurisdictionCode", "450103", "role", "SAFETY_DEPUTY"));
    assertThat(deputyOnly.status()).as("recorded as it is, not refused").isEqualTo(201);
    long outsider = deputyOnly.json().get("id").asLong();
    JsonNode flags = http.get("/api/compliance/safety-deputies?jurisdiction=450103", reader()).json();
    assertThat(StreamSupport.stream(flags.spliterator(), false).filter(f -> f.path("cadreId").asLong() == outsider)
        .map(f -> f.get("departure").asText()).toList())
        .containsExactlyInAnyOrder("NOT_ON_STANDING_COMMITTEE", "NOT_VICE_CHAIR");
    assertThat(flags.findValuesAsText("detail")).anySatisfy(d -> assertThat(d).contains("第八条", "常委外分管副县长"));
    assertThat(http.get("/api/compliance/safety-deputies?jurisdiction=" + zone, reader()).json())
        .as("Art 8 binds county level and above").isEmpty();
    assertThat(http.get("/api/compliance/safety-deputies?jurisdiction=450100&includeSubdivisions=true", reader())
        .json().findValuesAsText("departure")).as("a government with no safety deputy").contains("NO_SAFETY_DEPUTY");

    Response created = http.postJson("/api/cadres", writer(), Map.of("name", "分管副县长", "jurisdictionCode", "450103",
        "roles", List.of("SAFETY_DEPUTY", "STANDING_COMMITTEE_MEMBER"), "safetyCommitteeViceChair", true));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    assertThat(created.json().get("role").asText()).isEqualTo("SAFETY_DEPUTY");
    assertThat(created.json().get("roles")).extracting(JsonNode::asText)
        .containsExactly("SAFETY_DEPUTY", "STANDING_COMMITTEE_MEMBER");
    assertThat(http.get("/api/compliance/safety-deputies?jurisdiction=450103", reader()).json().findValuesAsText("cadreId"))
        .as("one who meets Art 8 is not flagged").doesNotContain(String.valueOf(id));
    assertThat(http.get("/api/cadres?jurisdiction=450103&role=STANDING_COMMITTEE_MEMBER&size=200", reader()).json()
        .get("items").findValuesAsText("name")).contains("分管副县长");

    Response changed = http.send("PUT", "/api/cadres/" + id + "/roles", writer(), "application/json",
        Http.toJson(Map.of("roles", List.of("GOVERNMENT_LEADER"), "reason", "不再分管安全生产")));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("roles")).extracting(JsonNode::asText).containsExactly("GOVERNMENT_LEADER");
    assertThat(http.send("PUT", "/api/cadres/" + id + "/roles", reader(), "application/json",
        Http.toJson(Map.of("roles", List.of("GOVERNMENT_LEADER")))).status()).isEqualTo(403);
    JsonNode history = http.get("/api/cadres/" + id + "/record", reader()).json().get("statusHistory");
    assertThat(history).hasSize(2);
    assertThat(history.get(1).get("roles")).extracting(JsonNode::asText).containsExactly("GOVERNMENT_LEADER");
    assertThat(history.get(1).get("reason").asText()).isEqualTo("不再分管安全生产");

    String csv = "name,jurisdiction_code,role,safety_committee_vice_chair\n"
        + "导入副县长,450103,SAFETY_DEPUTY|STANDING_COMMITTEE_MEMBER,true\n";
    assertThat(http.send("POST", "/api/cadres/import", writer(), "text/csv", csv).status()).isIn(200, 201);
    Response noFlag = http.send("POST", "/api/cadres/import", writer(), "text/csv",
        "name,jurisdiction_code,role\n缺标志,450103,SAFETY_DEPUTY|STANDING_COMMITTEE_MEMBER\n");
    assertThat(noFlag.status()).as("imported as it is, and flagged").isIn(200, 201);
    assertThat(http.get("/api/compliance/safety-deputies?jurisdiction=450103", reader()).json().findValuesAsText("cadreName"))
        .contains("缺标志");
    Response openQuote = http.send("POST", "/api/cadres/import", writer(), "text/csv",
        "name,jurisdiction_code,role\n\"未闭合引号,450103,GOVERNMENT_LEADER\n");
    assertThat(openQuote.status()).as(openQuote.body()).isEqualTo(400);
    assertThat(openQuote.body()).contains("file").doesNotContain("Exception", "java.");
    byte[] gbk = "name,jurisdiction_code,role\n国标编码,450103,GOVERNMENT_LEADER\n".getBytes(java.nio.charset.Charset.forName("GBK"));
    Response notUtf8 = http.sendBytes("POST", "/api/cadres/import", writer(), "text/csv", gbk);
    assertThat(notUtf8.status()).as(notUtf8.body()).isEqualTo(400);
    assertThat(notUtf8.body()).contains("file", "UTF-8");
    byte[] huge = new byte[2 * 1024 * 1024 + 10];
    java.util.Arrays.fill(huge, (byte) 'a');
    Response tooLarge = http.sendBytes("POST", "/api/cadres/import", writer(), "text/csv", huge);
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.contentType()).contains("application/problem+json");
  }

  @Autowired
  SafetyRecordService safetyRecords;

  @Autowired
  CadreService cadreService;

  /**
   * A county head restricted on an accident is transferred to a city post: one person throughout — the
   * restriction, the record and the ineligibility follow, and the old posting is kept with its dates.
   */
  @Test
  void aTransferKeepsOnePersonAndTheRecordFollows() {
    long id = createCadre("调任县长", "GOVERNMENT_HEAD", null);
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    // in post there for a year before the move
    jdbc.sql("UPDATE cadre_posting SET starts_on = ? WHERE cadre_id = ?").params(Date.valueOf(today.minusYears(1)), id)
        .update();
    safetyRecords.addRestriction(id, new SafetyRecord.Restriction(RestrictionKind.ONE_VOTE_VETO, "22",
        List.of(Barred.EXCELLENCE, Barred.AWARDS, Barred.IMPORTANT_APPOINTMENT, Barred.PROMOTION), today.minusDays(30), today.plusMonths(11), "问责〔2026〕9901", "诫勉"));
    JsonNode registered = http.get("/api/cadres/" + id, reader()).json();
    assertThat(registered.get("postings")).hasSize(1);
    assertThat(registered.get("postings").get(0).get("jurisdictionCode").asText()).isEqualTo(zone);

    Map<String, Object> move = new HashMap<>(Map.of("jurisdictionCode", "450100", "post", "南宁市副市长",
        "roles", List.of("GOVERNMENT_LEADER"), "effectiveOn", today.toString(), "reason", "调任"));
    assertThat(http.postJson("/api/cadres/" + id + "/postings", reader(), move).status()).isEqualTo(403);
    assertThat(http.postJson("/api/cadres/987654321/postings", writer(), move).status()).isEqualTo(404);
    Map<String, Object> later = new HashMap<>(move);
    later.put("effectiveOn", today.plusDays(3).toString());
    assertInvalid(http.postJson("/api/cadres/" + id + "/postings", writer(), later), "effectiveOn");
    Map<String, Object> earlier = new HashMap<>(move);
    earlier.put("effectiveOn", today.minusYears(30).toString());
    assertInvalid(http.postJson("/api/cadres/" + id + "/postings", writer(), earlier), "effectiveOn");
    Map<String, Object> nowhere = new HashMap<>(move);
    nowhere.put("jurisdictionCode", "999999");
    assertInvalid(http.postJson("/api/cadres/" + id + "/postings", writer(), nowhere), "jurisdictionCode");
    Map<String, Object> noReason = new HashMap<>(move);
    noReason.remove("reason");
    assertInvalid(http.postJson("/api/cadres/" + id + "/postings", writer(), noReason), "reason");
    assertThat(http.get("/api/cadres/" + id, reader()).json().get("postings")).as("nothing half-done").hasSize(1);

    Response moved = http.postJson("/api/cadres/" + id + "/postings", writer(), move);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    JsonNode cadre = moved.json();
    assertThat(cadre.get("id").asLong()).as("the same person").isEqualTo(id);
    assertThat(cadre.get("jurisdictionCode").asText()).isEqualTo("450100");
    assertThat(cadre.get("post").asText()).isEqualTo("南宁市副市长");
    assertThat(cadre.get("roles")).extracting(JsonNode::asText).containsExactly("GOVERNMENT_LEADER");
    assertThat(cadre.get("status").asText()).isEqualTo("IN_OFFICE");
    JsonNode postings = cadre.get("postings");
    assertThat(postings).hasSize(2);
    assertThat(postings.get(0).get("jurisdictionCode").asText()).isEqualTo(zone);
    assertThat(postings.get(0).get("endsOn").asText()).isEqualTo(today.minusDays(1).toString());
    assertThat(postings.get(1).get("startsOn").asText()).isEqualTo(today.toString());
    assertThat(postings.get(1).get("endsOn").isNull()).isTrue();
    assertThat(postings.get(1).get("reason").asText()).isEqualTo("调任");

    JsonNode record = http.get("/api/cadres/" + id + "/record?purpose=调任后考察", writer()).json();
    assertThat(record.get("restrictions").findValuesAsText("caseId")).as("the restriction follows").contains("问责〔2026〕9901");
    assertThat(http.get("/api/cadres/" + id + "/eligibility?purpose=调任后考察", writer()).json().get("eligible")
        .asBoolean()).as("and so does the ineligibility").isFalse();
    assertThat(http.get("/api/cadres?jurisdiction=450100&size=200", reader()).json().get("items").findValuesAsText("name"))
        .contains("调任县长");
    assertThat(http.get("/api/cadres?jurisdiction=" + zone + "&size=200", reader()).json().get("items")
        .findValuesAsText("name")).as("listed where they serve now").doesNotContain("调任县长");
    assertThat(http.get("/api/cadres?jurisdiction=" + zone + "&on=" + today.minusMonths(1) + "&size=200", reader()).json()
        .get("items").findValuesAsText("name")).as("and where they served on the day asked").contains("调任县长");
    assertThat(http.get("/api/cadres?jurisdiction=" + zone + "&on=" + today.minusMonths(1) + "&role=GOVERNMENT_HEAD&size=200",
        reader()).json().get("items")).as("in the role held there, shown as held there")
        .filteredOn(c -> c.get("name").asText().equals("调任县长")).singleElement().satisfies(c -> {
          assertThat(c.get("jurisdictionCode").asText()).isEqualTo(zone);
          assertThat(c.get("role").asText()).isEqualTo("GOVERNMENT_HEAD");
        });
    assertThat(http.get("/api/cadres?jurisdiction=450100&on=" + today.minusMonths(1) + "&size=200", reader()).json()
        .get("items").findValuesAsText("name")).doesNotContain("调任县长");
    assertThat(http.get("/api/cadres?jurisdiction=450100&on=" + today + "&role=GOVERNMENT_LEADER&size=200", reader())
        .json().get("items").findValuesAsText("name")).contains("调任县长");
    assertInvalid(http.get("/api/cadres?on=昨天", reader()), "on");
    assertThat(record.get("statusHistory").findValuesAsText("reason")).anySatisfy(r -> assertThat(r).contains("调任"));

    // who held the posts then: a tour of last year, or an accident of last month, names the county head there
    assertThat(cadreService.holders(zone, today.minusMonths(1), today.minusMonths(1)))
        .filteredOn(c -> c.id() == id).singleElement().satisfies(c -> {
          assertThat(c.jurisdictionCode()).isEqualTo(zone);
          assertThat(c.roles()).containsExactly(CadreRole.GOVERNMENT_HEAD);
        });
    assertThat(cadreService.holders(zone, today, today)).noneMatch(c -> c.id() == id);
    assertThat(cadreService.holders("450100", today, today)).filteredOn(c -> c.id() == id).singleElement()
        .satisfies(c -> assertThat(c.post()).isEqualTo("南宁市副市长"));
  }

  /** The roster import matches an existing cadre only by an explicit cadre_id, never by name, and records a move as a posting. */
  @Test
  void anImportMovesACadreNamedByIdAndNeverMatchesByName() {
    long id = createCadre("名册调任干部", "GOVERNMENT_LEADER", null);
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    jdbc.sql("UPDATE cadre_posting SET starts_on = ? WHERE cadre_id = ?").params(Date.valueOf(today.minusYears(1)), id)
        .update();
    String header = "cadre_id,name,jurisdiction_code,role,post,effective_on\n";
    Response unknown = http.send("POST", "/api/cadres/import", writer(), "text/csv",
        header + "987654321,名册调任干部,450100,GOVERNMENT_LEADER,副市长," + today + "\n");
    assertInvalid(unknown, "cadre_id");
    Response otherName = http.send("POST", "/api/cadres/import", writer(), "text/csv",
        header + id + ",别人,450100,GOVERNMENT_LEADER,副市长," + today + "\n");
    assertInvalid(otherName, "name");
    Response undated = http.send("POST", "/api/cadres/import", writer(), "text/csv",
        header + id + ",名册调任干部,450100,GOVERNMENT_LEADER,副市长,\n");
    assertInvalid(undated, "effective_on");
    assertThat(http.get("/api/cadres/" + id, reader()).json().get("postings")).as("nothing half-done").hasSize(1);

    long before = cadreCount();
    Response moved = http.send("POST", "/api/cadres/import", writer(), "text/csv",
        header + id + ",名册调任干部,450100,GOVERNMENT_LEADER,副市长," + today + "\n"
            + ",名册调任干部," + zone + ",GOVERNMENT_LEADER,同名新干部,\n");
    assertThat(moved.status()).as(moved.body()).isIn(200, 201);
    assertThat(cadreCount()).as("the row without cadre_id is a new cadre, though the name is the same").isEqualTo(before + 1);
    JsonNode cadre = http.get("/api/cadres/" + id, reader()).json();
    assertThat(cadre.get("jurisdictionCode").asText()).isEqualTo("450100");
    assertThat(cadre.get("postings")).hasSize(2);
    assertThat(cadre.get("postings").get(1).get("startsOn").asText()).isEqualTo(today.toString());

    Response again = http.send("POST", "/api/cadres/import", writer(), "text/csv",
        header + id + ",名册调任干部,450100,GOVERNMENT_LEADER,副市长,\n");
    assertThat(again.status()).as("the same posting again: nothing to move").isIn(200, 201);
    assertThat(http.get("/api/cadres/" + id, reader()).json().get("postings")).hasSize(2);
  }

  /** Art 5(3) and 6(3): the duty lists, recorded once per jurisdiction, year and kind, and what a tour would find missing. */
  @Test
  void dutyListsAreRecordedAndTheMissingOnesNamed() {
    Map<String, Object> list = Map.of("jurisdictionCode", "450103", "year", 2025, "kind", "STANDING_COMMITTEE",
        "title", "青秀区委常委会及其成员安全生产职责清单", "documentRef", "青发〔2025〕3号", "issuedOn", "2025-02-10");
    assertThat(http.get("/api/duty-lists/missing?jurisdiction=450103&year=2025", reader()).json().get("missing"))
        .extracting(JsonNode::asText).containsExactly("STANDING_COMMITTEE", "GOVERNMENT_LEADERS");
    Response recorded = http.postJson("/api/duty-lists", writer(), list);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(recorded.json().get("recordedBy").asText()).isEqualTo(writer());
    assertThat(http.postJson("/api/duty-lists", writer(), list).status()).isEqualTo(409);
    assertThat(http.get("/api/duty-lists/missing?jurisdiction=450103&year=2025", reader()).json().get("missing"))
        .extracting(JsonNode::asText).containsExactly("GOVERNMENT_LEADERS");
    assertThat(http.get("/api/duty-lists?jurisdiction=450103&year=2025", reader()).json()).hasSize(1);

    Map<String, Object> inZone = new HashMap<>(list);
    inZone.put("jurisdictionCode", zone);
    assertInvalid(http.postJson("/api/duty-lists", writer(), inZone), "jurisdictionCode");
    Map<String, Object> late = new HashMap<>(list);
    late.put("issuedOn", "2026-01-05");
    late.put("kind", "GOVERNMENT_LEADERS");
    assertInvalid(http.postJson("/api/duty-lists", writer(), late), "issuedOn");
    assertInvalid(http.get("/api/duty-lists/missing?jurisdiction=999999&year=2025", reader()), "jurisdiction");
  }

  @Test
  void dutiesAreListedByRole() {
    JsonNode deputy = http.get("/api/duties?role=SAFETY_DEPUTY", reader()).json();
    assertThat(deputy.findValuesAsText("id")).contains("4", "8-0", "8-1", "8-6").doesNotContain("5-2");
    JsonNode meetings = http.get("/api/duties/5-2", reader()).json();
    assertThat(meetings.get("text").asText()).contains("每年至少主持召开1次党委常委会");
    assertThat(meetings.get("citation").asText()).isEqualTo("第五条第（二）项");
    assertThat(http.get("/api/duties", reader()).json()).hasSize(27);
    assertThat(http.get("/api/duties/99-9", reader()).status()).isEqualTo(404);
    assertInvalid(http.get("/api/duties?role=MAYOR", reader()), "role");
  }

  @Test
  void shippedJurisdictionsAreTheRegionItsCitiesAndCounties() {
    assertThat(http.get("/api/jurisdictions?level=REGION", reader()).json()).hasSize(1);
    JsonNode cities = http.get("/api/jurisdictions?level=CITY", reader()).json();
    assertThat(cities).hasSize(14);
    assertThat(cities).allSatisfy(city -> assertThat(city.get("parentCode").asText()).isEqualTo("450000"));
    JsonNode counties = http.get("/api/jurisdictions?level=COUNTY", reader()).json();
    assertThat(counties).hasSize(111);
    assertThat(http.get("/api/jurisdictions?parent=450100", reader()).json())
        .extracting(j -> j.get("name").asText()).contains("兴宁区", "横州市", "宾阳县");
    assertThat(http.get("/api/jurisdictions/450000", reader()).json().get("name").asText()).isEqualTo("广西壮族自治区");
    assertThat(http.get("/api/jurisdictions/990000", reader()).status()).isEqualTo(404);
  }

  @Test
  void jurisdictionRulesAreEnforced() {
    String township = "450123" + "101";
    Map<String, Object> body = Map.of("code", township, "name", "城厢镇", "level", "TOWNSHIP", "parentCode", "450123");
    jdbc.sql("DELETE FROM jurisdiction WHERE code = ?").param(township).update();
    assertThat(http.postJson("/api/jurisdictions", writer(), body).status()).isEqualTo(201);
    assertThat(http.postJson("/api/jurisdictions", writer(), body).status()).isEqualTo(409);

    assertInvalid(http.postJson("/api/jurisdictions", writer(),
        Map.of("code", "4501", "name", "x", "level", "TOWNSHIP", "parentCode", "450123")), "code");
    assertInvalid(http.postJson("/api/jurisdictions", writer(),
        Map.of("code", "450199", "name", "x", "level", "COUNTY", "parentCode", "450000")), "parentCode");
    assertInvalid(http.postJson("/api/jurisdictions", writer(),
        Map.of("code", "450199", "name", "x", "level", "COUNTY")), "parentCode");
    assertInvalid(http.postJson("/api/jurisdictions", writer(),
        Map.of("code", "450199", "name", "x", "level", "COUNTY", "parentCode", "459900")), "parentCode");
    assertInvalid(http.postJson("/api/jurisdictions", writer(),
        Map.of("code", "450199", "name", "x", "level", "DISTRICT", "parentCode", "450100")), "level");
    assertThat(http.get("/api/jurisdictions/450199", reader()).status()).isEqualTo(404);
  }

  @Test
  void createsAndReadsACadre() {
    Response created = http.postJson("/api/cadres", writer(),
        Map.of("name", "测试干部", "jurisdictionCode", zone, "role", "SAFETY_DEPUTY", "post", "管委会副主任"));
    assertThat(created.status()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/cadres/" + id);

    JsonNode cadre = http.get("/api/cadres/" + id, reader()).json();
    assertThat(cadre.get("name").asText()).isEqualTo("测试干部");
    assertThat(cadre.get("jurisdictionCode").asText()).isEqualTo(zone);
    assertThat(cadre.get("jurisdictionName").asText()).isEqualTo("测试功能区" + zone);
    assertThat(cadre.get("role").asText()).isEqualTo("SAFETY_DEPUTY");
    assertThat(cadre.get("post").asText()).isEqualTo("管委会副主任");
    assertThat(cadre.get("status").asText()).isEqualTo("IN_OFFICE");

    JsonNode history = http.get("/api/cadres/" + id + "/record", reader()).json().get("statusHistory");
    assertThat(history).hasSize(1);
    assertThat(history.get(0).get("toStatus").asText()).isEqualTo("IN_OFFICE");
    assertThat(history.get(0).get("changedBy").asText()).isEqualTo(writer());
  }

  @Test
  void filtersAndPagesCadres() {
    createCadre("甲", "PARTY_SECRETARY", null);
    createCadre("乙", "GOVERNMENT_HEAD", null);
    createCadre("丙", "GOVERNMENT_HEAD", "RETIRED");

    JsonNode all = http.get("/api/cadres?jurisdiction=" + zone, reader()).json();
    assertThat(all.get("totalItems").asLong()).isEqualTo(3);
    assertThat(names(all)).containsExactly("甲", "乙", "丙");
    assertThat(names(http.get("/api/cadres?jurisdiction=" + zone + "&role=GOVERNMENT_HEAD", reader()).json()))
        .containsExactly("乙", "丙");
    assertThat(names(http.get("/api/cadres?jurisdiction=" + zone + "&role=GOVERNMENT_HEAD&status=RETIRED", reader())
        .json())).containsExactly("丙");

    JsonNode second = http.get("/api/cadres?jurisdiction=" + zone + "&size=2&page=1", reader()).json();
    assertThat(second.get("totalItems").asLong()).isEqualTo(3);
    assertThat(second.get("totalPages").asInt()).isEqualTo(2);
    assertThat(names(second)).containsExactly("丙");

    assertThat(names(http.get("/api/cadres?jurisdiction=450100&size=200", reader()).json())).doesNotContain("甲");
    assertThat(names(http.get("/api/cadres?jurisdiction=450100&includeSubdivisions=true&size=200", reader()).json()))
        .contains("甲", "乙", "丙");
  }

  @ParameterizedTest
  @CsvSource({"role=MAYOR, role", "status=GONE, status", "page=-1, page", "size=0, size", "size=201, size",
      "size=many, size", "jurisdiction=459999, jurisdiction", "includeSubdivisions=perhaps, includeSubdivisions"})
  void badListQueriesNameTheParameter(String query, String parameter) {
    assertInvalid(http.get("/api/cadres?" + query, reader()), parameter);
  }

  static List<Object[]> badCadres() {
    return List.of(
        new Object[] {"{\"jurisdictionCode\":\"450100\",\"role\":\"PARTY_SECRETARY\"}", "name"},
        new Object[] {"{\"name\":\"  \",\"jurisdictionCode\":\"450100\",\"role\":\"PARTY_SECRETARY\"}", "name"},
        new Object[] {"{\"name\":\"" + "长".repeat(51) + "\",\"jurisdictionCode\":\"450100\",\"role\":\"PARTY_SECRETARY\"}", "name"},
        new Object[] {"{\"name\":\"某\",\"role\":\"PARTY_SECRETARY\"}", "jurisdictionCode"},
        new Object[] {"{\"name\":\"某\",\"jurisdictionCode\":\"459999\",\"role\":\"PARTY_SECRETARY\"}", "jurisdictionCode"},
        new Object[] {"{\"name\":\"某\",\"jurisdictionCode\":\"450100\"}", "role"},
        new Object[] {"{\"name\":\"某\",\"jurisdictionCode\":\"450100\",\"role\":\"MAYOR\"}", "role"},
        new Object[] {"{\"name\":\"某\",\"jurisdictionCode\":\"450100\",\"role\":\"PARTY_SECRETARY\",\"status\":\"GONE\"}", "status"},
        new Object[] {"{\"name\":\"某\",\"jurisdictionCode\":\"450100\",\"role\":\"PARTY_SECRETARY\",\"post\":\""
            + "职".repeat(101) + "\"}", "post"},
        new Object[] {"{\"name\":\"某\",", "body"});
  }

  @ParameterizedTest
  @MethodSource("badCadres")
  void everyBadFieldIsNamedAndNothingIsWritten(String body, String field) {
    long before = cadreCount();
    assertInvalid(http.send("POST", "/api/cadres", writer(), "application/json", body), field);
    assertThat(cadreCount()).isEqualTo(before);
  }

  @Test
  void changesStatusWithHistory() {
    long id = createCadre("调动者", "GOVERNMENT_LEADER", null);
    Response changed = http.send("PATCH", "/api/cadres/" + id + "/status", writer(), "application/json",
        "{\"status\":\"TRANSFERRED\",\"effectiveOn\":\"2026-03-01\",\"reason\":\"调任\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("status").asText()).isEqualTo("TRANSFERRED");

    JsonNode history = http.get("/api/cadres/" + id + "/record", reader()).json().get("statusHistory");
    assertThat(history).hasSize(2);
    assertThat(history.get(1).get("fromStatus").asText()).isEqualTo("IN_OFFICE");
    assertThat(history.get(1).get("toStatus").asText()).isEqualTo("TRANSFERRED");
    assertThat(history.get(1).get("effectiveOn").asText()).isEqualTo("2026-03-01");
    assertThat(history.get(1).get("reason").asText()).isEqualTo("调任");

    assertThat(http.send("PATCH", "/api/cadres/" + id + "/status", writer(), "application/json",
        "{\"status\":\"TRANSFERRED\"}").status()).isEqualTo(409);
    assertInvalid(http.send("PATCH", "/api/cadres/" + id + "/status", writer(), "application/json",
        "{\"status\":\"FIRED\"}"), "status");
    assertInvalid(http.send("PATCH", "/api/cadres/" + id + "/status", writer(), "application/json", "{}"), "status");
    assertInvalid(http.send("PATCH", "/api/cadres/" + id + "/status", writer(), "application/json",
        "{\"status\":\"RETIRED\",\"effectiveOn\":\"yesterday\"}"), "effectiveOn");
    assertThat(http.get("/api/cadres/" + id + "/record", reader()).json().get("statusHistory")).hasSize(2);
  }

  @Test
  void unknownIdsAre404() {
    for (String path : List.of("/api/cadres/99999999", "/api/cadres/99999999/record",
        "/api/cadres/99999999/eligibility")) {
      Response response = http.get(path, reader());
      assertThat(response.status()).as(path).isEqualTo(404);
      assertThat(response.contentType()).startsWith("application/problem+json");
    }
    assertThat(http.send("PATCH", "/api/cadres/99999999/status", writer(), "application/json",
        "{\"status\":\"RETIRED\"}").status()).isEqualTo(404);
    assertInvalid(http.get("/api/cadres/abc", reader()), "id");
  }

  @Test
  void importsAWholeCsvFile() {
    String csv = "name,jurisdiction_code,role,post,status\n"
        + "导入一," + zone + ",PARTY_SECRETARY,党工委书记,\n"
        + "导入二," + zone + ",GOVERNMENT_HEAD,管委会主任,IN_OFFICE\n"
        + "\"导入,三\"," + zone + ",DEPARTMENT_LEADER,,RETIRED\n";
    Response response = http.send("POST", "/api/cadres/import", writer(), "text/csv", "\uFEFF" + csv);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.json().get("imported").asInt()).isEqualTo(3);
    assertThat(names(http.get("/api/cadres?jurisdiction=" + zone, reader()).json()))
        .containsExactly("导入一", "导入二", "导入,三");
  }

  @Test
  void importsAnUploadedFile() {
    String boundary = "safeduty-boundary";
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"cadres.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n"
        + "name,jurisdiction_code,role\n上传一," + zone + ",SAFETY_DEPUTY\n\r\n"
        + "--" + boundary + "--\r\n";
    Response response = http.send("POST", "/api/cadres/import", writer(), "multipart/form-data; boundary=" + boundary, body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(names(http.get("/api/cadres?jurisdiction=" + zone, reader()).json())).containsExactly("上传一");
  }

  @Test
  void aBadCsvFileChangesNothing() {
    String csv = "name,jurisdiction_code,role,status\n"
        + "好人," + zone + ",PARTY_SECRETARY,IN_OFFICE\n"
        + "," + zone + ",GOVERNMENT_HEAD,IN_OFFICE\n"
        + "坏码,459999,GOVERNMENT_HEAD,IN_OFFICE\n"
        + "坏角色," + zone + ",MAYOR,IN_OFFICE\n"
        + "坏状态," + zone + ",SAFETY_DEPUTY,GONE\n";
    long before = cadreCount();
    Response response = http.send("POST", "/api/cadres/import", writer(), "text/csv", csv);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("errors")).extracting(e -> e.get("row").asInt() + ":" + e.get("field").asText())
        .containsExactlyInAnyOrder("2:name", "3:jurisdiction_code", "4:role", "5:status");
    assertThat(cadreCount()).isEqualTo(before);

    assertInvalid(http.send("POST", "/api/cadres/import", writer(), "text/csv", "name,role\n某,PARTY_SECRETARY\n"), "file");
    assertInvalid(http.send("POST", "/api/cadres/import", writer(), "text/csv", "name,jurisdiction_code,role\n"), "file");
    assertInvalid(http.send("POST", "/api/cadres/import", writer(), "text/csv",
        "name,jurisdiction_code,role,age\n某," + zone + ",PARTY_SECRETARY,50\n"), "file");
    assertThat(cadreCount()).isEqualTo(before);
  }

  /** A portfolio kept with its dates: changed within the posting, ended with it on a move. */
  @Test
  void aPortfolioIsKeptWithItsDates() {
    Response created = http.postJson("/api/cadres", writer(), Map.of("name", "分管干部", "jurisdictionCode", zone,
        "role", "GOVERNMENT_LEADER", "portfolio", List.of("ROAD_TRAFFIC", "EDUCATION")));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    jdbc.sql("UPDATE cadre_portfolio SET starts_on = ? WHERE posting_id IN (SELECT id FROM cadre_posting WHERE cadre_id = ?)")
        .params(Date.valueOf(today.minusYears(1)), id).update();
    jdbc.sql("UPDATE cadre_posting SET starts_on = ? WHERE cadre_id = ?").params(Date.valueOf(today.minusYears(1)), id)
        .update();
    Response changed = http.send("PUT", "/api/cadres/" + id + "/portfolio", writer(), "application/json",
        "{\"sectors\":[\"ROAD_TRAFFIC\",\"FIRE\"],\"effectiveOn\":\"" + today.minusDays(10) + "\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    Response moved = http.postJson("/api/cadres/" + id + "/postings", writer(), Map.of("jurisdictionCode", "450100",
        "post", "副市长", "roles", List.of("GOVERNMENT_LEADER"), "portfolio", List.of("EDUCATION"),
        "effectiveOn", today.toString(), "reason", "调任"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    JsonNode postings = moved.json().get("postings");
    assertThat(postings.get(0).get("portfolio")).extracting(e -> e.get("sector").asText(),
        e -> e.get("startsOn").asText(), e -> e.get("endsOn").asText()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ROAD_TRAFFIC", today.minusYears(1).toString(), today.minusDays(1).toString()),
        org.assertj.core.groups.Tuple.tuple("EDUCATION", today.minusYears(1).toString(), today.minusDays(11).toString()),
        org.assertj.core.groups.Tuple.tuple("FIRE", today.minusDays(10).toString(), today.minusDays(1).toString()));
    assertThat(postings.get(1).get("portfolio")).extracting(e -> e.get("sector").asText(), e -> e.get("endsOn").isNull())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("EDUCATION", true));
  }

  @Test
  void eligibilityFollowsActiveRestrictions() {
    long id = createCadre("受限者", "PARTY_SECRETARY", null);
    insertRestriction(id, "SANCTION_PERIOD", "21", "2024-01-10", "2024-07-10", "case-old");
    insertRestriction(id, "ONE_VOTE_VETO", "22", "2026-02-01", "2027-02-01", "case-7");

    JsonNode during = http.get("/api/cadres/" + id + "/eligibility?asOf=2026-06-30", reader()).json();
    assertThat(during.get("eligible").asBoolean()).isFalse();
    assertThat(during.get("restrictions")).hasSize(1);
    JsonNode veto = during.get("restrictions").get(0);
    assertThat(veto.get("kind").asText()).isEqualTo("ONE_VOTE_VETO");
    assertThat(veto.get("article").asText()).isEqualTo("22");
    assertThat(veto.get("endsOn").asText()).isEqualTo("2027-02-01");
    assertThat(veto.get("caseId").asText()).isEqualTo("case-7");
    assertThat(veto.get("bars")).extracting(JsonNode::asText)
        .containsExactly("EXCELLENCE", "AWARDS", "IMPORTANT_APPOINTMENT", "PROMOTION");
    assertThat(veto.get("barsText").asText()).isEqualTo("取消考核评优和评选各类先进资格，不得重用任职或者晋升职务、级别");
    assertThat(during.get("appointments")).as("per kind of appointment")
        .extracting(a -> a.get("kind").asText(), a -> a.get("eligible").asBoolean(), a -> a.get("until").asText())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("PROMOTION", false, "2027-02-01"),
            org.assertj.core.groups.Tuple.tuple("IMPORTANT_APPOINTMENT", false, "2027-02-01"),
            org.assertj.core.groups.Tuple.tuple("EQUIVALENT", true, "null"),
            org.assertj.core.groups.Tuple.tuple("OTHER", true, "null"));

    assertThat(http.get("/api/cadres/" + id + "/eligibility?asOf=2027-01-31", reader()).json().get("eligible")
        .asBoolean()).isFalse();
    assertThat(http.get("/api/cadres/" + id + "/eligibility?asOf=2027-02-01", reader()).json().get("eligible")
        .asBoolean()).isTrue();
    assertThat(http.get("/api/cadres/" + id + "/eligibility?asOf=2026-01-31", reader()).json().get("eligible")
        .asBoolean()).isTrue();
    assertInvalid(http.get("/api/cadres/" + id + "/eligibility?asOf=31.01.2026", reader()), "asOf");

    insertRestriction(id, "SANCTION_PERIOD", "21", "2026-11-01", null, "case-9");
    JsonNode forever = http.get("/api/cadres/" + id + "/eligibility?asOf=2099-01-01", reader()).json();
    assertThat(forever.get("eligible").asBoolean()).isFalse();
    assertThat(forever.get("restrictions").get(0).get("endsOn").isNull()).isTrue();

    JsonNode record = http.get("/api/cadres/" + id + "/record", reader()).json();
    assertThat(record.get("restrictions")).hasSize(3);

    // the register of restrictions in force on a day, and its export
    JsonNode register = http.get("/api/restrictions?jurisdiction=" + zone + "&activeOn=2026-06-30", reader()).json();
    assertThat(register.get("items").findValuesAsText("caseId")).containsExactly("case-7");
    assertThat(register.get("items").get(0).get("cadreName").asText()).isEqualTo("受限者");
    assertThat(http.get("/api/restrictions?jurisdiction=" + zone + "&activeOn=2027-06-30", reader()).json()
        .get("items").findValuesAsText("caseId")).containsExactly("case-9");
    assertThat(http.get("/api/restrictions?jurisdiction=" + zone + "&activeOn=2026-06-30&kind=SANCTION_PERIOD", reader())
        .json().get("items")).isEmpty();
    List<List<String>> sheet = cn.gx.safeduty.support.Xlsx.rows(http.bytes("/api/restrictions/export?jurisdiction="
        + zone + "&activeOn=2026-06-30", reader()));
    assertThat(sheet.get(0)).startsWith("干部", "所在地区");
    assertThat(sheet).hasSize(2);
    assertThat(sheet.get(1)).contains("受限者", "一票否决", "第二十二条", "2026年2月1日", "2027年1月31日", "case-7");
    assertInvalid(http.get("/api/restrictions?jurisdiction=999999", reader()), "jurisdiction");
    assertInvalid(http.get("/api/restrictions/export?activeOn=昨天", reader()), "activeOn");
    assertThat(record.get("cadre").get("id").asLong()).isEqualTo(id);
  }

  @Test
  void recordListsEverySection() {
    long id = createCadre("有记录者", "SAFETY_DEPUTY", null);
    jdbc.sql("INSERT INTO cadre_assessment_grade (cadre_id, assessment_year, grade, score, case_id, recorded_at) "
        + "VALUES (?, 2025, 'EXCELLENT', 93.5, 'assessment-1', CURRENT_TIMESTAMP)").param(id).update();
    jdbc.sql("INSERT INTO cadre_tour_finding (cadre_id, tour_year, duty_article, finding, case_id, recorded_at) "
        + "VALUES (?, 2025, '8(2)', '未按要求组织督查', 'tour-1', CURRENT_TIMESTAMP)").param(id).update();
    jdbc.sql("INSERT INTO cadre_award (cadre_id, kind, article, awarded_on, case_id, recorded_at) "
        + "VALUES (?, 'RECORD_OF_MERIT', '18', DATE '2025-03-01', 'award-1', CURRENT_TIMESTAMP)").param(id).update();
    jdbc.sql("INSERT INTO cadre_sanction (cadre_id, sanction, sanction_name, article, decided_on, case_id, recorded_at) "
        + "VALUES (?, 'ADMONISHMENT', '诫勉', '21', DATE '2026-01-05', 'case-3', CURRENT_TIMESTAMP)").param(id).update();

    JsonNode record = http.get("/api/cadres/" + id + "/record", reader()).json();
    assertThat(record.get("assessmentGrades").get(0).get("grade").asText()).isEqualTo("EXCELLENT");
    assertThat(record.get("assessmentGrades").get(0).get("score").decimalValue()).isEqualByComparingTo("93.5");
    assertThat(record.get("tourFindings").get(0).get("dutyArticle").asText()).isEqualTo("8(2)");
    assertThat(record.get("awards").get(0).get("kind").asText()).isEqualTo("RECORD_OF_MERIT");
    assertThat(record.get("sanctions").get(0).get("sanction").asText()).isEqualTo("ADMONISHMENT");
    assertThat(record.get("sanctions").get(0).get("sanctionName").asText()).isEqualTo("诫勉");
    assertThat(record.get("sanctions").get(0).get("decidedOn").asText()).isEqualTo("2026-01-05");
    assertThat(record.get("restrictions")).isEmpty();
  }

  void insertRestriction(long cadreId, String kind, String article, String startsOn, String endsOn, String caseId) {
    jdbc.sql("INSERT INTO cadre_restriction (cadre_id, kind, article, bars, starts_on, ends_on, case_id, recorded_at) "
            + "VALUES (?, ?, ?, 'EXCELLENCE,AWARDS,IMPORTANT_APPOINTMENT,PROMOTION', ?, ?, ?, CURRENT_TIMESTAMP)")
        .params(cadreId, kind, article, Date.valueOf(LocalDate.parse(startsOn)),
            endsOn != null ? Date.valueOf(LocalDate.parse(endsOn)) : null, caseId)
        .update();
  }

  static List<String> names(JsonNode page) {
    return StreamSupport.stream(page.get("items").spliterator(), false).map(c -> c.get("name").asText()).toList();
  }

  static void assertInvalid(Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("errors")).as(response.body())
        .extracting(e -> e.get("field").asText()).contains(field);
    assertThat(response.json().get("detail").asText()).contains(field);
  }
}
