package cn.gx.safeduty.benchmark.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A bare Camunda Spring Boot application for the start-up figure: the engine with the same webapp and
 * REST starters and nothing of SafeDuty's (its package holds no other bean; its settings come from the
 * command line, not SafeDuty's configuration files; nothing is deployed; Flyway and Spring Security,
 * which SafeDuty brings onto the classpath, are left off).
 */
@SpringBootApplication
public class BareCamundaApp {

  public static void main(String[] args) {
    SpringApplication.run(BareCamundaApp.class, args);
  }
}
