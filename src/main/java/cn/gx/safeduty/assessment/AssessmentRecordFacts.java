package cn.gx.safeduty.assessment;

import cn.gx.safeduty.registry.ProcedureFactSource;
import cn.gx.safeduty.registry.ProcedureFacts;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The meetings a jurisdiction owed and missed (Art 5(2), 6(2)) and the assessments' pending award
 * proposals (Art 18), on the safety record for the commendation procedure.
 */
@Component
class AssessmentRecordFacts implements ProcedureFactSource {

  private final SafetyMeetingService meetings;
  private final AssessmentCycleService cycles;

  AssessmentRecordFacts(SafetyMeetingService meetings, AssessmentCycleService cycles) {
    this.meetings = meetings;
    this.cycles = cycles;
  }

  @Override
  public List<String> organised(String jurisdictionCode, int year) {
    return cycles.organisedBy(jurisdictionCode, year);
  }

  @Override
  public List<ProcedureFacts.MeetingShortfall> meetingShortfalls(String jurisdictionCode, int year) {
    return meetings.compliance(jurisdictionCode, false, year).stream()
        .flatMap(c -> c.missing().stream())
        .map(m -> new ProcedureFacts.MeetingShortfall(year, m.body().chair(), m.period(), m.article()))
        .toList();
  }

  @Override
  public List<ProcedureFacts.AwardProposal> pendingProposals() {
    return cycles.pendingProposals().stream().map(p -> new ProcedureFacts.AwardProposal(p.id(), p.cadreId(),
        p.award().name(), p.facts(), p.cycleNumber(), "应急管理部门（" + p.cycleNumber() + "考核提请）")).toList();
  }

  @Override
  public boolean takeUpProposal(long proposalId) {
    return cycles.takeUpProposal(proposalId);
  }

  @Override
  public java.util.Optional<ProcedureFacts.CycleGrade> grade(long cycleId, long cadreId) {
    return cycles.gradeOf(cycleId, cadreId);
  }
}
