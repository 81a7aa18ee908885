package cn.gx.safeduty.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The shipped industry codes read accidents' industries as the statistics code them. */
class IndustryCatalogueTest {

  static IndustryCatalogue shipped() throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
        .forEach(environment.getPropertySources()::addLast);
    return Binder.get(environment).bind("safeduty.industries", IndustryCatalogue.class).get();
  }

  @Test
  void commonNamesAreCodedAsStatisticsCodeThem() throws IOException {
    IndustryCatalogue industries = shipped();
    assertThat(industries.codeOf("化工")).isEqualTo("HAZARDOUS_CHEMICALS");
    assertThat(industries.codeOf("某化工有限公司反应釜爆炸")).isEqualTo("HAZARDOUS_CHEMICALS");
    assertThat(industries.codeOf("烟花爆竹生产")).isEqualTo("FIREWORKS");
    assertThat(industries.codeOf("渔业船舶")).as("the longer name wins over 船舶").isEqualTo("FISHING_VESSELS");
    assertThat(industries.codeOf("农业机械")).as("the longer name wins over 机械").isEqualTo("AGRICULTURAL_MACHINERY");
    assertThat(industries.codeOf("内河船舶碰撞")).isEqualTo("WATER_TRANSPORT");
    assertThat(industries.codeOf("机械制造")).isEqualTo("INDUSTRY_TRADE");
    assertThat(industries.codeOf("道路交通")).isEqualTo("ROAD_TRAFFIC");
    assertThat(industries.codeOf("铁路道口")).isEqualTo("RAIL_TRANSPORT");
    assertThat(industries.codeOf("民用航空")).isEqualTo("CIVIL_AVIATION");
    assertThat(industries.codeOf("煤矿透水")).isEqualTo("MINING");
    assertThat(industries.codeOf("房屋市政工程")).isEqualTo("CONSTRUCTION");
    assertThat(industries.codeOf("CIVIL_AVIATION")).as("a code is itself").isEqualTo("CIVIL_AVIATION");
    assertThat(industries.codeOf("电梯困人")).as("naming no industry").isEqualTo(IndustryCatalogue.OTHER);
  }

  @Test
  void everyCodeHasTheNameItIsShownBy() throws IOException {
    IndustryCatalogue industries = shipped();
    assertThat(industries.all()).extracting(IndustryCatalogue.Industry::code).containsExactly("MINING",
        "HAZARDOUS_CHEMICALS", "FIREWORKS", "CONSTRUCTION", "INDUSTRY_TRADE", "ROAD_TRAFFIC", "WATER_TRANSPORT",
        "RAIL_TRANSPORT", "CIVIL_AVIATION", "FIRE", "AGRICULTURAL_MACHINERY", "FISHING_VESSELS", "OTHER");
    assertThat(industries.name("HAZARDOUS_CHEMICALS")).isEqualTo("危险化学品");
    assertThat(industries.name("NOT_A_CODE")).isEqualTo("NOT_A_CODE");
    assertThat(industries.known("FIRE")).isTrue();
  }
}
