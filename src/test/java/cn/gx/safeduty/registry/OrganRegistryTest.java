package cn.gx.safeduty.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gx.safeduty.kernel.InvalidFieldsException;
import cn.gx.safeduty.support.AtOnce;
import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The organs that issue documents, over HTTP, and the document numbers each issues. */
@EmbeddedAppTest
class OrganRegistryTest {

  @LocalServerPort
  int port;

  @Autowired
  DocumentNumbers numbers;

  @Autowired
  OrganService organs;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @Test
  void everyShippedJurisdictionHasItsSixOrgansAndTheGuessesAreListed() {
    JsonNode places = http.get("/api/jurisdictions", "em-staff").json();
    Set<String> shipped = new HashSet<>();
    places.forEach(p -> {
      if (List.of("REGION", "CITY", "COUNTY").contains(p.get("level").asText())) {
        shipped.add(p.get("code").asText());
      }
    });
    assertThat(shipped).hasSizeGreaterThanOrEqualTo(126);
    JsonNode all = http.get("/api/organs", "em-staff").json();
    Set<String> keys = new HashSet<>();
    Set<String> codes = new HashSet<>();
    all.forEach(o -> {
      keys.add(o.get("jurisdictionCode").asText() + "/" + o.get("kind").asText());
      assertThat(codes.add(o.get("code").asText())).as("代字 unique: " + o).isTrue();
      assertThat(o.get("name").asText()).doesNotContain("null").isNotBlank();
    });
    for (String code : shipped) {
      for (OrganKind kind : OrganKind.values()) {
        assertThat(keys).contains(code + "/" + kind);
      }
    }
    JsonNode region = http.get("/api/organs?jurisdiction=450000&kind=GOVERNMENT", "em-staff").json();
    assertThat(region.get(0).get("name").asText()).isEqualTo("广西壮族自治区人民政府");
    assertThat(region.get(0).get("code").asText()).isEqualTo("桂政发");
    assertThat(region.get(0).get("codeConfirmed").asBoolean()).isTrue();
    JsonNode guesses = http.get("/api/organs?confirmed=false&jurisdiction=450100", "em-staff").json();
    assertThat(guesses).extracting(o -> o.get("name").asText())
        .contains("南宁市应急管理局", "中共南宁市纪律检查委员会", "南宁市监察委员会", "中共南宁市委组织部");
  }

  @Test
  void aNewJurisdictionGetsItsOrgansAndOnlyAnAdministratorConfirmsACode() {
    Response created = http.postJson("/api/jurisdictions", "org-staff",
        Map.of("code", "451481", "name", "凭祥市", "level", "COUNTY", "parentCode", "451400"));
    assertThat(created.status()).as(created.body()).isIn(201, 409);
    JsonNode em = http.get("/api/organs?jurisdiction=451481&kind=EMERGENCY_MANAGEMENT", "em-staff").json().get(0);
    assertThat(em.get("name").asText()).isEqualTo("凭祥市应急管理局");
    assertThat(em.get("codeConfirmed").asBoolean()).isFalse();
    long id = em.get("id").asLong();
    Map<String, Object> change = Map.of("name", "凭祥市应急管理局", "code", "凭应急发", "codeConfirmed", true);
    assertThat(http.send("PUT", "/api/organs/" + id, "org-staff", "application/json", Http.toJson(change)).status())
        .isEqualTo(403);
    Response bad = http.send("PUT", "/api/organs/" + id, "admin", "application/json",
        Http.toJson(Map.of("name", "凭祥市应急管理局", "code", "PX-1", "codeConfirmed", true)));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("code");
    Response taken = http.send("PUT", "/api/organs/" + id, "admin", "application/json",
        Http.toJson(Map.of("name", "凭祥市应急管理局", "code", "桂政发", "codeConfirmed", true)));
    assertThat(taken.status()).isEqualTo(409);
    Response extra = http.send("PUT", "/api/organs/" + id, "admin", "application/json", Http.toJson(Map.of(
        "name", "凭祥市应急管理局", "code", "凭应急发", "codeConfirmed", true, "jurisdictionCode", "450000")));
    assertThat(extra.status()).as("what an organ belongs to is not the administrator's to move").isEqualTo(400);
    assertThat(extra.body()).contains("jurisdictionCode").doesNotContain("Exception");
    Response confirmed = http.send("PUT", "/api/organs/" + id, "admin", "application/json", Http.toJson(change));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(http.get("/api/organs/" + id, "di-staff").json().get("codeConfirmed").asBoolean()).isTrue();
    assertThat(http.get("/api/organs/999999", "di-staff").status()).isEqualTo(404);
  }

