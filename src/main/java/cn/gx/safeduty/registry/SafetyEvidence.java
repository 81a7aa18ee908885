package cn.gx.safeduty.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procedures' facts on the safety record, for the procedures that weigh them: an assessment
 * (Art 13) reads a jurisdiction's year, a vetting or a nomination (Art 15) a cadre's. One place
 * to read them, whichever procedure holds each.
 */
@Service
public class SafetyEvidence {

  private final List<ProcedureFactSource> sources;
  private final JurisdictionService jurisdictions;
  private final ZoneId zone;

  public SafetyEvidence(List<ProcedureFactSource> sources, JurisdictionService jurisdictions, Clock clock) {
    this.sources = sources;
    this.jurisdictions = jurisdictions;
    this.zone = clock.getZone();
  }

  /** The tours and assessment cycles the jurisdiction organised for the year (Art 6(6)). */
  @Transactional(readOnly = true)
  public List<String> organised(String jurisdictionCode, int year) {
    return all(s -> s.organised(jurisdictionCode, year));
  }

  /** Every accident of the year in the jurisdiction and those below it. */
  @Transactional(readOnly = true)
  public List<ProcedureFacts.Accident> accidents(String jurisdictionCode, int year) {
    Collection<String> scope = jurisdictions.scope(jurisdictionCode, true);
    return all(s -> s.accidents(scope, year));
  }

  @Transactional(readOnly = true)
  public List<ProcedureFacts.SupervisionItem> supervisionItems(String jurisdictionCode, int year) {
    return all(s -> s.supervisionItems(jurisdictionCode, year));
  }

  @Transactional(readOnly = true)
  public List<ProcedureFacts.SupervisionItem> itemsNaming(long cadreId) {
    return all(s -> s.itemsNaming(cadreId));
  }

  @Transactional(readOnly = true)
  public List<ProcedureFacts.TourResult> tourResults(String jurisdictionCode, int year) {
    return all(s -> s.tourResults(jurisdictionCode, year));
  }

  /** Cases of these cadres with a measure in force decided in the calendar year, China Standard Time. */
  @Transactional(readOnly = true)
  public List<ProcedureFacts.CaseMeasures> measuresDecided(Collection<Long> cadreIds, int year) {
    if (cadreIds.isEmpty()) {
      return List.of();
    }
    var from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    var to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
    return all(s -> s.measuresDecided(cadreIds, from, to));
  }

  @Transactional(readOnly = true)
  public List<ProcedureFacts.CaseEntry> cases(long cadreId) {
    return all(s -> s.cases(cadreId));
  }

  /** The numbers of the cadre's cases not yet closed. */
  @Transactional(readOnly = true)
  public List<String> openCaseNumbers(long cadreId) {
    return cases(cadreId).stream().filter(ProcedureFacts.CaseEntry::open).map(ProcedureFacts.CaseEntry::caseNumber)
        .toList();
  }

  @Transactional(readOnly = true)
  public List<ProcedureFacts.MeetingShortfall> meetingShortfalls(String jurisdictionCode, int year) {
    return all(s -> s.meetingShortfalls(jurisdictionCode, year));
  }

  @Transactional(readOnly = true)
  public List<ProcedureFacts.AwardProposal> pendingProposals() {
    return all(ProcedureFactSource::pendingProposals);
  }

  /** Marks the proposal taken up; false when it is not pending (taken up already, or none such). */
  @Transactional
  public boolean takeUpProposal(long proposalId) {
    return sources.stream().anyMatch(s -> s.takeUpProposal(proposalId));
  }

  /** The cadre's grade in an assessment cycle (Art 18); empty when no such cycle graded the cadre. */
  @Transactional(readOnly = true)
  public java.util.Optional<ProcedureFacts.CycleGrade> grade(long cycleId, long cadreId) {
    return sources.stream().map(s -> s.grade(cycleId, cadreId)).flatMap(java.util.Optional::stream).findFirst();
  }

  private <T> List<T> all(Function<ProcedureFactSource, List<T>> read) {
    return sources.stream().flatMap(s -> read.apply(s).stream()).toList();
  }
}
