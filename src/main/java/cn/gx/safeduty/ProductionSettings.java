package cn.gx.safeduty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the {@code postgres} profile without its datasource and first-admin settings,
 * naming the environment variables that are missing. Runs as a bean-factory post-processor, so
 * before any bean (the datasource, Flyway, the engine) is created.
 */
@Component
public class ProductionSettings implements BeanFactoryPostProcessor, EnvironmentAware {

  public static final String PROFILE = "postgres";

  private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

  static {
    REQUIRED.put("spring.datasource.url", "SAFEDUTY_DB_URL");
    REQUIRED.put("spring.datasource.username", "SAFEDUTY_DB_USER");
    REQUIRED.put("spring.datasource.password", "SAFEDUTY_DB_PASSWORD");
    REQUIRED.put("camunda.bpm.admin-user.id", "SAFEDUTY_ADMIN_USER");
    REQUIRED.put("camunda.bpm.admin-user.password", "SAFEDUTY_ADMIN_PASSWORD");
  }

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    check(environment);
  }

  static void check(Environment environment) {
    if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
      return;
    }
    List<String> missing = REQUIRED.entrySet().stream()
        .filter(e -> isBlank(environment.getProperty(e.getKey())))
        .map(Map.Entry::getValue)
        .toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("SafeDuty's postgres profile needs these environment variables: "
          + String.join(", ", missing));
    }
    if (!environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:")) {
      throw new IllegalStateException("SAFEDUTY_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db)");
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