  @Test
  void eachOrganNumbersItsDocumentsByYearOnceARecordAndTheConfirmationFixesTheCode() throws Exception {
    Organ organ = organs.organ("450181", OrganKind.EMERGENCY_MANAGEMENT);
    assertThat(organ.codeConfirmed()).isFalse();
    LocalDate day = LocalDate.of(2031, 3, 2);
    IssuedNumber first = numbers.issue("test.numbering", 1, organ, day, null, "ref");
    assertThat(first.text()).isEqualTo(organ.code() + "〔2031〕1号");
    assertThat(first.confirmed()).isFalse();
    assertThat(numbers.issue("test.numbering", 1, organ, day.plusDays(5), null, "ref")).isEqualTo(first);
    assertThat(numbers.issue("test.numbering", 2, organ, day, null, "ref").text()).endsWith("〔2031〕2号");
    assertThat(numbers.issue("test.numbering", 3, organ, LocalDate.of(2032, 1, 5), null, "ref").text())
        .endsWith("〔2032〕1号");
    // a clerk's typed number: the organ's 代字, the year, not used; brackets typed otherwise are read as 〔〕
    assertThat(numbers.problem("南府发〔2031〕7号", organ, 2031)).contains(organ.code());
    assertThat(numbers.problem(organ.code() + "〔2030〕7号", organ, 2031)).contains("2031");
    assertThat(numbers.problem(organ.code() + "〔2031〕2号", organ, 2031)).contains("已经使用");
    assertThat(numbers.problem("第七号", organ, 2031)).contains("应为");
    assertThat(numbers.issue("test.numbering", 4, organ, day, organ.code() + "[2031]07号", "ref").text())
        .isEqualTo(organ.code() + "〔2031〕7号");
    assertThat(numbers.issue("test.numbering", 5, organ, day, null, "ref").text()).endsWith("〔2031〕8号");
    assertThatThrownBy(() -> numbers.issue("test.numbering", 6, organ, day, organ.code() + "〔2031〕7号", "ref"))
        .isInstanceOf(InvalidFieldsException.class).hasMessageContaining("ref");
    // numbers taken at once are all different
    List<Callable<String>> atOnce = new ArrayList<>();
    IntStream.range(10, 16).forEach(record -> atOnce.add(() -> numbers.issue("test.numbering", record, organ, day,
        null, "ref").text()));
    assertThat(new HashSet<>(AtOnce.run(atOnce))).hasSize(6);
    // one typed number taken by two records at once: the organ's lock lets one have it
    String typed = organ.code() + "〔2031〕40号";
    List<Callable<String>> sameNumber = List.of(
        () -> tryIssue(organ, 30, day, typed), () -> tryIssue(organ, 31, day, typed));
    assertThat(AtOnce.run(sameNumber)).containsExactlyInAnyOrder(typed, "refused");
    // once the 代字 is confirmed, the numbers issued under the guess read with it and stay with it
    organs.update(organ.id(), new OrganChange(organ.name(), "横州应急", true), "admin");
    IssuedNumber fixed = numbers.find("test.numbering", 1).orElseThrow();
    assertThat(fixed.text()).isEqualTo("横州应急〔2031〕1号");
    assertThat(fixed.confirmed()).isTrue();
    organs.update(organ.id(), new OrganChange(organ.name(), "横应急发", true), "admin");
    assertThat(numbers.find("test.numbering", 1).orElseThrow().text()).isEqualTo("横州应急〔2031〕1号");
    assertThat(numbers.issue("test.numbering", 20, organ, day, null, "ref").text()).isEqualTo("横应急发〔2031〕41号");
  }

  private String tryIssue(Organ organ, long record, LocalDate day, String typed) {
    try {
      return numbers.issue("test.numbering", record, organ, day, typed, "ref").text();
    } catch (InvalidFieldsException taken) {
      assertThat(taken.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("已经使用"));
      return "refused";
    }
  }
}
