package cn.gx.safeduty.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped duty catalogue holds every item of Art 4–10; an operator's catalogue replaces it, a faulty one is refused. */
class DutyCatalogueTest {

  final DutyCatalogue shipped = new DutyCatalogue("");

  /** The items of each article in the Chinese text: 5 and 6 have six, 8 six plus its condition, 9 five; 4, 7 and 10 are one paragraph. */
  @Test
  void everyItemOfArticlesFourToTenIsThere() {
    Map<String, Long> perArticle = shipped.all().stream()
        .collect(Collectors.groupingBy(Duty::article, Collectors.counting()));
    assertThat(perArticle).containsExactlyInAnyOrderEntriesOf(
        Map.of("4", 1L, "5", 6L, "6", 6L, "7", 1L, "8", 7L, "9", 5L, "10", 1L));
    assertThat(shipped.get("5-2").text()).contains("每年至少主持召开1次党委常委会研究安全生产工作");
    assertThat(shipped.get("5-2").citation()).isEqualTo("第五条第（二）项");
    assertThat(shipped.get("10").citation()).isEqualTo("第十条");
  }

  @Test
  void theCountsTheTextSetsAreChecks() {
    assertThat(shipped.get("6-2").checks()).filteredOn(c -> c.kind() == Duty.CheckKind.COUNT)
        .extracting(Duty.Check::minimum, Duty.Check::per)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(2, Duty.Per.YEAR),
            org.assertj.core.groups.Tuple.tuple(1, Duty.Per.QUARTER));
    assertThat(shipped.get("8-0").checks()).singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo(Duty.CheckKind.ELIGIBILITY));
    assertThat(shipped.get("9-4").checks().get(0).policyDefault()).as("the text sets no frequency").isTrue();
  }

  @Test
  void eachRoleHasItsArticle() {
    assertThat(shipped.of(CadreRole.PARTY_SECRETARY)).extracting(Duty::article).contains("4", "5").doesNotContain("6");
    assertThat(shipped.of(CadreRole.SAFETY_DEPUTY)).extracting(Duty::id).contains("8-0", "8-5");
    assertThat(shipped.of(CadreRole.DEPARTMENT_LEADER)).extracting(Duty::article).containsOnly("4", "10");
  }

  @Test
  void anOperatorsCatalogueReplacesTheShippedOne(@TempDir Path dir) throws IOException {
    String ownText = Files.readString(Path.of("src/main/resources/duties/duties.json"))
        .replace("每年定期组织分析安全生产形势", "每季度组织分析安全生产形势");
    Files.writeString(dir.resolve("duties.json"), ownText);
    assertThat(new DutyCatalogue(dir.toString()).get("9-4").text()).contains("每季度组织分析安全生产形势");
  }

  @Test
  void aFaultyCatalogueStopsTheStart(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("duties.json"), """
        {"duties": [{"id": "5-1", "article": "5", "item": 1, "roles": ["PARTY_SECRETARY"], "summary": "s", "text": "t",
          "checks": [{"kind": "COUNT", "description": "d"}]}]}""");
    assertThatThrownBy(() -> new DutyCatalogue(dir.toString()))
        .hasMessageContaining("a count needs measure").hasMessageContaining("no duty of article");
  }
}
