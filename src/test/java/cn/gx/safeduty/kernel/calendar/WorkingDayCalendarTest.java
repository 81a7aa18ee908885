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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped calendar across the Spring Festival and National Day weeks, with their adjusted Saturdays and Sundays. */
class WorkingDayCalendarTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final LocalTime SIX_PM = LocalTime.of(18, 0);

  final WorkingDayCalendar calendar = shipped();

  static WorkingDayCalendar shipped() {
    try {
      return new CalendarFiles().workingDayCalendar("", Clock.system(SHANGHAI), List.of());
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
  void aYearWithoutItsNoticeIsCountedFromTheStatutoryHolidaysAndMarkedProvisional() {
    assertThat(calendar.isProvisional(2026)).isFalse();
    assertThat(calendar.isProvisional(2027)).isTrue();
    // 春节 2027: 除夕 Fri 5 Feb, 初一 to 初三 Sat 6 to Mon 8; two of them on the weekend, so Tue 9 and Wed 10 in lieu
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 4))).isTrue();
    for (LocalDate day = LocalDate.of(2027, 2, 5); !day.isAfter(LocalDate.of(2027, 2, 10)); day = day.plusDays(1)) {
      assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
    }
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 11))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).as("元旦, a Friday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 4, 5))).as("清明, a Monday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 3))).as("劳动节 on Sat and Sun: Mon in lieu").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 4))).as("and Tue").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 5))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 6, 9))).as("端午, 五月初五").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 15))).as("中秋, 八月十五").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 4))).as("国庆 on Sat and Sun: Mon in lieu").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 5))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 6))).isTrue();
    long inLieu = StatutoryHolidays.of(2027).holidays().values().stream().filter(name -> name.contains("补假")).count();
    assertThat(inLieu).as("Art 6's weekdays in lieu in 2027").isEqualTo(6);
    // a deadline counted across the turn of the year: ten working days from Mon 28 Dec 2026
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 28), 10)).isEqualTo(LocalDate.of(2027, 1, 12));
    // 2030: 春节 is 除夕 Sat 2 Feb to 初三 Tue 5 Feb, two weekend days in lieu on Wed 6 and Thu 7
    assertThat(calendar.isWorkingDay(LocalDate.of(2030, 2, 7))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2030, 2, 8))).isTrue();
    assertThat(calendar.plusWorkingDays(LocalDate.of(2030, 1, 31), 2)).isEqualTo(LocalDate.of(2030, 2, 8));
  }

  @Test
  void guangxisSanyuesanIsAHolidayInEveryYear() {
    WorkingDayCalendar guangxi = new WorkingDayCalendar(java.util.Map.of(2026, calendarYear(2026)),
        List.of(new RegionalHoliday("壮族三月三", 3, 3, 2)));
    // 2026: 农历三月初三 is Sun 19 April, so Mon 20 April is the second day
    assertThat(guangxi.isWorkingDay(LocalDate.of(2026, 4, 20))).isFalse();
    assertThat(guangxi.isWorkingDay(LocalDate.of(2026, 4, 21))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 20))).as("without the regional layer").isTrue();
    // 2027, provisional: 农历三月初三 is Fri 9 April, 初四 Sat 10 April
    assertThat(guangxi.isWorkingDay(LocalDate.of(2027, 4, 9))).isFalse();
    assertThat(guangxi.isWorkingDay(LocalDate.of(2027, 4, 8))).isTrue();
  }

  private WorkingDayCalendar.Year calendarYear(int year) {
    return shippedYear(year);
  }

  static WorkingDayCalendar.Year shippedYear(int year) {
    try (var in = WorkingDayCalendarTest.class.getClassLoader().getResourceAsStream("calendar/" + year + ".json")) {
      return CalendarFiles.read(in, year + ".json");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anOperatorDirectoryAddsAndOverridesYears(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("2027.json"), """
        {"year": 2027, "holidays": {"2027-01-01": "元旦"}, "workdays": {}}""");
    Files.writeString(dir.resolve("2026.json"), """
        {"year": 2026, "holidays": {}, "workdays": {"2026-03-01": "测试调休"}}""");
    WorkingDayCalendar withOperatorData = new CalendarFiles().workingDayCalendar(dir.toString(), Clock.system(SHANGHAI), List.of());
    assertThat(withOperatorData.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(withOperatorData.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
    assertThat(withOperatorData.isWorkingDay(LocalDate.of(2026, 3, 1))).isTrue();
    assertThat(withOperatorData.isWorkingDay(LocalDate.of(2026, 2, 16))).as("2026 replaced as a whole").isTrue();
  }

  @Test
  void aFileContradictingItselfIsRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("2027.json"), """
        {"year": 2027, "holidays": {"2027-01-01": "元旦"}, "workdays": {"2027-01-01": "x"}}""");
    assertThatThrownBy(() -> new CalendarFiles().workingDayCalendar(dir.toString(), Clock.system(SHANGHAI), List.of()))
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
