package cn.gx.safeduty.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Organ names and 代字 by rule, without an engine or a database. */
class OrganNamingTest {

  static final List<Jurisdiction> PLACES = List.of(
      new Jurisdiction("450000", "广西壮族自治区", JurisdictionLevel.REGION, null),
      new Jurisdiction("450100", "南宁市", JurisdictionLevel.CITY, "450000"),
      new Jurisdiction("450300", "桂林市", JurisdictionLevel.CITY, "450000"),
      new Jurisdiction("450800", "贵港市", JurisdictionLevel.CITY, "450000"),
      new Jurisdiction("450103", "青秀区", JurisdictionLevel.COUNTY, "450100"),
      new Jurisdiction("450123", "隆安县", JurisdictionLevel.COUNTY, "450100"),
      new Jurisdiction("450225", "融水苗族自治县", JurisdictionLevel.COUNTY, "450200"),
      new Jurisdiction("450200", "柳州市", JurisdictionLevel.CITY, "450000"),
      new Jurisdiction("450881", "桂平市", JurisdictionLevel.COUNTY, "450800"),
      new Jurisdiction("450105", "江南区", JurisdictionLevel.COUNTY, "450100"),
      new Jurisdiction("450999", "江南区", JurisdictionLevel.COUNTY, "450800"),
      new Jurisdiction("450123001", "城厢镇", JurisdictionLevel.TOWNSHIP, "450123"));

  static Map<String, Organ> generated(Map<String, String> taken) {
    return new OrganNaming(PLACES, taken).organs(PLACES, Set.of()).stream()
        .collect(Collectors.toMap(o -> o.jurisdictionCode() + "/" + o.kind(), Function.identity()));
  }

  @Test
  void namesAreTheOrgansOfficialStyle() {
    Map<String, Organ> organs = generated(Map.of());
    assertThat(organs.get("450000/PARTY_COMMITTEE").name()).isEqualTo("中共广西壮族自治区委员会");
    assertThat(organs.get("450000/EMERGENCY_MANAGEMENT").name()).isEqualTo("广西壮族自治区应急管理厅");
    assertThat(organs.get("450000/ORGANIZATION_DEPARTMENT").name()).isEqualTo("中共广西壮族自治区委员会组织部");
    assertThat(organs.get("450100/EMERGENCY_MANAGEMENT").name()).isEqualTo("南宁市应急管理局");
    assertThat(organs.get("450100/DISCIPLINE_COMMISSION").name()).isEqualTo("中共南宁市纪律检查委员会");
    assertThat(organs.get("450100/SUPERVISION_COMMISSION").name()).isEqualTo("南宁市监察委员会");
    assertThat(organs.get("450100/ORGANIZATION_DEPARTMENT").name()).isEqualTo("中共南宁市委组织部");
    assertThat(organs.get("450103/PARTY_COMMITTEE").name()).isEqualTo("中共南宁市青秀区委员会");
    assertThat(organs.get("450123/GOVERNMENT").name()).isEqualTo("隆安县人民政府");
    assertThat(organs.get("450225/GOVERNMENT").name()).isEqualTo("融水苗族自治县人民政府");
    assertThat(organs.values()).noneMatch(o -> o.jurisdictionCode().equals("450123001"));
    assertThat(organs.values()).noneMatch(Organ::codeConfirmed);
  }

  @Test
  void codesAreShortUniqueAndAvoidThoseTaken() {
    Map<String, Organ> organs = generated(Map.of("南应急发", "450900", "桂发", "450000"));
    assertThat(organs.get("450000/GOVERNMENT").code()).as("the region's own 桂发 keeps 桂 its own").isEqualTo("桂政发");
    assertThat(organs.get("450300/GOVERNMENT").code()).as("桂 is the region's").isEqualTo("桂林政发");
    assertThat(organs.get("450800/GOVERNMENT").code()).isEqualTo("贵政发");
    assertThat(organs.get("450100/GOVERNMENT").code()).as("南应急发 is taken").isEqualTo("南宁政发");
    assertThat(organs.get("450123/PARTY_COMMITTEE").code()).isEqualTo("隆安发");
    assertThat(organs.get("450225/PARTY_COMMITTEE").code()).isEqualTo("融水发");
    assertThat(organs.get("450105/PARTY_COMMITTEE").code()).isEqualTo("江南发");
    assertThat(organs.get("450999/PARTY_COMMITTEE").code()).as("the second 江南区 takes its city's").isEqualTo("贵江南发");
    Set<String> codes = new HashSet<>();
    assertThat(organs.values()).allMatch(o -> codes.add(o.code()));
  }
}
