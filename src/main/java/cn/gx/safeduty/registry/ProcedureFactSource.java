package cn.gx.safeduty.registry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * A procedure's part of the safety record, read from its own tables when the record is compiled,
 * so no second copy can drift from what the procedure holds. Each procedure implements what it
 * owns; the rest contributes nothing. Readers go through {@link SafetyEvidence}, never a source.
 */
public interface ProcedureFactSource {

  /** Accidents that occurred in the year in these jurisdictions. */
  default List<ProcedureFacts.Accident> accidents(Collection<String> jurisdictionCodes, int year) {
    return List.of();
  }

  /** Supervision items of the jurisdiction ordered or first due in the year. */
  default List<ProcedureFacts.SupervisionItem> supervisionItems(String jurisdictionCode, int year) {
    return List.of();
  }

  /** Supervision items naming the cadre, newest first. */
  default List<ProcedureFacts.SupervisionItem> itemsNaming(long cadreId) {
    return List.of();
  }

  default List<ProcedureFacts.TourResult> tourResults(String jurisdictionCode, int year) {
    return List.of();
  }

  /** Cases of these cadres with a measure in force decided in [from, to). */
  default List<ProcedureFacts.CaseMeasures> measuresDecided(Collection<Long> cadreIds, Instant from, Instant to) {
    return List.of();
  }

  /** The cadre's accountability cases, newest first. */
  default List<ProcedureFacts.CaseEntry> cases(long cadreId) {
    return List.of();
  }

  default List<ProcedureFacts.MeetingShortfall> meetingShortfalls(String jurisdictionCode, int year) {
    return List.of();
  }

  default List<ProcedureFacts.AwardProposal> pendingProposals() {
    return List.of();
  }

  /** Marks a proposal this source holds taken up; false when it holds no such pending proposal. */
  default boolean takeUpProposal(long proposalId) {
    return false;
  }

  /** The cadre's grade in the assessment cycle, where this source holds the cycle and the cadre was graded in it. */
  default java.util.Optional<ProcedureFacts.CycleGrade> grade(long cycleId, long cadreId) {
    return java.util.Optional.empty();
  }

  /** The tours and assessment cycles the jurisdiction organised for the year, by number (Art 6(6)). */
  default List<String> organised(String jurisdictionCode, int year) {
    return List.of();
  }
}
