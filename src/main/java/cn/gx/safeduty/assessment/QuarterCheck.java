package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.kernel.casework.SupervisionOrder;
import cn.gx.safeduty.kernel.casework.SupervisionOrders;
import cn.gx.safeduty.registry.Cadre;
import cn.gx.safeduty.registry.CadreRole;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.DutyList;
import cn.gx.safeduty.registry.DutyListService;
import cn.gx.safeduty.registry.Jurisdiction;
import cn.gx.safeduty.registry.JurisdictionService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarter's check (Art 5(2), 5(3), 6(2), 6(3), 19): the Party committees and governments behind
 * with their meetings on work safety, and the duty lists not made for the year; and, when emergency
 * management so decides, a supervision item for each naming the principals who owe it, ordered once.
 */
@Service
public class QuarterCheck {

  /** One shortfall: where, who owes it, the duty, what identifies it, and what it says. */
  record Shortfall(Jurisdiction jurisdiction, CadreRole owner, SupervisionOrder.Source source, String dutyId,
      String ref, String line, String requirement) {
  }

  /** What the check found, as the urging task shows it. */
  public record Found(String period, List<String> meetingLines, List<String> listLines) {

    public int count() {
      return meetingLines.size() + listLines.size();
    }

    public String label() {
      List<String> sections = new ArrayList<>();
      if (!meetingLines.isEmpty()) {
        sections.add(String.join("\n", meetingLines));
      }
      if (!listLines.isEmpty()) {
        sections.add(String.join("\n", listLines));
      }
      return String.join("\n\n", sections);
    }
  }

  private final SafetyMeetingService meetings;
  private final DutyListService dutyLists;
  private final JurisdictionService jurisdictions;
  private final CadreService cadres;
  private final SupervisionOrders supervision;

  public QuarterCheck(SafetyMeetingService meetings, DutyListService dutyLists, JurisdictionService jurisdictions,
      CadreService cadres, SupervisionOrders supervision) {
    this.meetings = meetings;
    this.dutyLists = dutyLists;
    this.jurisdictions = jurisdictions;
    this.cadres = cadres;
    this.supervision = supervision;
  }

  /** The shortfalls at the end of the quarter that contains {@code checkedOn}. */
  @Transactional(readOnly = true)
  public Found find(LocalDate checkedOn) {
    List<Shortfall> all = shortfalls(checkedOn, code -> true);
    return new Found(SafetyMeetingService.quarterName(checkedOn),
        all.stream().filter(s -> s.source() == SupervisionOrder.Source.MEETING_CHECK).map(Shortfall::line).toList(),
        all.stream().filter(s -> s.source() == SupervisionOrder.Source.DUTY_LIST_CHECK).map(Shortfall::line).toList());
  }

  /**
   * Orders a supervision item for each shortfall still standing at the end of the quarter that contains
   * {@code checkedOn}, in the jurisdictions {@code inScope} accepts, naming the principals who owed it
   * that day and serve there still; a shortfall ordered before is not ordered again. Returns the new
   * items' numbers.
   */
  @Transactional
  public List<String> orderFollowUps(LocalDate checkedOn, Predicate<String> inScope, String by) {
    List<String> ordered = new ArrayList<>();
    for (Shortfall s : shortfalls(checkedOn, inScope)) {
      String code = s.jurisdiction().code();
      List<Long> principals = cadres.holders(code, checkedOn, checkedOn).stream()
          .filter(c -> c.roles().contains(s.owner()))
          .map(Cadre::id)
          .filter(id -> code.equals(cadres.get(id).jurisdictionCode()))
          .toList();
      Optional<String> number = supervision.order(new SupervisionOrder(s.source(), s.ref(), code, principals,
          List.of(s.dutyId()), s.requirement()), by);
      number.ifPresent(ordered::add);
    }
    return ordered;
  }

  private List<Shortfall> shortfalls(LocalDate checkedOn, Predicate<String> inScope) {
    List<Shortfall> shortfalls = new ArrayList<>();
    for (SafetyMeetingService.Shortfall m : meetings.shortfallsAtQuarterEnd(checkedOn)) {
      if (m.jurisdiction() == null || !inScope.test(m.jurisdiction().code())) {
        continue;
      }
      shortfalls.add(new Shortfall(m.jurisdiction(), m.missing().body().chair(),
          SupervisionOrder.Source.MEETING_CHECK, m.missing().article().replace("(", "-").replace(")", ""),
          m.jurisdiction().code() + ":" + m.missing().period() + ":" + m.missing().body(), m.line(),
          m.line() + "。请在整改期限内召开会议研究安全生产工作，并报送会议情况。"));
    }
    int year = checkedOn.getYear();
    for (Jurisdiction j : jurisdictions.all()) {
      if (!inScope.test(j.code())) {
        continue;
      }
      for (DutyList.Kind kind : dutyLists.missing(j.code(), year)) {
        String line = j.name() + "：未制定" + year + "年" + kind.chineseName() + "（"
            + Articles.chinese(kind.dutyId().replace("-", "(") + ")") + "）";
        shortfalls.add(new Shortfall(j, kind == DutyList.Kind.STANDING_COMMITTEE ? CadreRole.PARTY_SECRETARY
            : CadreRole.GOVERNMENT_HEAD, SupervisionOrder.Source.DUTY_LIST_CHECK, kind.dutyId(),
            j.code() + ":" + year + ":" + kind, line, line + "。请在整改期限内制定并报送。"));
      }
    }
    return shortfalls;
  }
}
