package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.InvalidFieldsException;
import cn.gx.safeduty.kernel.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owns what the duty checks of Art 6(3), 6(4) and 9(4) read: the periodic checks of duty lists, the
 * safety fund beside the fiscal revenue by year, and the situation analyses of government leaders.
 * Each is recorded once it has happened.
 */
@Service
public class DutyRecordService {

  private final DutyRecordRepository records;
  private final DutyListRepository lists;
  private final JurisdictionService jurisdictions;
  private final CadreRepository cadres;
  private final Clock clock;

  public DutyRecordService(DutyRecordRepository records, DutyListRepository lists, JurisdictionService jurisdictions,
      CadreRepository cadres, Clock clock) {
    this.records = records;
    this.lists = lists;
    this.jurisdictions = jurisdictions;
    this.cadres = cadres;
    this.clock = clock;
  }

  /** A check of a duty list, within the list's year (or after it) and not after today. */
  @Transactional
  public List<DutyRecords.Review> review(long dutyListId, DutyRecords.NewReview review, String by) {
    DutyList list = lists.find(dutyListId).orElseThrow(() -> new NotFoundException("Duty list", dutyListId));
    if (review.reviewedOn().isAfter(LocalDate.now(clock))) {
      throw new InvalidFieldsException("reviewedOn", "is after today; a check is recorded once it has happened");
    }
    if (review.reviewedOn().getYear() < list.year()) {
      throw new InvalidFieldsException("reviewedOn", "is before the list's year " + list.year());
    }
    records.insertReview(dutyListId, review, by, clock.instant());
    return records.reviews(dutyListId);
  }

  public List<DutyRecords.Review> reviews(long dutyListId) {
    lists.find(dutyListId).orElseThrow(() -> new NotFoundException("Duty list", dutyListId));
    return records.reviews(dutyListId);
  }

  /** A year's safety fund and fiscal revenue, once per jurisdiction and year (409 after). */
  @Transactional
  public DutyRecords.Budget budget(DutyRecords.NewBudget budget, String by) {
    Jurisdiction j = jurisdictions.find(budget.jurisdictionCode())
        .orElseThrow(() -> new InvalidFieldsException("jurisdictionCode", "names no jurisdiction"));
    if (budget.year() > LocalDate.now(clock).getYear() + 1) {
      throw new InvalidFieldsException("year", "is beyond next year's budget");
    }
    if (!records.insertBudget(budget, by, clock.instant())) {
      throw new ConflictException("The safety fund of " + j.code() + " for " + budget.year() + " is recorded already");
    }
    return records.budget(j.code(), budget.year()).orElseThrow();
  }

  public List<DutyRecords.Budget> budgets(String jurisdictionCode) {
    jurisdictions.find(jurisdictionCode)
        .orElseThrow(() -> new InvalidFieldsException("jurisdiction", "names no jurisdiction"));
    return records.budgets(jurisdictionCode);
  }

  /**
   * An analysis a government leader organised, recorded in the jurisdiction of the posting they held on
   * the day; not after today.
   */
  @Transactional
  public DutyRecords.Analysis analysis(DutyRecords.NewAnalysis analysis, String by) {
    if (!cadres.find(analysis.cadreId()).isPresent()) {
      throw new InvalidFieldsException("cadreId", "names no cadre");
    }
    if (analysis.heldOn().isAfter(LocalDate.now(clock))) {
      throw new InvalidFieldsException("heldOn", "is after today; an analysis is recorded once it has been held");
    }
    List<Posting> postings = cadres.postings(analysis.cadreId());
    LocalDate day = analysis.heldOn();
    Posting held = postings.stream().filter(p -> p.heldDuring(day, day, p == postings.get(0))).reduce((a, b) -> b)
        .orElseThrow(() -> new InvalidFieldsException("heldOn", "is a day the cadre held no posting"));
    long id = records.insertAnalysis(analysis, held.jurisdictionCode(), by, clock.instant());
    return records.analyses(List.of(held.jurisdictionCode()), analysis.heldOn(), analysis.heldOn()).stream()
        .filter(a -> a.id() == id).findFirst().orElseThrow();
  }

  public List<DutyRecords.Analysis> analyses(String jurisdictionCode, int year) {
    jurisdictions.find(jurisdictionCode)
        .orElseThrow(() -> new InvalidFieldsException("jurisdiction", "names no jurisdiction"));
    return records.analyses(List.of(jurisdictionCode), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }
}
