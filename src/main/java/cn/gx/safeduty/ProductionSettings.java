package cn.gx.safeduty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code postgres} profile without its datasource and first-admin settings,
 * naming the environment variables that are missing, before anything touches a database.
 */
public class ProductionSettings implements EnvironmentPostProcessor {

  public static final String PROFILE = "postgres";

  private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

  static {
    REQUIRED.put("spring.datasource.url", "SAFEDUTY_DB_URL");
    REQUIRED.put("spring.datasource.username", "SAFEDUTY_DB_USER");
    REQUIRED.put("spring.datasource.password", "SAFEDUTY_DB_PASSWORD");
    REQUIRED.put("camunda.bpm.admin-user.id", "SAFEDUTY_ADMIN_USER");
    REQUIRED.put("camunda.bpm.admin-user.password", "SAFEDUTY_ADMIN_PASSWORD");
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
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
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
