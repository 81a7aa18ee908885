package cn.gx.safeduty.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The embedded run's fictional cadres (a few per city), imported once into an empty registry. */
@Component
@ConditionalOnProperty(name = "safeduty.demo-data", havingValue = "true")
public class DemoCadres implements ApplicationRunner {

  static final String DATA = "registry/demo-cadres.csv";

  private final CadreService cadres;
  private final JdbcClient jdbc;

  public DemoCadres(CadreService cadres, JdbcClient jdbc) {
    this.cadres = cadres;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (jdbc.sql("SELECT COUNT(*) FROM cadre").query(Long.class).single() > 0) {
      return;
    }
    String csv = new ClassPathResource(DATA).getContentAsString(StandardCharsets.UTF_8);
    cadres.importCsv(csv, "system");
  }
}
