package cn.gx.safeduty.kernel.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The working-day calendar's data: one JSON file per year ({@code calendar/2026.json} on the
 * classpath), and the same files in {@code safeduty.calendar.directory}, which override a shipped
 * year or add one.
 */
@Configuration
@org.springframework.boot.context.properties.EnableConfigurationProperties(CalendarSettings.class)
public class CalendarFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Logger LOG = LoggerFactory.getLogger(CalendarFiles.class);

  @Bean
  public WorkingDayCalendar workingDayCalendar(@Value("${safeduty.calendar.directory:}") String directory, Clock clock,
      CalendarSettings settings) throws IOException {
    return workingDayCalendar(directory, clock, settings.regionalHolidays());
  }

  /** The published years from the classpath and the operator's directory, with the regional holidays over them. */
  public WorkingDayCalendar workingDayCalendar(String directory, Clock clock, List<RegionalHoliday> regional)
      throws IOException {
    Map<Integer, WorkingDayCalendar.Year> years = publishedYears(directory);
    WorkingDayCalendar calendar = new WorkingDayCalendar(years, regional);
    warnIfNextYearMissing(years, clock);
    return calendar;
  }

  /** The published years from the classpath and the operator's directory, which overrides a shipped year. */
  public static Map<Integer, WorkingDayCalendar.Year> publishedYears(String directory) throws IOException {
    Map<Integer, WorkingDayCalendar.Year> years = new TreeMap<>();
    for (Resource shipped : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/*.json")) {
      try (InputStream in = shipped.getInputStream()) {
        add(years, read(in, shipped.getDescription()));
      }
    }
    if (!directory.isBlank()) {
      try (Stream<Path> files = Files.list(Path.of(directory))) {
        for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d{4}\\.json")).sorted().toList()) {
          try (InputStream in = Files.newInputStream(file)) {
            add(years, read(in, file.toString()));
          }
        }
      }
    }
    if (years.isEmpty()) {
      throw new IllegalStateException("No working-day calendar data: calendar/*.json is missing from the classpath");
    }
    return years;
  }

  static void warnIfNextYearMissing(Map<Integer, WorkingDayCalendar.Year> years, Clock clock) {
    int next = LocalDate.now(clock).getYear() + 1;
    if (!years.containsKey(next)) {
      LOG.warn("The working-day calendar's published years end with {}: deadlines in working days that reach into {} "
          + "are counted provisionally from the statutory holidays, without the year's swaps, until {}.json (from the "
          + "State Council's holiday notice) is put into safeduty.calendar.directory",
          ((TreeMap<Integer, WorkingDayCalendar.Year>) years).lastKey(), next, next);
    }
  }

  private static void add(Map<Integer, WorkingDayCalendar.Year> years, WorkingDayCalendar.Year year) {
    years.put(year.year(), year);
  }

  static WorkingDayCalendar.Year read(InputStream in, String where) {
    try {
      JsonNode file = JSON.readTree(in);
      int year = file.path("year").asInt();
      Map<LocalDate, String> holidays = days(file.path("holidays"), year, where);
      Map<LocalDate, String> workdays = days(file.path("workdays"), year, where);
      List<LocalDate> both = holidays.keySet().stream().filter(workdays::containsKey).toList();
      if (!both.isEmpty()) {
        throw new IllegalStateException(where + ": " + both + " is both a holiday and a working day");
      }
      return new WorkingDayCalendar.Year(year, holidays, workdays);
    } catch (IOException e) {
      throw new UncheckedIOException(where + " is not valid JSON", e);
    }
  }

  private static Map<LocalDate, String> days(JsonNode node, int year, String where) {
    Map<LocalDate, String> days = new LinkedHashMap<>();
    node.fields().forEachRemaining(day -> {
      LocalDate date = LocalDate.parse(day.getKey());
      if (date.getYear() != year) {
        throw new IllegalStateException(where + ": " + date + " is not in " + year);
      }
      days.put(date, day.getValue().asText());
    });
    return days;
  }
}
