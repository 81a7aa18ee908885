package cn.gx.safeduty.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organs known before the first start: the shipped rows, an operator's in their place, a bad row named. */
class OrganSeedFileTest {

  @Test
  void theShippedRowsConfirmOnlyWhatIsKnown() {
    var rows = new OrganSeedFile("").rows();
    assertThat(rows.get("450000/PARTY_COMMITTEE").code()).isEqualTo("桂发");
    assertThat(rows.get("450000/GOVERNMENT").codeConfirmed()).isTrue();
    assertThat(rows).hasSize(2);
  }

  @Test
  void anOperatorsRowTakesThePlaceOfTheShippedOne(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("organs.csv"), """
        jurisdiction_code,kind,name,code,code_confirmed
        450000,GOVERNMENT,广西壮族自治区人民政府,桂政,true
        450100,EMERGENCY_MANAGEMENT,南宁市应急管理局,南应急,true
        """);
    var rows = new OrganSeedFile(dir.toString()).rows();
    assertThat(rows.get("450000/GOVERNMENT").code()).isEqualTo("桂政");
    assertThat(rows.get("450100/EMERGENCY_MANAGEMENT").codeConfirmed()).isTrue();
    assertThat(rows.get("450000/PARTY_COMMITTEE").code()).isEqualTo("桂发");
  }

  @Test
  void aRowThatCannotBeReadSaysWhereItIs(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("organs.csv"), """
        jurisdiction_code,kind,name,code,code_confirmed
        450100,POLICE,南宁市公安局,南公,true
        """);
    assertThatThrownBy(() -> new OrganSeedFile(dir.toString()).rows()).hasMessageContaining("organs.csv line 1");
  }
}
