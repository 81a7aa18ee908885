package cn.gx.safeduty.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped calendar across the Spring Festival and National Day weeks, with their adjusted Saturdays and Sundays. */
class WorkingDayCalendarTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final LocalTime SIX_PM = LocalTime.of(18, 0);

  final WorkingDayCalendar calendar = shipped();

  static WorkingDayCalendar shipped() {
    try {
      return new CalendarFiles().workingDayCalendar("", Clock.system(SHANGHAI));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void shipsTheYearsOfPublishedNoticesSinceTheRules() {
    assertThat(calendar.years()).contains(2018, 2024, 2025, 2026).doesNotContain(2017, 2027);
  }

  @Test
  void springFestival2026() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).as("Friday before").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("adjusted Saturday").isTrue();
    for (LocalDate day = LocalDate.of(2026, 2, 15); !day.isAfter(LocalDate.of(2026, 2, 23)); day = day.plusDays(1)) {
      assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
    }
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).as("adjusted Saturday").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 1))).as("plain Sunday").isFalse();
    // 5 working days from Friday 13 Feb: Sat 14, then Tue 24 to Thu 26 ... = 14, 24, 25, 26, 27
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 6)).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void nationalDay2026WithTheMidAutumnFestival() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("adjusted Sunday").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 25))).as("中秋, a Friday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("adjusted Saturday").isTrue();
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 11))).as("Thu 8, Fri 9, adjusted Sat 10").isEqualTo(3);
  }

  @Test
  void nationalDay2025() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).as("adjusted Sunday").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).as("adjusted Saturday").isTrue();
    assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 9, 30), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
  }

  @Test
  void aYearWithoutDataIsRefusedNotGuessed() {
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 3, 1)))
        .isInstanceOf(MissingCalendarYearException.class)
        .hasMessageContaining("2027").hasMessageContaining("safeduty.calendar.directory");
    assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 12, 28), 10))
        .isInstanceOf(MissingCalendarYearException.class);
  }

  @Test
  void anOperatorDirectoryAddsAndOverridesYears(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("2027.json"), """
        {"year": 2027, "holidays": {"2027-01-01": "元旦"}, "workdays": {}}""");
    Files.writeString(dir.resolve("2026.json"), """
        {"year": 2026, "holidays": {}, "workdays": {"2026-03-01": "测试调休"}}""");
    WorkingDayCalendar withOperatorData = new CalendarFiles().workingDayCalendar(dir.toString(), Clock.system(SHANGHAI));
    assertThat(withOperatorData.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(withOperatorData.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
    assertThat(withOperatorData.isWorkingDay(LocalDate.of(2026, 3, 1))).isTrue();
    assertThat(withOperatorData.isWorkingDay(LocalDate.of(2026, 2, 16))).as("2026 replaced as a whole").isTrue();
  }

  @Test
  void aFileContradictingItselfIsRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("2027.json"), """
        {"year": 2027, "holidays": {"2027-01-01": "元旦"}, "workdays": {"2027-01-01": "x"}}""");
    assertThatThrownBy(() -> new CalendarFiles().workingDayCalendar(dir.toString(), Clock.system(SHANGHAI)))
        .hasMessageContaining("both a holiday and a working day");
  }

  @Test
  void deadlinesInWorkingDaysFallDueAtTheEndOfTheirLastDay() {
    ZonedDateTime friday = ZonedDateTime.of(2026, 9, 30, 10, 0, 0, 0, SHANGHAI);
    assertThat(Deadline.parse("2WD").from(friday, calendar, SIX_PM))
        .isEqualTo(ZonedDateTime.of(2026, 10, 9, 18, 0, 0, 0, SHANGHAI));
    assertThat(Deadline.parse("P1M").from(friday, calendar, SIX_PM)).isEqualTo(friday.plusMonths(1));
    assertThat(Deadline.parse("PT2H").from(friday, calendar, SIX_PM)).isEqualTo(friday.plusHours(2));
    assertThat(Deadline.parse("P1DT2H").from(friday, calendar, SIX_PM)).isEqualTo(friday.plusDays(1).plusHours(2));
    assertThatThrownBy(() -> Deadline.parse("five days")).isInstanceOf(IllegalArgumentException.class);
  }
}
