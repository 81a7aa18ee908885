package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.task.TaskRecordView;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The candidate's compiled record on the vetting's tasks, read for whoever opens them. */
@Component
class CompiledRecordView implements TaskRecordView {

  private final CandidateVettingService vettings;

  CompiledRecordView(CandidateVettingService vettings) {
    this.vettings = vettings;
  }

  @Override
  public String processKey() {
    return CandidateVettingService.PROCESS_KEY;
  }

  @Override
  public String field() {
    return "compiledRecord";
  }

  @Override
  public Optional<String> show(OpenedTask task) {
    return vettings.compiledRecordFor(task.processInstanceId(), task.user(), task.purpose());
  }
}
