package cn.gx.safeduty;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionSettingsTest {

  @Test
  void theEmbeddedRunNeedsNothing() {
    assertThatCode(() -> ProductionSettings.check(new MockEnvironment())).doesNotThrowAnyException();
  }

  @Test
  void thePostgresProfileNamesEveryMissingVariable() {
    MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
        .withProperty("camunda.bpm.admin-user.id", " ");
    environment.setActiveProfiles("postgres");
    assertThatThrownBy(() -> ProductionSettings.check(environment))
        .hasMessageContaining("SAFEDUTY_DB_USER, SAFEDUTY_DB_PASSWORD, SAFEDUTY_ADMIN_USER, SAFEDUTY_ADMIN_PASSWORD")
        .hasMessageNotContaining("SAFEDUTY_DB_URL");
  }

  @Test
  void thePostgresProfileWantsAPostgresUrl() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("spring.datasource.url", "jdbc:h2:mem:x")
        .withProperty("spring.datasource.username", "u").withProperty("spring.datasource.password", "p")
        .withProperty("camunda.bpm.admin-user.id", "a").withProperty("camunda.bpm.admin-user.password", "p");
    environment.setActiveProfiles("postgres");
    assertThatThrownBy(() -> ProductionSettings.check(environment)).hasMessageContaining("PostgreSQL");
    environment.setProperty("spring.datasource.url", "jdbc:postgresql://localhost:5432/safeduty");
    assertThatCode(() -> ProductionSettings.check(environment)).doesNotThrowAnyException();
  }
}
