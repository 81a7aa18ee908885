package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.FieldProblem;
import cn.gx.safeduty.kernel.InvalidFieldsException;
import cn.gx.safeduty.registry.CadreRole;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.Jurisdiction;
import cn.gx.safeduty.registry.JurisdictionService;
import cn.gx.safeduty.registry.RoleHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records meetings on work safety and judges a year's compliance with Art 5(2) and 6(2) for each
 * Party committee and government, from the meetings and the presiding cadre's role on the day.
 */
@Service
public class SafetyMeetingService {

  private final SafetyMeetingRepository meetings;
  private final MeetingRequirements requirements;
  private final JurisdictionService jurisdictions;
  private final CadreService cadres;
  private final Clock clock;

  public SafetyMeetingService(SafetyMeetingRepository meetings, MeetingRequirements requirements,
      JurisdictionService jurisdictions, CadreService cadres, Clock clock) {
    this.meetings = meetings;
    this.requirements = requirements;
    this.jurisdictions = jurisdictions;
    this.cadres = cadres;
    this.clock = clock;
  }

  @Transactional
  public SafetyMeeting record(NewSafetyMeeting m, String recordedBy) {
    List<FieldProblem> problems = new ArrayList<>();
    if (jurisdictions.find(m.jurisdictionCode()).isEmpty()) {
      problems.add(new FieldProblem("jurisdictionCode", "names no jurisdiction"));
    }
    if (!cadres.exists(m.cadreId())) {
      problems.add(new FieldProblem("cadreId", "names no cadre"));
    } else if (!cadres.get(m.cadreId()).jurisdictionCode().equals(m.jurisdictionCode())) {
      problems.add(new FieldProblem("cadreId", "is not a leader of " + m.jurisdictionCode()));
    }
    if (m.heldOn().isAfter(LocalDate.now(clock))) {
      problems.add(new FieldProblem("heldOn", "is in the future"));
    } else if (m.heldOn().getYear() < 2018) {
      // the same first year as every year the API takes (@Min(2018)): the rules' own
      problems.add(new FieldProblem("heldOn", "is before 2018, the first year of the rules"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
    if (meetings.exists(m)) {
      throw new ConflictException("This meeting is already recorded");
    }
    return meetings.get(meetings.insert(m, recordedBy, clock.instant()));
  }

  @Transactional(readOnly = true)
  public List<SafetyMeeting> list(String jurisdiction, boolean includeSubdivisions, int year, MeetingBody body) {
    return meetings.between(jurisdictions.scope(jurisdiction, includeSubdivisions), body, LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31));
  }

  /** Compliance for the year of a jurisdiction (and those below it): the same few queries whatever the number. */
  @Transactional(readOnly = true)
  public List<MeetingCompliance> compliance(String jurisdiction, boolean includeSubdivisions, int year) {
    Set<String> scope = jurisdictions.scope(jurisdiction, includeSubdivisions);
    List<Jurisdiction> owing = jurisdictions.all().stream().filter(j -> scope.contains(j.code()))
        .sorted(Comparator.comparing(Jurisdiction::code)).toList();
    return compliance(owing, year);
  }

  /** Compliance of every jurisdiction at a level that owes meetings. */
  @Transactional(readOnly = true)
  public List<MeetingCompliance> complianceOfAll(int year) {
    List<Jurisdiction> owing = requirements.byLevel().keySet().stream()
        .flatMap(level -> jurisdictions.atLevel(level).stream())
        .sorted(Comparator.comparing(Jurisdiction::code)).toList();
    return compliance(owing, year);
  }

  /** What a quarter's end found: the period checked and each Party committee or government behind. */
  public record Behind(String period, List<String> lines) {
  }

  /** One Party committee or government behind at a quarter's end: where, what it missed, in words. */
  public record Shortfall(Jurisdiction jurisdiction, MeetingCompliance.Missing missing, String line) {
  }

  /**
   * The Party committees and governments behind at the end of the quarter that contains {@code day}:
   * the quarter's executive meetings, and at the year's end the year's meetings of both.
   */
  public Behind behindAtQuarterEnd(LocalDate day) {
    return new Behind(quarterName(day), shortfallsAtQuarterEnd(day).stream().map(Shortfall::line).toList());
  }

  static String quarterName(LocalDate day) {
    return day.getYear() + "年第" + Articles.numeral((day.getMonthValue() - 1) / 3 + 1) + "季度";
  }

  /** The same, each shortfall with its jurisdiction and what it missed. */
  public List<Shortfall> shortfallsAtQuarterEnd(LocalDate day) {
    int year = day.getYear();
    int quarter = (day.getMonthValue() - 1) / 3 + 1;
    Set<String> periods = quarter == 4 ? Set.of(year + "-Q4", String.valueOf(year)) : Set.of(year + "-Q" + quarter);
    Map<String, Jurisdiction> byCode = jurisdictions.all().stream()
        .collect(Collectors.toMap(Jurisdiction::code, j -> j, (a, b) -> a));
    List<Shortfall> shortfalls = new ArrayList<>();
    for (MeetingCompliance c : complianceOfAll(year)) {
      for (MeetingCompliance.Missing m : c.missing()) {
        if (periods.contains(m.period())) {
          shortfalls.add(new Shortfall(byCode.get(c.jurisdictionCode()), m, c.jurisdictionName()
              + (m.body() == MeetingBody.PARTY_STANDING_COMMITTEE ? "党委" : "人民政府") + "："
              + (m.period().contains("Q") ? "第" + Articles.numeral(quarter) + "季度" : "全年") + "未召开"
              + (m.body() == MeetingBody.PARTY_STANDING_COMMITTEE ? "由党委主要负责人主持的常委会会议" : "政府常务会议")
              + "研究安全生产工作（" + Articles.chinese(m.article()) + "）"));
        }
      }
    }
    return shortfalls;
  }

  private List<MeetingCompliance> compliance(List<Jurisdiction> owing, int year) {
    List<SafetyMeeting> held = meetings.between(owing.stream().map(Jurisdiction::code).toList(), null,
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    Map<String, List<SafetyMeeting>> byJurisdiction = held.stream()
        .collect(Collectors.groupingBy(SafetyMeeting::jurisdictionCode));
    Map<Long, RoleHistory> presiding = cadres.roleHistories(held.stream()
        .filter(m -> m.body() == MeetingBody.PARTY_STANDING_COMMITTEE).map(SafetyMeeting::cadreId).toList());
    LocalDate today = LocalDate.now(clock);
    return owing.stream().map(j -> MeetingRules.check(j, year, requirements.of(j.level()),
        byJurisdiction.getOrDefault(j.code(), List.of()), m -> presidedByPrincipal(m, presiding), today)).toList();
  }

  private static boolean presidedByPrincipal(SafetyMeeting m, Map<Long, RoleHistory> presiding) {
    RoleHistory history = presiding.get(m.cadreId());
    return history != null && history.held(m.jurisdictionCode(), CadreRole.PARTY_SECRETARY, m.heldOn());
  }
}
