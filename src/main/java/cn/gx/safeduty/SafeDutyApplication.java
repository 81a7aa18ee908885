package cn.gx.safeduty;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class SafeDutyApplication {

  public static void main(String[] args) {
    SpringApplication.run(SafeDutyApplication.class, args);
  }

  /** Dates in the rules (effective dates, restriction ends) are days in China's time zone. */
  @Bean
  Clock clock(@Value("${safeduty.time-zone}") String zone) {
    return Clock.system(ZoneId.of(zone));
  }
}
